# The staff area's menu and shared words.
staff-nav-label = Staff menu
staff-nav-home = Start
staff-nav-requests = Requests
staff-nav-audit = Audit trail
staff-nav-register = Processing register
staff-nav-retention = Retention reports
staff-nav-team = Staff

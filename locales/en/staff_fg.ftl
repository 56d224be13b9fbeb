# The privacy officer's pages (issue 11): audit search, processing register, retention.

## Audit search
staff-audit-title = Search the audit trail
staff-audit-intro = Every look at or change of personal data is recorded here: when, by whom, what, whose data and why.
staff-audit-filter-heading = Search
staff-audit-customer = Customer number
staff-audit-customer-hint = Only digits, for example 100200300.
staff-audit-staff = Staff member
staff-audit-staff-all = All staff and customers
staff-audit-action = Action code
staff-audit-action-hint = The exact code, for example customer.data.read.
staff-audit-reference = Request reference
staff-audit-reference-hint = For example AVG-2026-ABC123.
staff-audit-from = From
staff-audit-to = Up to and including
staff-audit-date-hint = A date, for example 2026-03-12 or 12-03-2026.
staff-audit-search-button = Search
staff-audit-clear = Clear the search
staff-audit-error-customer-digits = A customer number has only digits
staff-audit-error-customer-unknown = There is no customer with this customer number
staff-audit-error-staff = Choose a staff member from the list
staff-audit-error-from = Enter the "from" date like 2026-03-12
staff-audit-error-to = Enter the "up to" date like 2026-03-12
staff-audit-error-order = The "up to" date must not be before the "from" date
staff-audit-results-heading = Records found
staff-audit-found = { $count ->
    [0] No records found.
    [one] 1 record found.
   *[other] { $count } records found.
}
staff-audit-csv-link = Download these records as CSV
staff-audit-caption = Audit records, page { $page } of { $pages }
staff-audit-when = When
staff-audit-who = Who
staff-audit-what = What
staff-audit-whose = Customer (id)
staff-audit-why = Why
staff-audit-no-customer = No customer
staff-audit-no-reason = No reason recorded
staff-audit-who-customer = The customer
staff-audit-who-staff-unknown = A former staff member ({ $role })
staff-audit-who-system = The portal itself ({ $job })
staff-audit-verify-heading = Is the audit trail intact?
staff-audit-verify-never = The audit trail has not been checked yet.
staff-audit-verify-intact = Intact.
staff-audit-verify-intact-records = { $count ->
    [one] 1 record checked; nothing was changed, removed or moved.
   *[other] { $count } records checked; nothing was changed, removed or moved.
}
staff-audit-verify-broken = Not intact.
staff-audit-verify-broken-at = The trail breaks at record { $seq }: { $problem }.
staff-audit-problem-missing = a record is missing
staff-audit-problem-link = the link to the record before it does not match
staff-audit-problem-changed = the record was changed
staff-audit-verify-when = Last check: { $moment }.
staff-audit-verify-button = Check now
staff-audit-csv-seq = Number
staff-audit-csv-at = Time (UTC)
staff-audit-csv-actor-kind = Kind of actor
staff-audit-csv-actor-id = Actor id
staff-audit-csv-actor-role = Role
staff-audit-csv-staff-email = Staff e-mail address
staff-audit-csv-action = Action
staff-audit-csv-customer = Customer id
staff-audit-csv-reason = Reason
staff-audit-csv-request-id = Request id
audit-action-staff-audit-searched = The privacy officer looked at who saw your data
audit-action-staff-audit-exported = The privacy officer downloaded who saw your data

## Processing register
staff-register-title = Record of processing activities
staff-register-intro = What personal data we process, why, for whom and for how long (GDPR article 30). This page is made from the processing register, so it is always up to date.
staff-register-print = To keep a copy, print this page or save it as PDF with your browser.
staff-register-contents = On this page
staff-register-controller-heading = Who is responsible
staff-register-controller = The controller
staff-register-dpo = The data protection officer
staff-register-name = Name
staff-register-address = Postal address
staff-register-email = E-mail address
staff-register-phone = Phone
staff-register-website = Website
staff-register-activities-heading = Processing activities
staff-register-activities-intro = { $count ->
    [one] 1 category of personal data.
   *[other] { $count } categories of personal data.
}
staff-register-subjects = About whom
staff-register-transfers = Outside the EU
staff-register-transfers-category-none = No. This data stays in the EU.
staff-register-transfers-heading = Transfers outside the EU
staff-register-transfers-none = We transfer no personal data to countries outside the EU or to international organisations.
staff-register-transfers-some = Some data goes outside the EU. Each processing activity above says which, and how it is protected.
staff-register-measures-heading = Security measures
staff-register-measures-intro = How we protect personal data:

## Retention reports
staff-retention-title = Retention reports
staff-retention-intro = The portal deletes data by itself when its retention period has passed. Each run is listed here: per category how much was deleted, and how much the law makes us keep.
staff-retention-found = { $count ->
    [0] No retention has run yet.
    [one] 1 run.
   *[other] { $count } runs.
}
staff-retention-run-heading = Run of { $moment }
staff-retention-run-deleted = { $count ->
    [0] Nothing was deleted.
    [one] 1 record deleted in all.
   *[other] { $count } records deleted in all.
}
staff-retention-caption = What the run of { $moment } did, per category
staff-retention-category = Category
staff-retention-cutoff = Expired before
staff-retention-deleted = Deleted
staff-retention-kept = Kept by law after erasure
staff-retention-law = Why kept
staff-retention-kept-none = Not applicable
staff-retention-law-none = No law keeps this
staff-retention-housekeeping-expired-sessions = Expired sessions
staff-retention-housekeeping-spent-links = Used or expired links

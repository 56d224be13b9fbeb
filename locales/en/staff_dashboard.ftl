# The staff start page: the dashboard (counts and charts) and an agent's queue counts.
dashboard-title = Dashboard
dashboard-intro = This page shows numbers only. There is no personal data on it.
dashboard-to-queue = Go to the requests
dashboard-now-heading = Now
dashboard-open = Open requests
dashboard-overdue = Past the deadline
dashboard-due-this-week = Due in the next 7 days
dashboard-month = Month
dashboard-total = Total
dashboard-month-short = { $month } { $year }
dashboard-month-long = { $month } { $year }
dashboard-month-short-1 = Jan
dashboard-month-short-2 = Feb
dashboard-month-short-3 = Mar
dashboard-month-short-4 = Apr
dashboard-month-short-5 = May
dashboard-month-short-6 = Jun
dashboard-month-short-7 = Jul
dashboard-month-short-8 = Aug
dashboard-month-short-9 = Sep
dashboard-month-short-10 = Oct
dashboard-month-short-11 = Nov
dashboard-month-short-12 = Dec
dashboard-kind-access = Access
dashboard-kind-rectification = Change of details
dashboard-kind-erasure = Erasure
dashboard-kind-restriction = Restriction
dashboard-kind-objection = Objection
dashboard-kind-complaint = Complaint
dashboard-chart-table-below = The table below the chart holds the same numbers.
dashboard-received-heading = Requests received
dashboard-received-chart-title = Requests received per month, by kind
dashboard-received-caption = Requests received per month, by kind
dashboard-received-summary = In the last 12 months { $total ->
        [one] 1 request came in
       *[other] { $total } requests came in
    }; the busiest month was { $month }, with { $count }.
dashboard-received-summary-none = No requests came in during the last 12 months.
dashboard-on-time-heading = Answered on time
dashboard-on-time-chart-title = Share of requests answered on time, per month
dashboard-on-time-caption = Requests answered per month, and how many on time
dashboard-on-time-summary = Of the { $answered ->
        [one] 1 request
       *[other] { $answered } requests
    } answered in the last 12 months, { $on_time } { $on_time ->
        [one] was
       *[other] were
    } answered on time ({ $percent }%).
dashboard-on-time-summary-none = No requests were answered in the last 12 months.
dashboard-on-time-rule = On time means: answered within one month of receipt, or within the longer period when the deadline was extended within that first month. An extension made later does not count: such an answer is counted as a late extension. Withdrawn requests are not counted. Each answer counts in the month it was given.
dashboard-answered = Answered
dashboard-on-time = On time
dashboard-late-extension = Extended too late
dashboard-late = Late
dashboard-on-time-rate = Share on time
dashboard-percent = { $percent }%
dashboard-no-answers = no answers
dashboard-queue-heading = The request queue
dashboard-queue-mine = Open and assigned to you
dashboard-queue-unassigned = Open and not assigned to anyone

# The breach register (issue 12).

staff-nav-breaches = Breach register
staff-nav-breach-report = Report a breach

breach-report-title = Report a possible data breach
breach-report-intro = Did personal data get lost, or could someone have seen it who should not? Tell the privacy officer here straight away, even if you are not sure.
breach-report-clock = We have 72 hours to tell the Dutch Data Protection Authority. Nights and weekends count too. So do not wait.
breach-report-button = Send report
breach-report-done = Thank you. Your report is in the register as { $reference }. The privacy officer has been told.

breach-field-title = Short title
breach-field-title-hint = For example: laptop lost on the train.
breach-field-what-happened = What happened?
breach-field-noticed-at = When did you notice it?
breach-moment-hint = Day and time, for example 27-11-2026 16:30 (Dutch time).
breach-field-how-noticed = How did you notice it?
breach-field-affected = What data is affected, as far as you know?
breach-field-affected-hint = For example: a list of 200 customer names and addresses.

breach-error-title = Give a short title.
breach-error-what-happened = Say what happened.
breach-error-moment = Write the day and time like 27-11-2026 16:30.
breach-error-future = This moment is in the future.
breach-error-too-long = This text is too long. Make it shorter.
breach-error-number = Write a whole number, for example 250.
breach-error-min-max = The maximum is smaller than the minimum.
breach-error-occurred-order = The end is before the start.
breach-error-aware-needed = Fill in when we became aware of it. The 72 hours count from there.
breach-error-delay-reasons = The notification came after the 72 hours. Give the reasons for the delay.
breach-error-no-risk-rationale = A decision not to notify needs its reason.
breach-error-rationale = Give the reason for this decision.
breach-error-notified-when = Fill in when we notified the authority.
breach-error-status = Choose a status.

breach-email-subject = Possible data breach reported: { $reference }
breach-email-body = Hello,

    A staff member reported a possible data breach at { $organisation }. It is in the register as { $reference }:

    { $link }

    The 72 hours for notifying the authority may already be running.

breach-register-title = Breach register
breach-register-intro = Every breach, notified or not. Open breaches first, then the closest deadline.
breach-register-open = { $count ->
    [0] No open breaches
    [one] 1 open breach
   *[other] { $count } open breaches
}
breach-register-report-link = Report a new breach
breach-register-empty = No breaches are recorded.
breach-register-caption = Breaches
breach-col-reference = Reference
breach-col-status = Status
breach-col-deadline = Deadline to notify the authority
breach-col-clock = Time
breach-col-decision = Decision

breach-status-reported = Reported
breach-status-assessing = Being assessed
breach-status-notified = Notified
breach-status-closed = Closed

breach-decision-none = Not decided yet
breach-decision-no-risk = No risk: record only
breach-decision-risk = Risk: notify the authority
breach-decision-high-risk = High risk: also tell the people affected

breach-clock-left = { $hours ->
    [0] less than an hour left
    [one] 1 hour left
   *[other] { $hours } hours left
}
breach-clock-overdue = { $hours ->
    [0] less than an hour overdue
    [one] 1 hour overdue
   *[other] { $hours } hours overdue
}
breach-clock-in-time = notified in time
breach-clock-notified-late = { $hours ->
    [one] notified 1 hour late
   *[other] notified { $hours } hours late
}
breach-deadline-provisional = { $deadline } (counted from the report until the moment of awareness is filled in)
breach-not-known = not filled in yet
breach-yes = Yes
breach-no = No
breach-unknown = Not known

breach-record-title = Data breach
breach-record-heading = { $reference }: { $title }
breach-saved = The change is saved. It is in the history below.
breach-edit-link = Change the record
breach-draft-link = Notification draft for the authority
breach-back-to-register = Back to the register
breach-back-to-record = Back to the breach

breach-section-notification = Notification
breach-section-contact = Contact
breach-section-timeline = Timeline
breach-section-breach = The breach
breach-section-data = Personal data
breach-section-people = People affected
breach-section-measures = Measures
breach-section-consequences = Consequences and decision
breach-section-follow-up = Follow-up

breach-contact-name = Privacy officer
breach-contact-email = E-mail address
breach-contact-phone = Phone number
breach-field-occurred-from = Started at
breach-field-occurred-to = Ended at
breach-field-ongoing = Is it still going on?
breach-field-discovered-at = Discovered at
breach-field-aware-at = Aware at
breach-field-aware-at-hint = The moment we were reasonably sure personal data was involved. The 72 hours count from here. Day and time, for example 27-11-2026 16:30 (Dutch time).
breach-field-processor-told-at = A processor told us at
breach-field-ap-notified-at = Notified to the authority at
breach-field-ap-reference = The authority's reference
breach-field-delay-reasons = Reasons for the delay
breach-field-delay-reasons-hint = Needed when the notification comes after the 72 hours.
breach-field-nature = What did it affect?
breach-nature-confidentiality = Confidentiality: someone could see the data
breach-nature-integrity = Integrity: the data was changed
breach-nature-availability = Availability: the data could not be used
breach-field-nature-how = What happened to the data?
breach-how-read = Read
breach-how-copied = Copied
breach-how-changed = Changed
breach-how-deleted = Deleted
breach-how-stolen = Stolen or lost
breach-field-categories = Kinds of data
breach-field-categories-hint = From the processing register.
breach-field-records-min = Number of records, at least
breach-field-records-max = Number of records, at most
breach-field-special = Special categories of data (such as health)?
breach-field-encryption = Was the data encrypted? How?
breach-field-subject-categories = Who are the people affected?
breach-field-people-min = Number of people, at least
breach-field-people-max = Number of people, at most
breach-field-vulnerable = Are there vulnerable people or children among them?
breach-field-consequences = Likely harm for the people affected
breach-field-severity = How serious is it?
breach-field-decision = Decision
breach-field-decision-hint = Whether to notify the authority, and whether to tell the people affected.
breach-field-rationale = Reasons for the decision
breach-field-rationale-hint = Always needed. A decision not to notify must say why.
breach-decided-by = Decided by
breach-decided-at = Decided at
breach-field-measures = Measures taken or planned
breach-field-follow-ups = Additions sent to the authority
breach-field-follow-up = New addition sent to the authority
breach-field-follow-up-hint = Only when you sent the authority more information. It is added with today's time.

breach-edit-title = Change the breach record
breach-edit-heading = Change { $reference }
breach-edit-intro = Nothing is overwritten: every save is added to the history with your name and the time.
breach-edit-button = Save
breach-stale-title = Nothing was saved
breach-stale-text = Someone changed this breach after you opened the form, or you sent it twice. Open the breach again to see the newest version.

breach-history-heading = History
breach-history-intro = Every change, with who and when. Nothing is deleted.
breach-history-caption = Changes to this breach
breach-history-number = Number
breach-history-when = When
breach-history-who = Who
breach-history-what = What
breach-history-changed = Changed
breach-event-reported = Reported
breach-event-updated = Changed
breach-event-follow-up = Addition for the authority
breach-event-first = The report

breach-draft-title = Notification draft for the authority
breach-draft-heading = Notification draft for { $reference }
breach-draft-intro = Copy this into the notification form of the authority. Print it with your browser.
breach-draft-todo = Still to fill in
breach-draft-todo-count = { $count ->
    [one] 1 field is still empty:
   *[other] { $count } fields are still empty:
}
breach-draft-complete = Every field is filled in.

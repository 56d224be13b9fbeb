# The staff side of requests: the queue, one request, its actions.

## Where a request stands, and its deadline (always in words)
staff-state-new = New, nobody works on it yet
staff-state-in-progress = Being handled
staff-state-waiting = Waiting for the customer
staff-state-awaiting-approval = Waiting for the privacy officer
staff-state-extended = Extended
staff-state-completed = Answered
staff-state-refused = Refused
staff-state-withdrawn = Withdrawn by the customer
staff-deadline = { $date }: { $left }
staff-due-today = due today
staff-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
staff-days-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
staff-assignee-nobody = Nobody yet
staff-assignee-you = You
staff-assignee-unknown = A former staff member
staff-yes = Yes
staff-no = No
staff-language-nl = Dutch
staff-language-en = English

## The queue
staff-queue-title = Requests
staff-queue-open = { $count ->
    [one] 1 open
   *[other] { $count } open
}
staff-queue-overdue = { $count ->
    [0] none overdue
    [one] 1 overdue
   *[other] { $count } overdue
}
staff-queue-found = { $count ->
    [0] No requests match these filters.
    [one] 1 request matches these filters.
   *[other] { $count } requests match these filters.
}
staff-queue-caption = Requests, closest deadline first (page { $page } of { $pages })
staff-queue-reference = Reference
staff-queue-kind = Kind
staff-queue-state = Where it stands
staff-queue-received = Received
staff-queue-due = Answer by
staff-queue-assignee = Assigned to
staff-queue-pick = Select { $reference }
staff-queue-pick-hint = Tick the requests you want to take on, then choose "Assign to me".
staff-queue-assign-button = Assign to me
staff-queue-assigned = { $count ->
    [0] No requests were assigned to you.
    [one] 1 request is now assigned to you.
   *[other] { $count } requests are now assigned to you.
}
staff-queue-assigned-changed = { $count ->
    [one] 1 request had changed in the meantime and was left as it was.
   *[other] { $count } requests had changed in the meantime and were left as they were.
}
staff-filter-state = Show
staff-filter-state-open = All open requests
staff-filter-state-new = New, nobody works on it yet
staff-filter-state-in-progress = Being handled
staff-filter-state-waiting = Waiting for the customer
staff-filter-state-awaiting-approval = Waiting for the privacy officer
staff-filter-state-extended = Extended
staff-filter-state-closed = Closed
staff-filter-kind = Kind of request
staff-filter-kind-all = All kinds
staff-filter-assigned = Assigned to
staff-filter-assigned-anyone = Anyone
staff-filter-assigned-mine = Me
staff-filter-assigned-nobody = Nobody yet
staff-filter-due-within = Due within (days)
staff-filter-due-within-hint = For example 7. Leave empty for any date.
staff-filter-due-within-error = Enter a number of days from 0 to 366, or leave it empty
staff-assign-many-title = Assign requests to yourself
staff-assign-many-lead = { $count ->
    [one] You are about to take on this request:
   *[other] You are about to take on these { $count } requests:
}
staff-assign-many-none = None of the requests you ticked can be assigned to you. They may be closed, or already yours or a colleague's.
staff-assign-many-button = Yes, assign them to me
staff-back-to-queue = Back to the requests
staff-back-to-request = Back to the request

## One request
staff-request-page-title = Request
staff-request-title = Request { $reference }
staff-request-kind = Kind
staff-request-state = Where it stands
staff-request-received = Received
staff-request-due = Answer by
staff-request-original-due = Original date
staff-request-assignee = Assigned to
staff-request-waiting-since = Asked the customer on
staff-request-clock-runs = (the deadline keeps running)
staff-request-closed = Closed
staff-request-details-heading = What the customer wrote
staff-request-no-details = The customer did not add an explanation. For a request to see their data, none is needed.
staff-request-extension-reason = Reason for the extension
staff-request-colleagues = A colleague works on this request. Only they and the privacy officer see what the customer wrote and their data.
staff-request-read-only = This request is closed. It can no longer be changed.
staff-actions-heading = What you can do
staff-proposal-heading = Proposal waiting for the privacy officer
staff-proposal-extend = { $months ->
    [one] Extend the deadline by 1 month.
   *[other] Extend the deadline by { $months } months.
}
staff-proposal-refuse = Refuse the request: { $reason }
staff-proposal-by = Proposed by { $who } on { $when }.
staff-data-heading = The customer's data for this request
staff-data-intro = You only see the parts this kind of request needs. Each part opens when you ask for it. Opening it is recorded with reference { $reference } as the reason, and the customer sees that in "Who saw my data".
staff-data-not-yours = Assign this request to yourself to see the customer's data.
staff-data-erased = The customer's data was erased. Only what the law makes us keep is left.
staff-part-identity = Name and contact details
staff-part-identity-show = Show name and contact details for this request
staff-part-interactions = Contact history
staff-part-interactions-show = Show contact history for this request
staff-part-consents = Consents and objections
staff-part-consents-show = Show consents and objections for this request
staff-part-billing = Invoices and payments
staff-part-billing-show = Show invoices and payments for this request
staff-field-customer-number = Customer number
staff-field-name = Name
staff-field-email = E-mail address
staff-field-phone = Phone number
staff-field-address = Address
staff-field-birth-date = Date of birth
staff-field-language = Language
staff-contacts-count = { $count ->
    [0] No contacts.
    [one] 1 contact in total.
   *[other] { $count } contacts in total. The newest 20 are shown.
}
staff-contacts-caption = Newest contacts
staff-contacts-when = When
staff-contacts-how = How
staff-contacts-subject = Subject
staff-consents-do-not-call = Do not call
staff-consents-objection = Objects to direct marketing since
staff-consents-restricted = Use restricted since
staff-consents-caption = Consent history, newest first
staff-consents-when = When
staff-consents-purpose = Purpose
staff-consents-choice = Choice
staff-consents-given = Given
staff-consents-withdrawn = Withdrawn
staff-invoices-caption = { $count ->
    [one] 1 invoice
   *[other] { $count } invoices
}
staff-invoices-number = Number
staff-invoices-date = Date
staff-invoices-amount = Amount
staff-payments-count = { $count ->
    [0] No payments.
    [one] 1 payment.
   *[other] { $count } payments.
}
staff-history-heading = History
staff-history-caption = Every step of this request, oldest first
staff-history-when = When
staff-history-who = Who
staff-history-what = What happened
staff-history-customer = The customer
staff-history-system = The portal
staff-event-internal = (internal, the customer does not see this)
staff-event-received = Request received.
staff-event-in-progress = Taken on.
staff-event-assigned = Assigned to someone else.
staff-event-asked = Asked the customer for information.
staff-event-replied = The customer answered.
staff-event-extension-proposed = Proposed to extend the deadline.
staff-event-refusal-proposed = Proposed to refuse the request.
staff-event-proposal-rejected = The privacy officer did not approve the proposal.
staff-event-extended = Deadline extended.
staff-event-completed = Answered.
staff-event-refused = Refused.
staff-event-withdrawn = Withdrawn by the customer.
staff-notes-heading = Internal notes
staff-notes-hint = The customer does not see notes on their request page. Notes about a person are their personal data, so they are part of the customer's download.
staff-notes-none = No notes yet.
staff-done-assign = The request is assigned.
staff-done-ask = Your question was sent to the customer.
staff-done-extend = Done. An extension by an agent takes effect once the privacy officer approves it.
staff-done-refuse = Done. A refusal by an agent takes effect once the privacy officer approves it.
staff-done-decide = Your decision is saved.
staff-done-complete = The request is answered and the customer is told.
staff-done-note = Your note is saved.

## The actions
staff-action-for = Request { $reference }: { $kind }
staff-action-page-title = Request action
staff-action-assign-link = Assign or reassign
staff-action-assign-title = Assign the request
staff-action-assign-intro = Choose who works on this request. They see the customer's data that this request needs.
staff-action-assign-to = Assign to
staff-action-assign-to-missing = Choose who works on the request
staff-action-assign-only-yourself = You can only take on a new request yourself. The privacy officer can assign it to someone else.
staff-action-assign-button = Assign
staff-action-assign-text = Note
staff-action-assign-text-hint = Not used.
staff-action-assign-text-missing = Not used.
staff-action-assign-confirm = Assign
staff-action-ask-link = Ask the customer for information
staff-action-ask-title = Ask the customer for information
staff-action-ask-intro = The customer sees your question on their request page and gets it by e-mail. The deadline keeps running while you wait: the law counts it from the day the request came in.
staff-action-ask-text = Your question
staff-action-ask-text-hint = Write in plain language. Say what you need and why.
staff-action-ask-text-missing = Enter your question
staff-action-ask-button = Continue
staff-action-ask-confirm = Send the question
staff-action-extend-link = Extend the deadline
staff-action-extend-title = Extend the deadline
staff-action-extend-intro = You can extend once, by at most 2 months, and only before the original date. Give the reason: the customer is told it. An agent's extension takes effect once the privacy officer approves it.
staff-action-extend-months = Extend by
staff-action-extend-months-hint = Counted from the day the request came in: at most 3 months in total.
staff-action-extend-months-option = { $months ->
    [one] 1 month
   *[other] { $months } months
}
staff-action-extend-new-date = New date: { $date }
staff-action-extend-months-missing = Choose 1 or 2 months
staff-action-extend-text = Reason for the extension
staff-action-extend-text-hint = For example: the request is complex, or we received many requests. The customer reads this.
staff-action-extend-text-missing = Enter the reason for the extension
staff-action-extend-button = Continue
staff-action-extend-confirm = Extend the deadline
staff-action-refuse-link = Refuse the request
staff-action-refuse-title = Refuse the request
staff-action-refuse-intro = A refusal needs a reason. The customer is told the reason, that they can complain to the supervisory authority, and that they can go to court. An agent's refusal takes effect once the privacy officer approves it.
staff-action-refuse-reason = Reason
staff-action-refuse-reason-missing = Choose the reason for the refusal
staff-action-refuse-text = Explanation for the customer
staff-action-refuse-text-hint = Explain in plain language why. The customer reads this.
staff-action-refuse-text-missing = Enter the explanation for the customer
staff-action-refuse-button = Continue
staff-action-refuse-confirm = Refuse the request
staff-refusal-reason-unfounded-or-excessive = Clearly unfounded or excessive (for example, the same request again and again)
staff-refusal-reason-identity-not-established = We cannot establish who is asking
staff-refusal-reason-legal-exception = A law does not allow it
staff-action-decide-link = Decide on the proposal
staff-action-decide-title = Decide on the proposal
staff-action-decide-intro = An agent proposed this. It only takes effect when you approve it. If you do not approve, nothing changes for the customer.
staff-action-decide-legend = Your decision
staff-action-decide-approve = Approve
staff-action-decide-reject = Do not approve
staff-action-decide-missing = Choose whether you approve
staff-action-decide-text = Note for the agent
staff-action-decide-text-hint = Needed when you do not approve: say why. The customer does not see it.
staff-action-decide-text-missing = Say why you do not approve
staff-action-decide-button = Continue
staff-action-decide-confirm = Save my decision
staff-action-complete-link = Answer and close the request
staff-action-complete-title = Answer the request
staff-action-complete-intro = Your answer goes to the customer's request page and by e-mail. After this the request is closed.
staff-action-complete-text = Your answer to the customer
staff-action-complete-text-hint = Write in plain language what you did.
staff-action-complete-text-missing = Enter your answer to the customer
staff-action-complete-birth-date = New date of birth
staff-action-complete-birth-date-hint = Only if the customer asked to change it, for example 17-04-1986. Leave empty otherwise.
staff-action-complete-birth-date-invalid = Enter a real date of birth, not in the future
staff-action-complete-button = Continue
staff-action-complete-confirm = Send the answer and close
staff-complete-effect-access = The customer is pointed to the download of all their data.
staff-complete-effect-rectification = If you enter a new date of birth, it is saved in the customer's data.
staff-complete-effect-erasure = The customer's data is erased, as when they do it themselves. What the law makes us keep stays.
staff-complete-effect-restriction = The customer's data is marked as restricted: from now on we only store it.
staff-complete-effect-objection = The customer's objection to direct marketing is recorded.
staff-complete-effect-complaint = Your answer is recorded with the complaint.
staff-action-note-link = Add an internal note
staff-action-note-title = Add an internal note
staff-action-note-intro = The customer does not see notes on their request page. Notes about a person are their personal data: they are part of the customer's download.
staff-action-note-text = Note
staff-action-note-text-hint = Write facts, not opinions.
staff-action-note-text-missing = Enter your note
staff-action-note-button = Save the note
staff-action-note-confirm = Save the note
staff-action-text-too-long = The text is too long: at most 5,000 characters

## The check page and refusals
staff-check-title = Check before you continue
staff-check-question = Question
staff-check-told = The customer
staff-check-told-email-and-page = is told by e-mail and on their request page
staff-check-told-refusal = is told by e-mail and on their request page, with the right to complain to the supervisory authority and to go to court
staff-check-after-approval = is only told once the privacy officer approves
staff-check-deadline = Deadline
staff-check-deadline-stays = Stays { $date }. Asking does not stop the clock.
staff-check-new-date = New date
staff-check-reason = Reason
staff-check-refusal-reason = Reason
staff-check-explanation = Explanation
staff-check-decision = Decision
staff-check-note = Note
staff-check-answer = Answer
staff-check-effect = What happens
staff-check-warning-prefix = Warning:
staff-check-warning-final = This cannot be undone.
staff-check-warning-approve = This takes effect at once and the customer is told. It cannot be undone.
staff-check-warning-erase = This erases the customer's data. It cannot be undone.
staff-check-change = Change
staff-stale-title = The request has changed
staff-stale-text = Someone changed this request after you opened the form, or you sent the form twice. Nothing was done. Look at the request again.
staff-not-allowed-title = This cannot be done now
staff-not-allowed-closed = This request is closed. It can no longer be changed.
staff-not-allowed-not-yours = This request is assigned to someone else.
staff-not-allowed-proposal-pending = A proposal for this request waits for the privacy officer. It must be decided first.
staff-not-allowed-no-proposal = There is no proposal to decide on.
staff-not-allowed-only-officer = Only the privacy officer decides on proposals.
staff-not-allowed-extended-already = The deadline was extended already. It can be extended only once.
staff-not-allowed-past-due-date = The original date has passed. The deadline can only be extended before it.
staff-not-allowed-too-long = An extension is 1 or 2 months.
staff-not-allowed-erased = The customer's data was erased, so this is no longer possible.

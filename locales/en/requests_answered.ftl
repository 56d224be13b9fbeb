# The customer's side of how staff answer a request: questions, extensions, refusals,
# answers, and the e-mails about them.
request-status-waiting = Waiting for your answer
request-event-asked = We asked you for information.
request-event-replied = You answered our question.
request-question-heading = We need information from you
request-question-clock = We still answer by { $date } at the latest. The law counts the time from the day your request came in.
request-reply-link = Answer our question
request-reply-title = Answer our question
request-reply-lead = About request { $reference }.
request-reply-label = Your answer
request-reply-hint = Write what we asked for. Do not send passwords.
request-reply-button = Send my answer
request-reply-missing = Enter your answer
request-reply-too-long = Your answer is too long: at most { $max } characters
request-reply-sent = Thank you. We received your answer.
request-answer-heading = Our answer
request-answer-download = Download all your data
request-refusal-reason-unfounded-or-excessive = Your request is clearly unfounded or excessive. For example, because you asked the same thing many times.
request-refusal-reason-identity-not-established = We could not establish that you are the person the data is about.
request-refusal-reason-legal-exception = A law does not allow us to do what you asked.
who-saw-for-request = For your request { $reference }
audit-action-staff-request-read = Read your request
audit-action-staff-customer-identity-read = Looked at your name and contact details
audit-action-staff-customer-interactions-read = Looked at your contact history
audit-action-staff-customer-consents-read = Looked at your consents and objections
audit-action-staff-customer-billing-read = Looked at your invoices and payments
audit-action-staff-request-in-progress = Took on your request
audit-action-staff-request-assigned = Gave your request to a colleague
audit-action-staff-request-asked = Asked you a question about your request
audit-action-staff-request-extension-proposed = Proposed to extend the deadline of your request
audit-action-staff-request-refusal-proposed = Proposed to refuse your request
audit-action-staff-request-proposal-rejected = Did not approve a proposal about your request
audit-action-staff-request-extended = Extended the deadline of your request
audit-action-staff-request-completed = Answered your request
audit-action-staff-request-refused = Refused your request
audit-action-staff-request-note = Wrote a note about your request
audit-action-customer-request-replied = Answered a question about a request
audit-action-customer-processing-restricted = Restricted the use of your data
audit-action-customer-erased = Erased your data

request-email-asked-subject = We need information for your request { $reference }
request-email-asked-body = Hello,

    We are working on your request { $reference } ({ $kind }). We need some information from you:

    { $text }

    Please answer on your request page:
    { $link }

    We still answer by { $date } at the latest.

    Kind regards,
    { $organisation }
request-email-extended-subject = We need more time for your request { $reference }
request-email-extended-body = Hello,

    We need more time to answer your request { $reference } ({ $kind }). The law allows this for a request that is complex or when we receive many requests.

    The reason: { $text }

    We will answer by { $date } at the latest. You can follow your request here:
    { $link }

    Kind regards,
    { $organisation }
request-email-refused-subject = We have refused your request { $reference }
request-email-refused-body = Hello,

    We have refused your request { $reference } ({ $kind }).

    { $reason }

    Our explanation: { $text }

    Do you disagree? You can complain to the { $authority }: { $authority_link }
    You can also go to court.

    You can read this again on your request page:
    { $link }

    Kind regards,
    { $organisation }
request-email-completed-subject = We have answered your request { $reference }
request-email-completed-body = Hello,

    We have finished your request { $reference } ({ $kind }).

    Our answer: { $text }
    { $extra }
    You can read this again on your request page:
    { $link }

    Kind regards,
    { $organisation }
request-email-completed-download = You can download all your data here: { $link }

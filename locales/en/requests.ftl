# Requests: filing one, the list, one request, cancelling, the confirmation by e-mail.

requests-title = My requests
requests-intro = Here you see the requests about your data that you have sent us. We answer within one month. If we need more time, we tell you why.
requests-new-link = Make a new request
requests-none = You have not made any requests yet.
requests-caption = Your requests. Open requests are at the top.
requests-header-reference = Reference
requests-header-kind = Kind of request
requests-header-received = Received on
requests-header-due = Answer by
requests-header-status = Status
requests-due-extended = { $date } (extended)
requests-back-link = To all your requests

request-kind-access = See my data
request-kind-access-hint = You want to know what data we have about you and what we do with it.
request-kind-rectification = Change my details
request-kind-rectification-hint = Something in your details is wrong and you want us to change it.
request-kind-erasure = Delete my data
request-kind-erasure-hint = You want us to delete data about you.
request-kind-restriction = Stop using my data for a while
request-kind-restriction-hint = You want us to stop using your data for a while, for example while we check something.
request-kind-objection = Object to how we use my data
request-kind-objection-hint = You want us to stop one of the ways in which we use your data.
request-kind-complaint = A complaint
request-kind-complaint-hint = You are not happy with how we handle your data.

request-status-received = Received
request-status-in-progress = Being handled
request-status-extended = Extended
request-status-completed = Done
request-status-refused = Refused
request-status-withdrawn = Withdrawn

request-new-title = Make a request
request-new-intro = With a request you ask us to do something with your data. This is your right under the GDPR, the European privacy law. We answer within one month.
request-new-restored = We kept what you had filled in before you were signed out. Check it and send it again.
request-kind-legend = What do you want to ask?
request-kind-error = Choose what you want to ask.
request-details-label = What is it about?
request-details-hint = Write in your own words what you want, for example which data it is about. For seeing your data you may leave this empty. Use no more than { $max } characters.
request-details-error-missing = Write what your request is about.
request-details-error-too-long = Your text is too long. Use no more than { $max } characters. Now there are { $count }.
request-details-error-control = Your text has characters we cannot read. Remove them and try again.
request-new-button = Send request

request-sent-title = Your request has been sent
request-sent-reference = Your reference is
request-sent-next-heading = What happens next?
request-sent-email = We have sent you an e-mail with your reference.
request-sent-due = We will answer by { $date }.
request-sent-extension = If we need more time, we will tell you before that date, and why.
request-sent-follow = The page of your request always shows how it stands.
request-view-link = See your request

request-title = Your request
request-field-reference = Reference
request-field-kind = Kind of request
request-field-status = Status
request-field-received = Received on
request-field-due = Answer by
request-field-extended = New date for the answer
request-field-extension-reason = Why we need more time
request-field-closed = Closed on
request-field-details = What you wrote
request-refused-heading = We have refused your request
request-refused-reason = This is the reason:
request-complain-heading = Do you disagree?
request-complain-text = Then you may complain to the { $authority }. It checks how organisations handle personal data. You may also go to court.
request-complain-link = Complain to the { $authority }
request-history-heading = What has happened
request-history-caption = The history of your request, oldest step first
request-history-when = Date
request-history-what = What happened
request-event-received = We received your request.
request-event-in-progress = We are working on your request.
request-event-extended = We need more time. The date for the answer is later.
request-event-completed = We have finished your request.
request-event-refused = We have refused your request.
request-event-withdrawn = You withdrew your request.
request-cancel-link = Withdraw this request
request-cancelled-notice = You have withdrawn your request. We will not do anything more with it.

request-cancel-title = Do you want to withdraw your request?
request-cancel-what = If you withdraw your request, we stop working on it. You cannot undo this. You can make a new request later.
request-cancel-button = Yes, withdraw my request
request-cancel-back = No, back to my request

request-closed-title = This request is closed already
request-closed-text = You can no longer withdraw request { $reference }. It has been finished, refused or withdrawn already.

request-email-subject = We have received your request ({ $reference })
request-email-body = Hello,

    We received your request on { $received }. Your reference is { $reference }.

    Kind of request: { $kind }

    We will answer by { $due }. If we need more time, we will tell you before that date, and why.

    See how it stands here: { $link }

    Kind regards,
    { $organisation }

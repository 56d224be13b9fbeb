# Telling customers about a data breach (issue 12, GDPR article 34).

## What the customer reads: the page, the notice at the top and the e-mail.
breach-notice-title = Notice about a data breach
breach-notice-heading = Notice about a data breach, { $date }
breach-notice-lead = We have to tell you something unpleasant. Something went wrong with your data at our organisation. Below you can read what happened and what you can do.
breach-notice-part-what-happened = What happened?
breach-notice-part-which-data = Which data is it about?
breach-notice-part-consequences = What could happen?
breach-notice-part-what-we-did = What have we done?
breach-notice-part-what-you-can-do = What can you do?
breach-notice-part-questions = Any questions?
breach-notice-contact = Ask our data protection officer. You can call { $phone }. Or send an e-mail:
breach-notice-read-heading = Read it?
breach-notice-read-intro = Until you mark this notice as read, it stays at the top of your start page.
breach-notice-read-button = I have read this notice
breach-notice-read-on = You read this notice on { $date }.
breach-notice-back = Back to my privacy
breach-notice-marked-read = The notice is no longer at the top. You can find it again under My data.
breach-notice-banner-heading = Important notice about your data
breach-notice-banner-text = On { $date } we sent you a notice about a data breach.
breach-notice-banner-link = Read the notice of { $date }
my-data-breach-notices = Notices about a data breach
my-data-breach-notice-link = Notice of { $date }

breach-notice-email-subject = Important notice from { $organisation } about your data
breach-notice-email-body = Dear customer,

    We have to tell you something unpleasant. At { $organisation }, something went wrong with your data.

    What happened?
    { $what_happened }

    Which data is it about?
    { $which_data }

    What could happen?
    { $consequences }

    What have we done?
    { $what_we_did }

    What can you do?
    { $what_you_can_do }

    Any questions? Contact our data protection officer: { $officer_email } or { $officer_phone }.

    You can also read this notice in your portal:
    { $link }

    Kind regards,
    { $organisation }

audit-action-customer-notice-read = Looked at a notice about a data breach
audit-action-customer-notice-denied = Tried to see a notice that does not exist or is not yours
audit-action-customer-breach-notice-emailed = Used your e-mail address to send you a notice about a data breach

## What the privacy officer sees: the form, the check and the progress.
breach-notify-title = Telling customers about a data breach
breach-notify-heading = Tell customers about { $reference }
breach-notify-intro = Is the risk to customers high? Then we must tell them ourselves. They get an e-mail and see the notice at the top of their portal.
breach-notify-plain = Write short and plain. No difficult words and no codes. After reading, the customer must know what happened and what they can do.
breach-notify-only-high-risk = You can only tell customers this way when the decision is "high risk". Change the decision first if needed.
breach-notify-change-decision = Change the decision
breach-notify-back = Back to the breach
breach-notify-who-heading = Who gets the notice?
breach-notify-audience = Who is the notice for?
breach-notify-audience-list = These customers
breach-notify-audience-list-hint = Paste their customer numbers below.
breach-notify-audience-all = All customers
breach-notify-audience-all-hint = Everyone who is a customer at the moment you send it.
breach-notify-numbers = Customer numbers
breach-notify-numbers-hint = One number per line, or separated by commas. Only needed for "These customers".
breach-notify-text-heading-nl = The text in Dutch
breach-notify-text-heading-en = The text in English
breach-notify-in-nl = in Dutch
breach-notify-in-en = in English
breach-notify-part-label = { $part } ({ $language })
breach-notice-part-what-happened-hint = What went wrong, and when?
breach-notice-part-which-data-hint = For example: your name, address and customer number.
breach-notice-part-consequences-hint = What could someone do with this data?
breach-notice-part-what-we-did-hint = What did we do to stop it, and to put it right?
breach-notice-part-what-you-can-do-hint = For example: watch out for e-mails asking for your password.
breach-notify-contact-heading = Contact
breach-notify-contact-intro = Under every notice are your details as data protection officer, so customers can reach you:
breach-notify-button = Look at the notice

breach-notice-error-not-high-risk = The decision is not "high risk". Then we do not tell customers this way.
breach-notice-error-audience = Choose who the notice is for.
breach-notice-error-numbers = Paste at least one customer number, or choose "All customers".
breach-notice-error-empty = Write this part of the notice.
breach-notice-error-too-long = This part is too long. Make it shorter (at most 2000 characters).

breach-notice-page-title = Notice to customers
breach-notice-check-heading = Check the notice about { $reference }
breach-notice-sent-heading = Notice about { $reference }
breach-notice-check-intro = This is how the customer sees the notice. Is everything right? Then send it below.
breach-notice-to = To
breach-notice-audience-all = { $count ->
    [one] All customers (now 1 customer)
   *[other] All customers (now { $count } customers)
}
breach-notice-audience-list = { $count ->
    [one] 1 customer
   *[other] { $count } customers
}
breach-notice-not-used = Not used
breach-notice-not-used-intro = These numbers found no customer to tell. Check that you copied them correctly.
breach-notice-preview-nl = The notice in Dutch
breach-notice-preview-en = The notice in English
breach-notice-send-heading = Send
breach-notice-send-warning = Once sent, you cannot change or recall the notice. Every customer gets one e-mail.
breach-notice-send-button = { $count ->
    [one] Send to 1 customer
   *[other] Send to { $count } customers
}
breach-notice-change = Change the notice
breach-notice-sending-started = The notice has been sent. The customers see it in their portal now. The e-mails go out in the coming minutes.
breach-notice-sent-at = Sent on
breach-notice-progress = E-mails
breach-notice-progress-sending = Sending: { $mailed } of { $customers } e-mails sent.
breach-notice-progress-done = Done: { $mailed } of { $customers } e-mails sent.
breach-notice-progress-unconfirmed = { $count ->
    [one] For 1 e-mail we do not know for sure that it was sent: sending stopped at that moment. We do not send it again, so that nobody gets two e-mails. The customer does see the notice in the portal.
   *[other] For { $count } e-mails we do not know for sure that they were sent: sending stopped at that moment. We do not send them again, so that nobody gets two e-mails. The customers do see the notice in the portal.
}
breach-notice-read = Read
breach-notice-read-count = { $count ->
    [one] 1 customer marked it as read
   *[other] { $count } customers marked it as read
}
breach-notice-check-again = See again how far it is
breach-notices-heading = Telling customers
breach-notices-none = There is no notice to customers yet.
breach-notices-write = Write a notice to customers
breach-notices-only-high-risk = When the risk is high, you write a notice to the customers here.
breach-notices-state-draft = Not sent yet
breach-notices-state-sending = Being sent
breach-notices-state-sent = Sent
breach-notices-item = Notice of { $date }
breach-event-customers-notified = Customers told
my-data-none = None
who-saw-for-breach-notice = For the notice about a data breach we sent you

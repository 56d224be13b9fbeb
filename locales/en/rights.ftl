# Your rights, self-served: start page, my data, contact history, who saw my data,
# consent and objection.

rights-nav-label = Your privacy
rights-nav-overview = Overview
rights-nav-my-data = My data
rights-nav-correct = Change my details
rights-nav-download = Download my data
rights-nav-consent = Consent and objection
rights-nav-contacts = Contact history
rights-nav-who-saw = Who saw my data
rights-nav-requests = Requests
rights-nav-sessions = Where you are signed in
rights-nav-delete = Delete account

overview-intro = Here you manage your privacy yourself. Choose what you want to do.
overview-categories = { $count ->
    [one] We keep 1 kind of data about you.
   *[other] We keep { $count } kinds of data about you.
}
overview-my-data-about = See everything we keep about you, and why.
overview-contacts = { $count ->
    [one] 1 contact.
   *[other] { $count } contacts.
}
overview-next-deletion = Next deletion: { $date } ({ $category }).
overview-no-deletion = No deletion is planned at the moment.
overview-contacts-about = Your calls, chats, e-mails and letters with us.
overview-open-requests = { $count ->
    [0] No open requests.
    [one] 1 open request.
   *[other] { $count } open requests.
}
overview-requests-about = Ask us something about your data, and follow what we do.
overview-consents = You give consent for { $given } of { $total } purposes.
overview-consent-about = Give or withdraw consent. Or object.
overview-audit-records = { $count ->
    [one] Recorded 1 time.
   *[other] Recorded { $count } times.
}
overview-who-saw-about = See when someone looked at or changed your data, and why.
overview-correct-about = Is something wrong? Change it yourself.
overview-download-about = Download all your data in a file.
overview-sessions-about = See on which devices you are signed in.
overview-delete-about = Delete your account and your data.

my-data-title = My data
my-data-intro = This is all the data we keep about you. For each kind you see why we have it, how long we keep it and when we delete it.
my-data-print-hint = Want to keep this? Print this page or save it as a PDF. The menu is left out.
my-data-held-heading = What we have
my-data-why-heading = Why, and for how long
my-data-deleted-on = When we delete it
my-data-oldest-deleted-on = We delete the oldest item on { $date }.
my-data-deleted-with-account = When you delete your account.
my-data-deleted-with-consent = When you withdraw your consent.
my-data-deleted-per-record = Each item after the period above.
my-data-how-many = Number
my-data-newest = Newest
my-data-none-among-newest = Not among your 5 newest contacts. See the contact history for all of them.
my-data-password-hashed = Set. We only keep a scrambled form, never your password itself.
my-data-sign-ins = { $count ->
    [one] 1 sign-in attempt
   *[other] { $count } sign-in attempts
}
my-data-invoices = { $count ->
    [one] 1 invoice
   *[other] { $count } invoices
}
my-data-invoice = Invoice { $number } of { $date }: { $amount }
my-data-payments = { $count ->
    [one] 1 payment
   *[other] { $count } payments
}
my-data-payment = { $date }: { $amount } ({ $method })
my-data-consent-receipts = { $count ->
    [one] 1 proof of consent
   *[other] { $count } proofs of consent
}
my-data-consent-given = You give consent.
my-data-consent-withdrawn = You withdrew your consent.
my-data-consent-never-asked = You have not chosen yet.
my-data-requests = { $count ->
    [one] 1 request
   *[other] { $count } requests
}
my-data-audit-records = { $count ->
    [one] 1 record
   *[other] { $count } records
}
my-data-yes = Yes
my-data-no = No
my-data-correct = Change
my-data-see-contacts = Go to the contact history
my-data-change-choice = Change your choice

payment-method-ideal = iDEAL
payment-method-direct-debit = direct debit
payment-method-transfer = bank transfer
payment-method-card = card

contacts-title = Contact history
contacts-intro = Here you see when you were in contact with us: phone, chat, e-mail and letter. The newest is at the top.
contacts-channel-legend = How
contacts-all-channels = All
contacts-channel-phone = Phone
contacts-channel-chat = Chat
contacts-channel-email = E-mail
contacts-channel-letter = Letter
contacts-found = { $count ->
    [0] No contacts found.
    [one] 1 contact found.
   *[other] { $count } contacts found.
}
contacts-none = Choose another period or another way.
contacts-caption = Your contacts, page { $page } of { $pages }
contacts-when = When
contacts-channel = How
contacts-subject = Subject
contacts-summary = Summary
contacts-deleted-on = We delete this on
contacts-back = Back to the contact history
contact-moment-title = Contact
contacts-answered-by = Who helped you
contacts-answered-by-bot = A chatbot (a computer), not a person.
contacts-answered-by-agent = A member of staff (code { $agent }).
contacts-recorded = Call recorded
contacts-recording-deleted-on = We delete the recording on
contacts-transcript = What was said
contacts-no-transcript = There is no written text of this contact.

period-legend = Period
period-all = All
period-month = Last month
period-quarter = Last 3 months
period-year = Last year
filter-button = Show
pages-label = Pages
pages-previous = Previous page
pages-next = Next page
pages-page-of = Page { $page } of { $pages }

who-saw-title = Who saw my data
who-saw-intro = Every time someone looks at or changes your data, we record it. Also when you do it yourself. Here you see when, who, what and why.
who-saw-found = { $count ->
    [0] Nothing found in this period.
    [one] Recorded 1 time.
   *[other] Recorded { $count } times.
}
who-saw-caption = Who saw your data, page { $page } of { $pages }
who-saw-when = When
who-saw-who = Who
who-saw-what = What
who-saw-why = Why
who-saw-no-reason = No request
who-saw-you = You
who-saw-staff = A member of staff
who-saw-role-agent = A customer service agent
who-saw-role-privacy_officer = The data protection officer
who-saw-role-administrator = An administrator
who-saw-system = The system (automatic)
who-saw-someone-else = Someone else
who-saw-question = Is something wrong?
who-saw-question-link = Make a complaint or a request.

audit-action-other = Used your data
audit-action-customer-created = Recorded your data
audit-action-customer-overview-read = Looked at your overview
audit-action-customer-data-read = Looked at all your data
audit-action-customer-profile-read = Looked at your name and contact details
audit-action-customer-profile-corrected = Changed your details
audit-action-customer-email-changed = Changed your e-mail address
audit-action-customer-contacts-read = Looked at your contact history
audit-action-customer-contact-read = Looked at one contact
audit-action-customer-contact-denied = Tried to see a contact that does not exist or is not yours
audit-action-customer-audit-read = Looked at this list
audit-action-customer-sessions-read = Looked at your devices and sign-in attempts
audit-action-customer-consent-read = Looked at your consents
audit-action-customer-consent-changed = Changed your consent or objection
audit-action-customer-export-json = Downloaded your data (JSON)
audit-action-customer-export-zip = Downloaded your data (CSV in ZIP)
audit-action-customer-export-tables = Downloaded your data (tables for Excel)
audit-action-customer-requests-read = Looked at your requests
audit-action-customer-request-read = Looked at a request
audit-action-customer-request-created = Made a request
audit-action-customer-request-cancelled = Cancelled a request
audit-action-customer-request-denied = Tried to see a request that does not exist or is not yours

consent-title = Consent and objection
consent-intro = You choose what we use your data for. Withdrawing is just as easy as giving. You can always change your mind.
consent-purposes-heading = What you give consent for
consent-question-newsletter = May we send you our newsletter and offers?
consent-question-customer-research = May we ask you to take part in customer research?
consent-name-newsletter = Newsletter and offers
consent-name-customer-research = Customer research
consent-name-marketing-objection = Objection to advertising
consent-name-do-not-call = Calls with offers
consent-yes = Yes, you may
consent-no = No, you may not
consent-objections-heading = Objection
consent-objections-intro = Do you object to advertising? Then you cannot also say yes to our newsletter and offers, or to calls with offers. Those contradict each other. If you choose both anyway, we ask you to change one of the two.
consent-objection-legend = Do you object to advertising (direct marketing)?
consent-objection-hint = Then we no longer send you advertising or call you about it. You do not need to give a reason.
consent-objection-yes = Yes, I do not want advertising
consent-objection-no = No, I do not object
consent-do-not-call-legend = May we call you with offers?
consent-do-not-call-hint = If you choose not to be called, we put you on our do-not-call list.
consent-do-not-call-yes = No, do not call me
consent-do-not-call-no = Yes, you may call me
consent-at-once = Your choice applies as soon as you save it.
consent-save = Save
consent-saved = Saved. This applies from now on. You changed:
consent-saved-nothing = Saved. You did not change anything.
consent-changed-item = { $name }: { $answer }
consent-error-choose = Choose yes or no.
consent-error-conflict-offers = You also object to advertising. Then we cannot send you our newsletter and offers. Choose No here, or do not object to advertising.
consent-error-conflict-calls = You also object to advertising. Then we do not call you with offers. Choose No, do not call me here, or do not object to advertising.
consent-history-heading = Earlier choices
consent-history-caption = Your choices about consent and objection, newest first
consent-history-none = You have not made any choices yet.
consent-history-when = When
consent-history-purpose = What for
consent-history-choice = Choice
consent-history-channel = How
consent-history-version = Version of the text
consent-channel-portal = On this website
consent-channel-phone = Phone
consent-channel-chat = Chat
consent-channel-email = E-mail
consent-channel-letter = Letter
consent-channel-shop = In the shop
consent-restored = You were signed out before your choices were saved. We have filled them in again below. Check them and choose Save.
contact-moment-heading-phone = Phone call of { $date }
contact-moment-heading-chat = Chat of { $date }
contact-moment-heading-email = E-mail of { $date }
contact-moment-heading-letter = Letter of { $date }
contacts-recording-notice-heard = At the start you heard that we recorded the call, and why.
contacts-recording-notice-none = You did not hear that the call was recorded.
contacts-recording-consent-given = You said it was fine.
contacts-recording-consent-link = See your consent choices
contacts-recording-consent-none = You gave no consent.
my-data-download-all = Download all my data
my-data-overview-heading = Overview
my-data-overview-caption = What we keep about you, why, and until when
my-data-col-kind = Kind of data
my-data-col-what = What exactly
my-data-col-why = Why
my-data-col-until = Until when
my-data-details-heading = Per kind
my-data-details-intro = Open a kind to see what we hold about you now, and everything about why and for how long.
who-saw-filter-who = By whom
who-saw-filter-others = Others than you
who-saw-filter-everyone = Everyone, you too
who-saw-none-but-you = Nobody but you looked at or changed your data. Choose "Everyone, you too" to see your own visits.

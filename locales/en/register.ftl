# The processing register's texts (src/privacy/register.toml). Plain language.

register-category-identity = Who you are
register-category-identity-description = Your customer number, your name and your date of birth. This is how we know who you are.
register-category-contact-details = How we reach you
register-category-contact-details-description = Your e-mail address, phone number and address.
register-category-preferences = Your preferences
register-category-preferences-description = The language in which you want our messages.
register-category-account = Your account
register-category-account-description = What is needed to sign in safely: your sign-in e-mail address, your password (only encrypted), your sessions and when you signed in.
register-category-contact-calls = Phone calls
register-category-contact-calls-description = When you called, what about, a short summary and who helped you.
register-category-call-recordings = Call recordings
register-category-call-recordings-description = We only record a call if you agree. We turn the recording into a written transcript.
register-category-contact-chats = Chats
register-category-contact-chats-description = Your chats with us, also with the chatbot.
register-category-contact-emails = E-mails
register-category-contact-emails-description = The e-mails you sent us and our answers.
register-category-contact-letters = Letters
register-category-contact-letters-description = The letters you sent us and our letters to you.
register-category-invoices = Invoices
register-category-invoices-description = Your invoices: number, date, amount and billing address.
register-category-payments = Payments
register-category-payments-description = When and how you paid.
register-category-consents = Your consents
register-category-consents-description = What you gave or withdrew consent for, and whether you objected to advertising or asked not to be called: when, how, and for which text.
register-category-marketing = Newsletter and offers
register-category-marketing-description = Whether you want to receive our newsletter and offers.
register-category-research = Customer research
register-category-research-description = Whether we may ask you to take part in research, and your answers if you do.
register-category-do-not-call = Do not call
register-category-do-not-call-description = Whether you do not want sales calls.
register-category-requests = Your requests
register-category-requests-description = The requests about your data that you made, and what we did with them.
register-category-sign-in-attempts = Sign-in attempts
register-category-sign-in-attempts-description = When someone tried to sign in with your e-mail address, and whether it worked. This shows us if someone tries to guess your password.
register-category-audit-trail = Who looked at your data
register-category-audit-trail-description = When someone looked at or changed your data: who, when and why.

register-field-customer-number = Customer number
register-field-name = Name
register-field-birth-date = Date of birth
register-field-email = E-mail address
register-field-phone = Phone number
register-field-postal-address = Address
register-field-language = Language
register-field-sign-in-email = Sign-in e-mail address
register-field-password-hash = Password (encrypted)
register-field-sessions = Sessions
register-field-sign-in-history = When you signed in
register-field-contact-time = Date and time
register-field-contact-subject = Subject
register-field-contact-summary = Summary
register-field-transcript = Written transcript
register-field-agent-code = Staff member's code
register-field-recording = Recording
register-field-recording-notice = Notice that the call was recorded
register-field-recording-consent = Your consent to the recording
register-field-invoice-number = Invoice number
register-field-invoice-date = Invoice date
register-field-amount = Amount
register-field-billing-address = Billing address
register-field-payment-date = Payment date
register-field-payment-method = Payment method
register-field-consent-purpose = What for
register-field-consent-choice = Yes or no
register-field-consent-time = When
register-field-consent-channel = How
register-field-consent-text-version = Version of the text
register-field-marketing-preferences = Your choice for newsletter and offers
register-field-research-answers = Your answers in a survey
register-field-do-not-call-flag = Do not call: yes or no
register-field-request-type = Type of request
register-field-request-reference = Reference
register-field-request-dates = Dates
register-field-request-status = Status
register-field-access-time = When
register-field-access-actor = Who
register-field-access-action = What
register-field-access-reason = Why

register-purpose-contract = Carrying out your contract
register-purpose-customer-service = Helping you when you have questions
register-purpose-security = Keeping your account safe
register-purpose-quality = Improving our service and training staff
register-purpose-billing = Making invoices and handling payments
register-purpose-tax = Meeting tax law
register-purpose-proof-of-consent = Being able to show that you gave consent
register-purpose-newsletter = Sending you our newsletter and offers
register-purpose-customer-research = Asking for your opinion, so that we can improve our service
register-purpose-respect-objection = Making sure we do not call you if you do not want that
register-purpose-rights-handling = Handling your requests about your data
register-purpose-accountability = Showing that we handle your data with care

register-basis-a = You gave consent (GDPR article 6(1)(a))
register-basis-b = Needed for your contract with us (GDPR article 6(1)(b))
register-basis-c = The law requires it (GDPR article 6(1)(c))
register-basis-d = Needed to protect someone's life (GDPR article 6(1)(d))
register-basis-e = Needed for a task in the public interest (GDPR article 6(1)(e))
register-basis-f = We have a good reason, and it outweighs your privacy (GDPR article 6(1)(f))

register-source-customer = From you
register-source-customer-service = From our customer service, from our contact with you
register-source-organisation = From ourselves
register-source-payment-provider = From your bank or payment service

register-recipient-mail-house = The company that sends our post and e-mail
register-recipient-chat-provider = The company that provides our chat
register-recipient-tax-authority = The Dutch Tax Administration, if it asks
register-recipient-accountant = Our accountant
register-recipient-research-agency = The research agency that runs the survey for us
register-recipient-supervisory-authority = The Dutch Data Protection Authority, if it asks

register-event-contact = the contact
register-event-invoice-date = the invoice date
register-event-payment-date = the payment
register-event-consent-withdrawn = you withdrew your consent
register-event-request-closed = your request was completed
register-event-record-created = the moment of access

register-law-awr-52 = tax law (General State Taxes Act, article 52)
register-law-gdpr-7-1 = the GDPR (article 7(1)): we must be able to show that you gave consent
register-law-tw-11-7 = the Telecommunications Act (article 11.7): we must remember that you do not want to be called
register-law-gdpr-5-2 = the GDPR (article 5(2)): we must be able to show that we work with care

register-retention-months = { $count ->
    [one] 1 month
   *[other] { $count } months
} after { $event }
register-retention-years = { $count ->
    [one] 1 year
   *[other] { $count } years
} after { $event }
register-retention-days = { $count ->
    [one] 1 day
   *[other] { $count } days
} after { $event }
register-retention-while-account-exists = As long as you are a customer. If you have your account deleted, we delete this too.
register-retention-until-consent-withdrawn = Until you withdraw your consent.
register-erasure-delete = If you have your account deleted, we delete this straight away.
register-erasure-keep = If you have your account deleted, we still have to keep this. That is required by { $law }. After that, we delete it.
register-automated-no = No, no computer makes automatic decisions about you.
register-automated-yes = Yes. You may ask for a person to look at the decision.

# Whom the data is about (GDPR Art. 30(1)(c)).
register-subject-customers = Customers
register-subject-former-customers = Former customers
register-subject-staff = Staff

# How we protect the data (GDPR Art. 30(1)(g)).
register-measure-encryption = We store personal data encrypted. Every customer has a key of their own.
register-measure-erasure-by-key = When a customer has their data deleted, we destroy their key first. Copies in backups can then no longer be read either.
register-measure-least-privilege = Staff see only what their work needs. Customer service sees data only for a request they handle.
register-measure-audit-trail = We record who looks at or changes which data, when and why. If anyone changes that record, we notice.
register-measure-passwords = We do not keep passwords, only a code that cannot be turned back into them. After too many wrong attempts you have to wait.
register-measure-sessions = After 30 minutes without activity you are signed out. After 12 hours always.
register-measure-transport = The connection to the portal is encrypted.
register-measure-logs = The technical logs hold no personal data.
register-measure-retention = We delete data by itself when its retention period has passed.

# The breach register (issue 12).
register-category-breach-records = Data breaches
register-category-breach-records-description = If your data was ever part of a data breach: what happened, what we knew about it and what we did.
register-field-breach-description = What happened in a data breach
register-field-breach-people-affected = How many people and which data it was about
register-event-breach-closed = the breach was closed
register-law-gdpr-33-5 = the GDPR (article 33(5)): we must record every data breach, so the authority can check what we did. We keep it five years
# Notices about a data breach (Art. 34).
register-category-breach-notices = Notices about a data breach
register-category-breach-notices-description = If we had to tell you that something went wrong with your data: the notice you got, when, and whether you read it.
register-field-breach-notice = The notice, and when we sent it
register-field-breach-notice-read = Whether you marked the notice as read
register-law-gdpr-34 = the GDPR (article 34): when the risk is high, we must tell you ourselves what happened

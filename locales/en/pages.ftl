# Home page (signed out). Plain language: short sentences, everyday words.
home-title = Your data, your rights
home-intro = Here you can see which data { $organisation } keeps about you, and why. You decide yourself what happens with that data.
home-can-heading = What can you do here?
home-can-see = See which data we have about you, and why.
home-can-correct = Change details that are wrong.
home-can-download = Download your data, to keep it or take it elsewhere.
home-can-delete = Have your account and data deleted.
home-can-consent = Give or withdraw consent, for example for newsletters.
home-can-contacts = See when you were in contact with us.
home-can-requests = Make a request and see how it is going.
home-sign-in-heading = Sign in
home-sign-in-text = Sign in with your e-mail address and password. No access yet? Then ask for it with your customer number.
home-help-heading = Need help?
home-help-text = We are happy to help. You can also reach us by chat, e-mail, text message or letter.
home-help-link = See how to reach us

# Contact page.
contact-title = Contact
contact-intro = You can reach us in several ways. Choose what is easiest for you.
contact-channels-heading = Customer service
contact-phone = Phone
contact-email = E-mail
contact-chat = Chat
contact-chat-link = Chat with us
contact-text = Text message or WhatsApp
contact-text-hint = Useful when calling is difficult, for example if you are deaf or hard of hearing.
contact-post = Post
contact-name = Name
contact-privacy-heading = Questions about privacy
contact-privacy-intro = Do you have a question about how we handle your data? Please contact our data protection officer.
contact-complaint-heading = A complaint about privacy
contact-complaint-text = Do you disagree with how we handle your data? Then you can make a complaint to the { $authority }.
contact-hours-heading = Opening hours
contact-hours-intro = At these times you can call us, chat with us and send us a text or WhatsApp message:
contact-hours-closed = On other days and at other times we are closed. You can always send an e-mail or a letter.
contact-day-1 = Monday
contact-day-2 = Tuesday
contact-day-3 = Wednesday
contact-day-4 = Thursday
contact-day-5 = Friday
contact-day-6 = Saturday
contact-day-7 = Sunday
contact-days-range = { $first } to { $last }
contact-hours-times = { $opens } to { $closes }
contact-call-usual = You only pay your usual call charges.
contact-call-free = Calling is free.
contact-call-per-minute = A call costs { $amount } a minute, plus your usual call charges.
contact-live-reply = We answer during our opening hours.
contact-email-reply = You get an answer within { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }.
contact-letter-reply = You get an answer to your letter within { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }.
contact-privacy-reply = We answer a request about your data within one month. Do we need more time? Then we tell you within that month.


# Accessibility statement, in the form of the model statement of digitoegankelijk.nl.
a11y-title = Accessibility statement
a11y-intro = { $organisation } wants everyone to be able to use this portal. Also if you use a screen reader, use only a keyboard or make the text larger.
a11y-scope-heading = Which pages does this cover?
a11y-scope-text = This statement covers every page of the privacy portal of { $organisation }. Also the pages you see when you are signed in.
a11y-status-heading = How far are we?
a11y-status-compliant = The portal fully meets the requirements.
a11y-status-compliant-text = Our test of { $date } shows this. This statement was updated on that day.
a11y-status-partial = The portal partly meets the requirements.
a11y-status-partial-failed = In our last test, { $count ->
        [one] { $count } requirement was not met. It is listed
       *[other] { $count } requirements were not met. They are listed
    } below, under "What does not work yet?".
a11y-status-partial-checks-failed = In our last test, a few checks did not pass. We are fixing them.
a11y-status-partial-to-check = Of the { $total } requirements, a test cannot fully check { $count ->
        [one] { $count }. A person still has to check it.
       *[other] { $count }. A person still has to check them.
    }
a11y-status-date = This is what our test of { $date } shows. This statement was updated on that day.
a11y-status-no-insight = We do not know yet how well the portal meets the requirements.
a11y-no-run = The test has not been run on this installation yet. That is why there are no results here yet.
a11y-standard-heading = Which standard do we follow?
a11y-standard-text = We build this portal to WCAG 2.2 at level AA. The European standard EN 301 549 and Dutch law ask for WCAG 2.1 at level AA. WCAG 2.2 is a newer version, with a few more requirements.
a11y-tested-heading = How do we test?
a11y-tested-text = A computer program tests every page in the Chromium browser, in Dutch and in English, with axe-core. It also tests what a person would do: use the page with only a keyboard, make the text up to 400% larger and put more space between letters and lines.
a11y-last-run = The last test was on { $date }, with axe-core { $axe } in Chromium { $chromium }.
a11y-last-run-result = We tested { $combinations } combinations of page, language and situation. { $passed } checks passed and { $failed } did not.
a11y-wcag-em-text = A report says for each requirement what the test showed. It also says what a person still has to check. The report is in English.
a11y-wcag-em-link = Read the test report (text, in English)
a11y-wcag-em-json-link = The test report for W3C's WCAG-EM Report Tool (JSON)
a11y-limits-heading = What does not work yet?
a11y-limit-failed = We did not meet this requirement in the last test:
a11y-limit-to-check = { $count ->
        [one] A test cannot fully check { $count } requirement, and a person has not checked it yet.
       *[other] A test cannot fully check { $count } requirements, and a person has not checked them yet.
    } The test report says which.
a11y-limit-auditor = An independent expert has not examined the portal yet. Our own tests cannot see everything.
a11y-limit-emails = Our test does not look at the e-mails we send you. Every e-mail is also there as plain text, without layout.
a11y-limit-files = Our test does not look at the files you get from "Download my data" (JSON and tables). They are data and tables, without layout.
a11y-limit-report-english = The test report is only in English.
a11y-report-heading = Is something in your way?
a11y-report-text = Is there something you cannot read or use? Please tell us. We will look for a solution together with you.
a11y-escalate-heading = Not happy with our answer?
a11y-escalate-text = Are you not happy with how we handled your report? Or do you not get an answer in time? Then you can file a complaint with the { $body }.
a11y-other-way-heading = Help in another way
a11y-other-way-text = Everything you can arrange here, you can also arrange with us by phone, chat, text message, e-mail or letter.
a11y-other-way-link = See how to reach us

# Error pages.
error-code = Error code: { $code }
error-go-home = Go to the home page
error-contact = Contact us
error-400-title = We could not handle this request
error-400-text = Something went wrong with what your browser sent. Please try again.
error-403-title = This is not allowed
error-403-text = You do not have access to this page. Go back and try again.
error-404-title = This page does not exist
error-404-text = Check that the address is right. Or go to the home page.
error-405-title = This is not possible on this page
error-405-text = This page does not work this way. Go back and use the buttons and links on the page.
error-413-title = What you sent is too large
error-413-text = Go back with your browser's back button. What you typed is usually still there. Make your text shorter and try again.
error-429-title = Too many attempts
error-429-text = Please wait a moment and then try again.
error-500-title = Something went wrong on our side
error-500-text = It is not your fault. Please try again later. Still not working? Please contact us.
error-503-title = It is too busy right now
error-503-text = Please try again in a minute.
error-storage-title = We cannot save anything right now
error-storage-text = Nothing of what you just sent was saved. Please try again later. If it keeps happening, contact us.

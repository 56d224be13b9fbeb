## Confirm it is you (re-authentication) and Download my data (Art. 20).

reauth-title = Confirm it is you
reauth-intro = You want to download or delete your data. That is why we ask for your password once more. This way we know for sure that it is you.
reauth-button = Confirm
reauth-back = Back to my account
reauth-no-password = You do not have a password. You sign in with a link that we e-mail to you.
reauth-no-password-link = Ask for a new link and sign in with it again. Then you can go on.
reauth-no-password-link-button = Ask for a new sign-in link

download-title = Download my data
download-intro = You can download a copy of all your data. This way you can keep it or take it to another organisation. You choose the kind of file.
download-json-heading = One file for computers (JSON)
download-json-text = This file is made to be read by a computer program. Choose this if you want to give your data to another organisation.
download-json-link = Download my data as a JSON file
download-zip-heading = Tables for Excel and other programs (CSV in a ZIP file)
download-zip-text = You get a ZIP file. In it is one table (a CSV file) for each kind of data. You open a table with Excel, LibreOffice or another spreadsheet program. The file README.txt says what each table is.
download-zip-link = Download my data as a ZIP file with tables
download-contents-heading = What is in it?
download-contents-text = Both files hold the same data. They also say why we have your data, how long we keep it and with whom we share it.
download-safety-heading = Keep the file safe
download-safety-text = The file holds your personal data. Keep it in a safe place. Do not just pass it on.
download-record-text = We note that you downloaded your data. You see this under "Who saw my data".

export-readme = This is your data at { $organisation }, as tables (CSV, UTF-8, with a header row).
    Each table is one kind of data. register.csv says for each kind of data why we have it, on what basis, from whom, with whom we share it and how long we keep it.
    Cells that start with = + - or @ got a ' in front. This way a spreadsheet program does not start a formula.
    Times are in UTC. Amounts are in cents.
export-section-register = register.csv: why we have your data and how long we keep it
export-section-profile = profile.csv: your name, customer number, date of birth, address, e-mail, phone and preferences
export-section-sessions = sessions.csv: where you are signed in now
export-section-sign_in_attempts = sign_in_attempts.csv: when you (or someone else) tried to sign in
export-section-contact_moments = contact_moments.csv: your calls, chats, e-mails and letters with us
export-section-invoices = invoices.csv: your invoices
export-section-payments = payments.csv: your payments
export-section-consents = consents.csv: when you gave or withdrew consent
export-section-requests = requests.csv: your requests about your privacy
export-section-request_events = request_events.csv: what happened with your requests
export-section-request_notes = request_notes.csv: what our staff noted about your requests
export-section-breach_notices = breach_notices.csv: the notices about a data breach we sent you
export-section-audit_trail = audit_trail.csv: who looked at or changed your data

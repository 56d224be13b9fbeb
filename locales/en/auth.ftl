# Signing in and passwords.
password-too-short = Your password is too short. Use at least 8 characters. Better still: 15 or more, for example a few words in a row.
password-too-long = Your password is too long. Use at most 128 characters.
password-too-easy = This password is too easy to guess. It is common, or it looks like your name or e-mail address. Choose something else, for example a few words that do not belong together.

nav-sign-in = Sign in
nav-account = My account
nav-sign-out = Sign out

sign-in-title = Sign in
sign-in-email = E-mail address
sign-in-password = Password
sign-in-button = Sign in
sign-in-limits = You stay signed in while you are active. If you do nothing for { $idle } minutes, you are signed out. After { $absolute } hours you always have to sign in again.
sign-in-error-email-missing = Enter your e-mail address
sign-in-error-password-missing = Enter your password
sign-in-error-wrong = The e-mail address or the password is not right. Check them and try again.
sign-in-no-account-heading = No access to this portal yet?
sign-in-no-account-text = Are you our customer? Then you can ask for access yourself with your customer number.
sign-in-activate-link = Ask for access

activate-title = Ask for access
activate-intro = Enter your customer number and the e-mail address we have for you. You will get an e-mail with a link. With that link you choose a password.
activate-customer-number = Customer number
activate-customer-number-hint = You can find it on your invoice, for example 100200300.
activate-email = E-mail address
activate-email-hint = The e-mail address you gave us.
activate-button = Send me the link
activate-error-number-missing = Enter your customer number
activate-error-email-invalid = Enter an e-mail address like name@example.com
activate-sent-title = Check your e-mail
activate-sent-text = If the customer number and the e-mail address belong together, you will get an e-mail with a link within a few minutes.
activate-sent-expiry = The link works for 24 hours, and only once.
activate-sent-none-heading = No e-mail?
activate-sent-none-text = Also look in your junk mail folder. Not there either? Please contact us.
activate-password-title = Choose a password
activate-password = New password
activate-password-hint = At least { $min } characters. Better: { $recommended } characters or more, for example a few words in a row. Pasting from a password manager is fine.
activate-password-button = Save password
activate-invalid-title = This link no longer works
activate-invalid-text = The link has been used already or is older than 24 hours. Ask for a new link.
activate-invalid-link = Ask for a new link
activate-email-subject = Your access to My privacy at { $organisation }
activate-email-body = Hello,

    You asked for access to My privacy at { $organisation }. Choose your password with this link:

    { $link }

    The link works for 24 hours, and only once. Did you not ask for this? Then you do not need to do anything.

account-title = My account
account-welcome = Welcome, { $name }.
account-details-heading = Your details
account-not-known = Not known
account-more-soon = Soon you can also correct, download and delete your data here.

sign-in-wait = The wrong password was used too often. Please try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
sign-in-wait-why = This protects your account from people who try to guess your password. Forgotten your password? Please contact us.

account-security-heading = Signing in safely
sessions-title = Where you are signed in
sessions-intro = Here you can see on which devices you are signed in now. Do you not recognise something? Then sign out everywhere else and choose a new password.
sessions-caption = Your devices where you are signed in
sessions-device-header = Device
sessions-signed-in-header = Signed in on
sessions-last-active-header = Last active
sessions-device = { $browser } on { $system }
sessions-this-one = (this device)
sessions-sign-out-others = Sign out everywhere else
sessions-only-this-one = You are only signed in on this device.
sessions-ended = { $count ->
    [one] You have been signed out on 1 other device.
   *[other] You have been signed out on { $count } other devices.
}
sessions-sign-ins-heading = Your latest sign-in attempts
sessions-sign-ins-intro = Do you see an attempt you did not make yourself? Please contact us.
sessions-sign-ins-caption = The last 10 times someone tried to sign in with your e-mail address
sessions-when-header = When
sessions-result-header = Did it work?
sessions-sign-in-ok = It worked
sessions-sign-in-failed = It did not work: wrong password
sessions-sign-ins-none = There are no sign-in attempts yet.
browser-chrome = Chrome
browser-firefox = Firefox
browser-safari = Safari
browser-edge = Edge
browser-other = Another browser
system-windows = Windows
system-macos = macOS
system-linux = Linux
system-android = Android
system-ios = iPhone or iPad
system-other = another system

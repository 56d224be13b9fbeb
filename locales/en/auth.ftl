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
activate-done-notice = Your access is now active and you are signed in. From now on, sign in with your e-mail address and this password.
activate-email-subject = Your access to My privacy at { $organisation }
activate-email-body = Hello,

    You asked for access to My privacy at { $organisation }. Choose your password with this link:

    { $link }

    The link works for 24 hours, and only once. Did you not ask for this? Then you do not need to do anything.

account-title = My account
account-welcome = Welcome, { $name }.
account-not-known = Not known

sign-in-wait = The wrong password was used too often. Please try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
sign-in-wait-why = This protects your account from people who try to guess your password. Forgotten your password? You can ask for a link to sign in, or to choose a new password.

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

## Show password without JavaScript
password-show = Show password
password-hide = Hide password

## E-mailed links: asking for one, and using it
link-email = E-mail address
link-email-hint = The e-mail address you use for this portal.
link-back-to-sign-in = Back to signing in
link-sent-title = Check your e-mail
link-invalid-title = This link no longer works
link-invalid-text = The link has been used already, has expired, or a newer link was sent. Ask for a new link.
link-invalid-again = Ask for a new link

sign-in-expired = You were signed out because you did nothing for { $idle } minutes. Please sign in again.
sign-in-form-kept = We kept what you typed. After signing in you go back to the form. Check it, and send it again.
form-restored = We kept what you typed before you were signed out. Check it and send the form again. For your safety, type your password again.
sign-in-other-ways-heading = Other ways to sign in
sign-in-link-link = Sign in with a link by e-mail, without a password
sign-in-forgotten-link = Forgotten your password?

sign-in-link-title = Sign in with a link by e-mail
sign-in-link-intro = Enter your e-mail address. We send you a link. With that link you sign in, without a password.
sign-in-link-button = Send me the link
sign-in-link-sent-text = If this e-mail address has access to this portal, you will get an e-mail with a link within a few minutes.
sign-in-link-sent-expiry = The link works for 15 minutes, and only once.
sign-in-link-use-title = Sign in
sign-in-link-use-text = Press the button to sign in to My privacy.
sign-in-link-email-subject = Sign in to My privacy at { $organisation }
sign-in-link-email-body = Hello,

    You asked for a link to sign in to My privacy at { $organisation }. Sign in with this link:

    { $link }

    The link works for 15 minutes, and only once. Did you not ask for this? Then you do not need to do anything.

password-forgotten-title = Forgotten your password?
password-forgotten-intro = Enter your e-mail address. We send you a link. With that link you choose a new password.
password-forgotten-sent-text = If this e-mail address has access to this portal, you will get an e-mail with a link within a few minutes.
password-forgotten-sent-expiry = The link works for 1 hour, and only once. If you ask for another link, only the newest one works.
password-reset-title = Choose a new password
password-reset-email-subject = A new password for My privacy at { $organisation }
password-reset-email-body = Hello,

    You asked for a new password for My privacy at { $organisation }. Choose it with this link:

    { $link }

    The link works for 1 hour, and only once. Did you not ask for this? Then you do not need to do anything: your password stays the same.

change-password-title = Change your password
change-password-intro = First type your current password. Then choose a new one. You stay signed in on this device; on all other devices you are signed out.
change-password-current = Current password
change-password-button = Change password
change-password-error-current-missing = Enter your current password
change-password-error-current-wrong = Your current password is not right. Check it and try again.
password-changed-notice = Your password has been changed. On other devices you have been signed out.
password-changed-email-subject = Your password for My privacy at { $organisation } has been changed
password-changed-email-body = Hello,

    The password for your account at My privacy at { $organisation } was changed on { $when }.

    Was this you? Then you do not need to do anything. Was this not you? Then ask for a new password straight away, and please contact us.

change-email-title = Change your e-mail address
change-email-intro = Your e-mail address now is { $email }. We send a link to your new address. Your address changes when you open that link.
change-email-new = New e-mail address
change-email-new-hint = For example name@example.com.
change-email-password-hint = We ask for it to be sure that it is you.
change-email-button = Send the link
change-email-error-same = This is already your e-mail address. Enter a different one.
change-email-sent-text = We sent an e-mail with a link to your new address. Open the link to confirm your new address.
change-email-sent-expiry = The link works for 24 hours, and only once. Until then, your old address stays in use.
back-to-account = Back to My account
change-email-confirm-subject = Confirm your new e-mail address for My privacy at { $organisation }
change-email-confirm-body = Hello,

    You want to use this e-mail address for My privacy at { $organisation }. Confirm it with this link:

    { $link }

    The link works for 24 hours, and only once. Did you not ask for this? Then you do not need to do anything.
change-email-in-use-subject = Someone tried to use your e-mail address at { $organisation }
change-email-in-use-body = Hello,

    Someone tried to use this e-mail address for another account at My privacy at { $organisation }. This address already belongs to an account, so nothing has changed.

    Was this you? Then sign in with this address instead. Was this not you? Then you do not need to do anything.
change-email-confirm-title = Confirm your new e-mail address
change-email-confirm-text = Press the button to use this e-mail address for My privacy from now on.
change-email-confirm-button = Confirm my new address
email-changed-notice = Your e-mail address has been changed. Use your new address from now on to sign in.
email-changed-title = Your e-mail address has been changed
email-changed-done-text = From now on, sign in with your new e-mail address.
email-changed-email-subject = Your e-mail address for My privacy at { $organisation } has been changed
email-changed-email-body = Hello,

    The e-mail address of your account at My privacy at { $organisation } was changed on { $when } to { $new_email }. We no longer send e-mails to this address.

    Was this you? Then you do not need to do anything. Was this not you? Please contact us straight away.

## Staff entrance
staff-sign-in-title = Staff sign-in
staff-sign-in-intro = For staff of the organisation only. Customers sign in on the customer sign-in page.
staff-activate-title = Choose your staff password
staff-activate-email-subject = Your staff account for My privacy at { $organisation }
staff-activate-email-body = Hello,

    An administrator made a staff account for you at My privacy at { $organisation }. Choose your password with this link:

    { $link }

    The link works for 72 hours, and only once.
staff-home-title = Staff area
staff-home-role = You are signed in as { $role }.
staff-role-agent = agent
staff-role-officer = privacy officer
staff-role-administrator = administrator
staff-team-title = Staff
staff-team-caption = Everyone with a staff account
staff-team-role = Role
staff-team-status = Status
staff-team-active = Active
staff-team-invited = Invited, has not chosen a password yet
staff-team-add-heading = Add a staff member
staff-team-add-intro = They get an e-mail with a link to choose a password. The link works for 72 hours.
staff-team-add-button = Add and send the link
staff-team-added = { $email } has been added and gets an e-mail with a link.
staff-team-error-taken = There already is a staff account with this e-mail address
staff-team-error-role = Choose a role
signed-out-title = You are signed out
signed-out-text = You are signed out on this device. Nobody can see your data here now.
signed-out-again = Sign in again
signed-out-home = To the home page

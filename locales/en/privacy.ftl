# The privacy statement (generated from the processing register). Plain language.
privacy-title = Privacy statement
privacy-intro = Here you can read which data { $organisation } keeps about you, why we do that, for how long, and what your rights are.
privacy-controller-heading = Who is responsible?
privacy-controller-text = { $organisation } is responsible for your data. Our address is: { $address }.
privacy-officer-heading = Our data protection officer
privacy-officer-text = This person makes sure that we handle your data well. You can ask them all your questions about privacy.
privacy-data-heading = Which data, why, and for how long
privacy-data-intro = For each kind of data you can read what we keep, why, where we got it, who receives it and how long we keep it.
privacy-label-data = Which data
privacy-label-why = Why
privacy-label-basis = Why this is allowed
privacy-label-source = Where it comes from
privacy-label-recipients = Who receives it
privacy-label-retention = How long we keep it
privacy-label-erasure = If you have your account deleted
privacy-label-automated = Does a computer decide automatically?
privacy-no-recipients = Nobody outside { $organisation }.
privacy-backups-heading = Backups
privacy-backups-text = We make backups of our data, so that nothing is lost if something goes wrong. Have you had your data deleted? Then it may still be in an older backup. We keep a backup for no longer than { $days ->
    [one] 1 day
   *[other] { $days } days
}. After that, your data is gone from there too. We only use a backup when something goes wrong. If we have to restore one, we delete your data again straight away.
privacy-rights-heading = Your rights
privacy-rights-intro = You have these rights over your data:
privacy-right-access = See your data
privacy-right-access-text = You may see which data we have about you and why.
privacy-right-rectification = Change
privacy-right-rectification-text = Is something wrong? Then you may ask us to change it.
privacy-right-erasure = Delete
privacy-right-erasure-text = You may ask us to delete your data. What the law makes us keep, we delete later.
privacy-right-restriction = Restrict
privacy-right-restriction-text = You may ask us to stop using your data for a while, for example while we check something.
privacy-right-objection = Object
privacy-right-objection-text = You may object when we use your data because we have a good reason for it. You may always object to advertising.
privacy-right-portability = Take your data with you
privacy-right-portability-text = You may download your data in a file, to keep it or to give it to another company.
privacy-right-withdraw-consent = Withdraw consent
privacy-right-withdraw-consent-text = Did you give consent? Then you may always withdraw it. That is just as easy as giving it.
privacy-rights-how = Each right links to the page where you use it yourself. Does that not work, or do you have a question? Contact us. We answer within a month.
privacy-rights-how-link = See how to reach us
privacy-complaint-heading = Making a complaint
privacy-complaint-text = Are you not happy with how we handle your data? Then you may make a complaint to the { $authority }.
privacy-cookies-heading = Cookies
privacy-cookies-intro = This portal only uses cookies that it needs to work.
privacy-cookies-caption = The cookies of this portal
privacy-cookie-name = Name
privacy-cookie-purpose = What for
privacy-cookie-lifetime = How long
privacy-cookie-language-purpose = Remembers in which language you want to see the portal.
privacy-cookie-language-lifetime = 1 year
privacy-cookie-session-purpose = Keeps you signed in. It also protects the forms against misuse.
privacy-cookie-form-purpose = Protects the forms for signing in and activating against misuse while you are not signed in. It holds only a random number.
privacy-cookie-form-lifetime = Until you close your browser
privacy-cookie-session-lifetime = Until you sign out or close your browser. It also ends after { $idle ->
    [one] 1 minute
   *[other] { $idle } minutes
} without activity, and always after { $absolute ->
    [one] 1 hour
   *[other] { $absolute } hours
}.
privacy-cookies-no-banner = These cookies are needed. That is why we do not ask for consent for them. We do not use cookies to track you.
privacy-contents-heading = On this page
privacy-right-access-link = See your data
privacy-right-rectification-link = Change your details
privacy-right-erasure-link = Delete your account
privacy-right-restriction-link = Ask us to restrict
privacy-right-objection-link = Object
privacy-right-portability-link = Download your data
privacy-right-withdraw-consent-link = Withdraw your consent

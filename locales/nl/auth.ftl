# Signing in and passwords.
password-too-short = Uw wachtwoord is te kort. Gebruik minstens 8 tekens. Beter nog: 15 of meer, bijvoorbeeld een paar woorden achter elkaar.
password-too-long = Uw wachtwoord is te lang. Gebruik hoogstens 128 tekens.
password-too-easy = Dit wachtwoord is te makkelijk te raden. Het komt veel voor, of het lijkt op uw naam of e-mailadres. Kies iets anders, bijvoorbeeld een paar woorden die niet bij elkaar horen.

nav-sign-in = Inloggen
nav-account = Mijn account
nav-sign-out = Uitloggen

sign-in-title = Inloggen
sign-in-email = E-mailadres
sign-in-password = Wachtwoord
sign-in-button = Inloggen
sign-in-limits = U blijft ingelogd zolang u iets doet. Doet u { $idle } minuten niets? Dan logt u vanzelf uit. Na { $absolute } uur moet u altijd opnieuw inloggen.
sign-in-error-email-missing = Vul uw e-mailadres in
sign-in-error-password-missing = Vul uw wachtwoord in
sign-in-error-wrong = Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.
sign-in-no-account-heading = Nog geen toegang tot dit portaal?
sign-in-no-account-text = Bent u klant bij ons? Dan kunt u zelf toegang aanvragen met uw klantnummer.
sign-in-activate-link = Toegang aanvragen

activate-title = Toegang aanvragen
activate-intro = Vul uw klantnummer in en het e-mailadres dat wij van u hebben. U krijgt dan een e-mail met een link. Met die link kiest u een wachtwoord.
activate-customer-number = Klantnummer
activate-customer-number-hint = Dit staat op uw factuur, bijvoorbeeld 100200300.
activate-email = E-mailadres
activate-email-hint = Het e-mailadres dat u aan ons gaf.
activate-button = Stuur mij de link
activate-error-number-missing = Vul uw klantnummer in
activate-error-email-invalid = Vul een e-mailadres in zoals naam@voorbeeld.nl
activate-sent-title = Kijk in uw e-mail
activate-sent-text = Als het klantnummer en het e-mailadres bij elkaar horen, krijgt u binnen een paar minuten een e-mail met een link.
activate-sent-expiry = De link werkt 24 uur en maar één keer.
activate-sent-none-heading = Geen e-mail gekregen?
activate-sent-none-text = Kijk ook in de map met ongewenste e-mail. Staat hij daar niet? Neem dan contact met ons op.
activate-password-title = Kies een wachtwoord
activate-password = Nieuw wachtwoord
activate-password-hint = Minstens { $min } tekens. Beter: { $recommended } tekens of meer, bijvoorbeeld een paar woorden achter elkaar. Plakken uit een wachtwoordmanager mag.
activate-password-button = Wachtwoord opslaan
activate-invalid-title = Deze link werkt niet meer
activate-invalid-text = De link is al gebruikt of is ouder dan 24 uur. Vraag een nieuwe link aan.
activate-invalid-link = Nieuwe link aanvragen
activate-email-subject = Uw toegang tot Mijn privacy bij { $organisation }
activate-email-body = Goedendag,

    U vroeg toegang tot Mijn privacy bij { $organisation }. Kies uw wachtwoord via deze link:

    { $link }

    De link werkt 24 uur en maar één keer. Vroeg u dit niet aan? Dan hoeft u niets te doen.

account-title = Mijn account
account-welcome = Welkom, { $name }.
account-details-heading = Uw gegevens
account-not-known = Niet bekend
account-more-soon = Binnenkort kunt u hier ook uw gegevens verbeteren, downloaden en laten verwijderen.

sign-in-wait = Er is te vaak een verkeerd wachtwoord gebruikt. Probeer het over { $minutes ->
    [one] 1 minuut
   *[other] { $minutes } minuten
} opnieuw.
sign-in-wait-why = Zo beschermen we uw account tegen mensen die uw wachtwoord proberen te raden. Wachtwoord kwijt? Neem contact met ons op.

account-security-heading = Veilig inloggen
sessions-title = Waar u bent ingelogd
sessions-intro = Hier ziet u op welke apparaten u nu bent ingelogd. Herkent u iets niet? Log dan overal anders uit en kies een nieuw wachtwoord.
sessions-caption = Uw apparaten waarop u bent ingelogd
sessions-device-header = Apparaat
sessions-signed-in-header = Ingelogd op
sessions-last-active-header = Laatst actief
sessions-device = { $browser } op { $system }
sessions-this-one = (dit apparaat)
sessions-sign-out-others = Overal anders uitloggen
sessions-only-this-one = U bent alleen op dit apparaat ingelogd.
sessions-ended = { $count ->
    [one] U bent op 1 ander apparaat uitgelogd.
   *[other] U bent op { $count } andere apparaten uitgelogd.
}
sessions-sign-ins-heading = Uw laatste inlogpogingen
sessions-sign-ins-intro = Ziet u een poging die u niet zelf deed? Neem dan contact met ons op.
sessions-sign-ins-caption = De laatste 10 keer dat iemand met uw e-mailadres probeerde in te loggen
sessions-when-header = Wanneer
sessions-result-header = Gelukt?
sessions-sign-in-ok = Gelukt
sessions-sign-in-failed = Niet gelukt: verkeerd wachtwoord
sessions-sign-ins-none = Er zijn nog geen inlogpogingen.
browser-chrome = Chrome
browser-firefox = Firefox
browser-safari = Safari
browser-edge = Edge
browser-other = Een andere browser
system-windows = Windows
system-macos = macOS
system-linux = Linux
system-android = Android
system-ios = iPhone of iPad
system-other = een ander systeem

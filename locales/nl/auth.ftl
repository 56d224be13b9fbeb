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
activate-done-notice = Uw toegang is nu actief en u bent ingelogd. Voortaan logt u in met uw e-mailadres en dit wachtwoord.
activate-email-subject = Uw toegang tot Mijn privacy bij { $organisation }
activate-email-body = Goedendag,

    U vroeg toegang tot Mijn privacy bij { $organisation }. Kies uw wachtwoord via deze link:

    { $link }

    De link werkt 24 uur en maar één keer. Vroeg u dit niet aan? Dan hoeft u niets te doen.

account-title = Mijn account
account-welcome = Welkom, { $name }.
account-not-known = Niet bekend

sign-in-wait = Er is te vaak een verkeerd wachtwoord gebruikt. Probeer het over { $minutes ->
    [one] 1 minuut
   *[other] { $minutes } minuten
} opnieuw.
sign-in-wait-why = Zo beschermen we uw account tegen mensen die uw wachtwoord proberen te raden. Wachtwoord vergeten? U kunt een link aanvragen om in te loggen of om een nieuw wachtwoord te kiezen.

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

## Wachtwoord tonen zonder JavaScript
password-show = Wachtwoord tonen
password-hide = Wachtwoord verbergen

## Links per e-mail: aanvragen en gebruiken
link-email = E-mailadres
link-email-hint = Het e-mailadres dat u voor dit portaal gebruikt.
link-back-to-sign-in = Terug naar inloggen
link-sent-title = Kijk in uw e-mail
link-invalid-title = Deze link werkt niet meer
link-invalid-text = De link is al gebruikt, is verlopen, of er is een nieuwere link gestuurd. Vraag een nieuwe link aan.
link-invalid-again = Nieuwe link aanvragen

sign-in-expired = U bent uitgelogd omdat u { $idle } minuten niets deed. Log opnieuw in.
sign-in-form-kept = We hebben onthouden wat u had ingevuld. Na het inloggen gaat u terug naar het formulier. Controleer het en verstuur het opnieuw.
form-restored = We hebben onthouden wat u had ingevuld voordat u werd uitgelogd. Controleer het en verstuur het formulier opnieuw. Vul voor uw veiligheid uw wachtwoord opnieuw in.
sign-in-other-ways-heading = Op een andere manier inloggen
sign-in-link-link = Inloggen met een link per e-mail, zonder wachtwoord
sign-in-forgotten-link = Wachtwoord vergeten?

sign-in-link-title = Inloggen met een link per e-mail
sign-in-link-intro = Vul uw e-mailadres in. We sturen u een link. Met die link logt u in, zonder wachtwoord.
sign-in-link-button = Stuur mij de link
sign-in-link-sent-text = Als dit e-mailadres toegang heeft tot dit portaal, krijgt u binnen een paar minuten een e-mail met een link.
sign-in-link-sent-expiry = De link werkt 15 minuten en maar één keer.
sign-in-link-use-title = Inloggen
sign-in-link-use-text = Druk op de knop om in te loggen bij Mijn privacy.
sign-in-link-email-subject = Inloggen bij Mijn privacy van { $organisation }
sign-in-link-email-body = Goedendag,

    U vroeg een link aan om in te loggen bij Mijn privacy van { $organisation }. Log in via deze link:

    { $link }

    De link werkt 15 minuten en maar één keer. Vroeg u dit niet aan? Dan hoeft u niets te doen.

password-forgotten-title = Wachtwoord vergeten?
password-forgotten-intro = Vul uw e-mailadres in. We sturen u een link. Met die link kiest u een nieuw wachtwoord.
password-forgotten-sent-text = Als dit e-mailadres toegang heeft tot dit portaal, krijgt u binnen een paar minuten een e-mail met een link.
password-forgotten-sent-expiry = De link werkt 1 uur en maar één keer. Vraagt u nog een link aan, dan werkt alleen de nieuwste.
password-reset-title = Kies een nieuw wachtwoord
password-reset-email-subject = Een nieuw wachtwoord voor Mijn privacy van { $organisation }
password-reset-email-body = Goedendag,

    U vroeg een nieuw wachtwoord aan voor Mijn privacy van { $organisation }. Kies het via deze link:

    { $link }

    De link werkt 1 uur en maar één keer. Vroeg u dit niet aan? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.

change-password-title = Uw wachtwoord wijzigen
change-password-intro = Vul eerst uw huidige wachtwoord in. Kies daarna een nieuw wachtwoord. Op dit apparaat blijft u ingelogd; op alle andere apparaten wordt u uitgelogd.
change-password-current = Huidig wachtwoord
change-password-button = Wachtwoord wijzigen
change-password-error-current-missing = Vul uw huidige wachtwoord in
change-password-error-current-wrong = Uw huidige wachtwoord klopt niet. Controleer het en probeer het opnieuw.
password-changed-notice = Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.
password-changed-email-subject = Uw wachtwoord voor Mijn privacy van { $organisation } is gewijzigd
password-changed-email-body = Goedendag,

    Het wachtwoord van uw account bij Mijn privacy van { $organisation } is gewijzigd op { $when }.

    Deed u dit zelf? Dan hoeft u niets te doen. Deed u dit niet? Vraag dan meteen een nieuw wachtwoord aan en neem contact met ons op.

change-email-title = Uw e-mailadres wijzigen
change-email-intro = Uw e-mailadres is nu { $email }. We sturen een link naar uw nieuwe adres. Uw adres verandert als u die link opent.
change-email-new = Nieuw e-mailadres
change-email-new-hint = Bijvoorbeeld naam@voorbeeld.nl.
change-email-password-hint = We vragen dit om zeker te weten dat u het bent.
change-email-button = Stuur de link
change-email-error-same = Dit is al uw e-mailadres. Vul een ander adres in.
change-email-sent-text = We hebben een e-mail met een link naar uw nieuwe adres gestuurd. Open de link om uw nieuwe adres te bevestigen.
change-email-sent-expiry = De link werkt 24 uur en maar één keer. Tot dan blijft uw oude adres in gebruik.
back-to-account = Terug naar Mijn account
change-email-confirm-subject = Bevestig uw nieuwe e-mailadres voor Mijn privacy van { $organisation }
change-email-confirm-body = Goedendag,

    U wilt dit e-mailadres gebruiken voor Mijn privacy van { $organisation }. Bevestig het via deze link:

    { $link }

    De link werkt 24 uur en maar één keer. Vroeg u dit niet aan? Dan hoeft u niets te doen.
change-email-in-use-subject = Iemand probeerde uw e-mailadres te gebruiken bij { $organisation }
change-email-in-use-body = Goedendag,

    Iemand probeerde dit e-mailadres te gebruiken voor een ander account bij Mijn privacy van { $organisation }. Dit adres hoort al bij een account, dus er is niets veranderd.

    Was u dit zelf? Log dan in met dit adres. Was u dit niet? Dan hoeft u niets te doen.
change-email-confirm-title = Bevestig uw nieuwe e-mailadres
change-email-confirm-text = Druk op de knop om dit e-mailadres voortaan te gebruiken voor Mijn privacy.
change-email-confirm-button = Mijn nieuwe adres bevestigen
email-changed-notice = Uw e-mailadres is gewijzigd. Log voortaan in met uw nieuwe adres.
email-changed-title = Uw e-mailadres is gewijzigd
email-changed-done-text = Log voortaan in met uw nieuwe e-mailadres.
email-changed-email-subject = Uw e-mailadres voor Mijn privacy van { $organisation } is gewijzigd
email-changed-email-body = Goedendag,

    Het e-mailadres van uw account bij Mijn privacy van { $organisation } is op { $when } gewijzigd in { $new_email }. We sturen geen e-mails meer naar dit adres.

    Deed u dit zelf? Dan hoeft u niets te doen. Deed u dit niet? Neem dan meteen contact met ons op.

## Ingang voor medewerkers
staff-sign-in-title = Inloggen voor medewerkers
staff-sign-in-intro = Alleen voor medewerkers van de organisatie. Klanten loggen in via de inlogpagina voor klanten.
staff-activate-title = Kies uw wachtwoord als medewerker
staff-activate-email-subject = Uw medewerkersaccount voor Mijn privacy van { $organisation }
staff-activate-email-body = Goedendag,

    Een beheerder heeft een medewerkersaccount voor u gemaakt bij Mijn privacy van { $organisation }. Kies uw wachtwoord via deze link:

    { $link }

    De link werkt 72 uur en maar één keer.
staff-home-title = Medewerkers
staff-home-role = U bent ingelogd als { $role }.
staff-role-agent = medewerker klantcontact
staff-role-officer = functionaris gegevensbescherming (FG)
staff-role-administrator = beheerder
staff-team-title = Medewerkers beheren
staff-team-caption = Iedereen met een medewerkersaccount
staff-team-role = Rol
staff-team-status = Status
staff-team-active = Actief
staff-team-invited = Uitgenodigd, heeft nog geen wachtwoord gekozen
staff-team-add-heading = Een medewerker toevoegen
staff-team-add-intro = De medewerker krijgt een e-mail met een link om een wachtwoord te kiezen. De link werkt 72 uur.
staff-team-add-button = Toevoegen en link sturen
staff-team-added = { $email } is toegevoegd en krijgt een e-mail met een link.
staff-team-error-taken = Er is al een medewerkersaccount met dit e-mailadres
staff-team-error-role = Kies een rol
signed-out-title = U bent uitgelogd
signed-out-text = U bent uitgelogd op dit apparaat. Niemand kan hier nu uw gegevens zien.
signed-out-again = Opnieuw inloggen
signed-out-home = Naar de startpagina

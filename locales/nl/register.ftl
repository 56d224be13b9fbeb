# The processing register's texts (src/privacy/register.toml). B1 language.

register-category-identity = Wie u bent
register-category-identity-description = Uw klantnummer, uw naam en uw geboortedatum. Hiermee weten we wie u bent.
register-category-contact-details = Hoe we u bereiken
register-category-contact-details-description = Uw e-mailadres, telefoonnummer en adres.
register-category-preferences = Uw voorkeuren
register-category-preferences-description = De taal waarin u onze berichten wilt krijgen.
register-category-account = Uw account
register-category-account-description = Wat nodig is om veilig in te loggen: uw inlog-e-mailadres, uw wachtwoord (alleen versleuteld), uw sessies en wanneer u inlogde.
register-category-contact-calls = Telefoongesprekken
register-category-contact-calls-description = Wanneer u belde, waarover, een korte samenvatting en wie u hielp.
register-category-call-recordings = Opnames van gesprekken
register-category-call-recordings-description = Een gesprek nemen we alleen op als u dat goed vindt. Van de opname maken we een uitgeschreven tekst.
register-category-contact-chats = Chats
register-category-contact-chats-description = Uw chats met ons, ook met de chatbot.
register-category-contact-emails = E-mails
register-category-contact-emails-description = De e-mails die u ons stuurde en onze antwoorden.
register-category-contact-letters = Brieven
register-category-contact-letters-description = De brieven die u ons stuurde en onze brieven aan u.
register-category-invoices = Facturen
register-category-invoices-description = Uw facturen: nummer, datum, bedrag en factuuradres.
register-category-payments = Betalingen
register-category-payments-description = Wanneer en hoe u betaalde.
register-category-consents = Uw toestemmingen
register-category-consents-description = Waarvoor u toestemming gaf of die introk, en of u bezwaar maakte tegen reclame of niet gebeld wilt worden: wanneer, hoe en bij welke tekst.
register-category-marketing = Nieuwsbrief en aanbiedingen
register-category-marketing-description = Of u onze nieuwsbrief en aanbiedingen wilt krijgen.
register-category-research = Klantonderzoek
register-category-research-description = Of wij u mogen vragen mee te doen aan een onderzoek, en uw antwoorden als u meedoet.
register-category-do-not-call = Niet bellen
register-category-do-not-call-description = Of u niet gebeld wilt worden voor verkoop.
register-category-requests = Uw verzoeken
register-category-requests-description = De verzoeken over uw gegevens die u bij ons deed, en wat we ermee deden.
register-category-sign-in-attempts = Inlogpogingen
register-category-sign-in-attempts-description = Wanneer iemand met uw e-mailadres probeerde in te loggen, en of dat lukte. Zo zien we of iemand uw wachtwoord probeert te raden.
register-category-audit-trail = Wie uw gegevens bekeek
register-category-audit-trail-description = Wanneer iemand uw gegevens bekeek of veranderde: wie, wanneer en waarom.

register-field-customer-number = Klantnummer
register-field-name = Naam
register-field-birth-date = Geboortedatum
register-field-email = E-mailadres
register-field-phone = Telefoonnummer
register-field-postal-address = Adres
register-field-language = Taal
register-field-sign-in-email = Inlog-e-mailadres
register-field-password-hash = Wachtwoord (versleuteld)
register-field-sessions = Sessies
register-field-sign-in-history = Wanneer u inlogde
register-field-contact-time = Datum en tijd
register-field-contact-subject = Onderwerp
register-field-contact-summary = Samenvatting
register-field-transcript = Uitgeschreven tekst
register-field-agent-code = Code van de medewerker
register-field-recording = Opname
register-field-recording-notice = Melding dat het gesprek werd opgenomen
register-field-recording-consent = Uw toestemming voor de opname
register-field-invoice-number = Factuurnummer
register-field-invoice-date = Factuurdatum
register-field-amount = Bedrag
register-field-billing-address = Factuuradres
register-field-payment-date = Betaaldatum
register-field-payment-method = Betaalmanier
register-field-consent-purpose = Waarvoor
register-field-consent-choice = Ja of nee
register-field-consent-time = Wanneer
register-field-consent-channel = Hoe
register-field-consent-text-version = Versie van de tekst
register-field-marketing-preferences = Uw keuze voor nieuwsbrief en aanbiedingen
register-field-research-answers = Uw antwoorden in een onderzoek
register-field-do-not-call-flag = Niet bellen: ja of nee
register-field-request-type = Soort verzoek
register-field-request-reference = Kenmerk
register-field-request-dates = Datums
register-field-request-status = Stand van zaken
register-field-access-time = Wanneer
register-field-access-actor = Wie
register-field-access-action = Wat
register-field-access-reason = Waarom

register-purpose-contract = Uw contract uitvoeren
register-purpose-customer-service = U helpen als u vragen heeft
register-purpose-security = Uw account veilig houden
register-purpose-quality = Onze dienst beter maken en medewerkers trainen
register-purpose-billing = Facturen maken en betalingen verwerken
register-purpose-tax = Voldoen aan de belastingwet
register-purpose-proof-of-consent = Kunnen laten zien dat u toestemming gaf
register-purpose-newsletter = U onze nieuwsbrief en aanbiedingen sturen
register-purpose-customer-research = U vragen naar uw mening, zodat wij onze dienst beter maken
register-purpose-respect-objection = Ervoor zorgen dat we u niet bellen als u dat niet wilt
register-purpose-rights-handling = Uw verzoeken over uw gegevens afhandelen
register-purpose-accountability = Laten zien dat we zorgvuldig met uw gegevens omgaan

register-basis-a = U gaf toestemming (AVG artikel 6 lid 1 a)
register-basis-b = Nodig voor uw contract met ons (AVG artikel 6 lid 1 b)
register-basis-c = Dit moet van de wet (AVG artikel 6 lid 1 c)
register-basis-d = Nodig om iemands leven te beschermen (AVG artikel 6 lid 1 d)
register-basis-e = Nodig voor een taak van algemeen belang (AVG artikel 6 lid 1 e)
register-basis-f = Wij hebben er een goede reden voor, en die weegt zwaarder dan uw privacy (AVG artikel 6 lid 1 f)

register-source-customer = Van uzelf
register-source-customer-service = Van onze klantenservice, uit het contact met u
register-source-organisation = Van ons zelf
register-source-payment-provider = Van uw bank of betaaldienst

register-recipient-mail-house = Het bedrijf dat onze post en e-mail verstuurt
register-recipient-chat-provider = Het bedrijf dat onze chat levert
register-recipient-tax-authority = De Belastingdienst, als die erom vraagt
register-recipient-accountant = Onze accountant
register-recipient-research-agency = Het onderzoeksbureau dat het onderzoek voor ons doet
register-recipient-supervisory-authority = De Autoriteit Persoonsgegevens, als die erom vraagt

register-event-contact = het contact
register-event-invoice-date = de factuurdatum
register-event-payment-date = de betaling
register-event-consent-withdrawn = het intrekken van uw toestemming
register-event-request-closed = het afronden van uw verzoek
register-event-record-created = het moment van bekijken

register-law-awr-52 = de belastingwet (Algemene wet inzake rijksbelastingen, artikel 52)
register-law-gdpr-7-1 = de AVG (artikel 7 lid 1): we moeten kunnen laten zien dat u toestemming gaf
register-law-tw-11-7 = de Telecommunicatiewet (artikel 11.7): we moeten onthouden dat u niet gebeld wilt worden
register-law-gdpr-5-2 = de AVG (artikel 5 lid 2): we moeten kunnen laten zien dat we zorgvuldig werken

register-retention-months = { $count ->
    [one] 1 maand
   *[other] { $count } maanden
} na { $event }
register-retention-years = { $count ->
    [one] 1 jaar
   *[other] { $count } jaar
} na { $event }
register-retention-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagen
} na { $event }
register-retention-while-account-exists = Zolang u klant bent. Als u uw account laat verwijderen, verwijderen we dit ook.
register-retention-until-consent-withdrawn = Tot u uw toestemming intrekt.
register-erasure-delete = Als u uw account laat verwijderen, verwijderen we dit meteen.
register-erasure-keep = Als u uw account laat verwijderen, moeten we dit nog bewaren. Dat staat in { $law }. Daarna verwijderen we het.
register-automated-no = Nee, er beslist geen computer automatisch over u.
register-automated-yes = Ja. U mag vragen dat een mens naar de beslissing kijkt.

# Over wie de gegevens gaan (AVG artikel 30, lid 1, c).
register-subject-customers = Klanten
register-subject-former-customers = Oud-klanten
register-subject-staff = Medewerkers

# Hoe we de gegevens beschermen (AVG artikel 30, lid 1, g).
register-measure-encryption = We slaan persoonsgegevens versleuteld op. Elke klant heeft een eigen sleutel.
register-measure-erasure-by-key = Als een klant zijn gegevens laat verwijderen, vernietigen we eerst zijn sleutel. Ook kopieën in back-ups zijn dan niet meer te lezen.
register-measure-least-privilege = Medewerkers zien alleen wat ze voor hun werk nodig hebben. Een medewerker van de klantenservice ziet gegevens alleen bij een verzoek dat hij behandelt.
register-measure-audit-trail = We schrijven op wie welke gegevens bekijkt of verandert, wanneer en waarom. Als iemand dat overzicht verandert, zien we dat.
register-measure-passwords = We bewaren wachtwoorden niet zelf, alleen een onomkeerbare code ervan. Na te veel foute pogingen moet u wachten.
register-measure-sessions = Na 30 minuten zonder activiteit wordt u uitgelogd. Na 12 uur altijd.
register-measure-transport = De verbinding met het portaal is versleuteld.
register-measure-logs = In de technische logboeken staan geen persoonsgegevens.
register-measure-retention = We verwijderen gegevens vanzelf als de bewaartermijn voorbij is.

# The breach register (issue 12).
register-category-breach-records = Datalekken
register-category-breach-records-description = Als uw gegevens ooit bij een datalek waren: wat er gebeurde, wat we wisten en wat we deden.
register-field-breach-description = Wat er gebeurde bij een datalek
register-field-breach-people-affected = Over hoeveel mensen en welke gegevens het ging
register-event-breach-closed = het datalek is afgesloten
register-law-gdpr-33-5 = de AVG (artikel 33 lid 5): we moeten elk datalek vastleggen, zodat de Autoriteit kan nagaan wat we deden. We bewaren dit vijf jaar
# Notices about a data breach (Art. 34).
register-category-breach-notices = Berichten over een datalek
register-category-breach-notices-description = Als wij u moesten vertellen dat er iets mis ging met uw gegevens: het bericht dat u kreeg, wanneer, en of u het las.
register-field-breach-notice = Het bericht, en wanneer wij het stuurden
register-field-breach-notice-read = Of u het bericht als gelezen markeerde
register-law-gdpr-34 = de AVG (artikel 34): bij een groot risico moeten we u zelf vertellen wat er gebeurde

# Home page (signed out). B1 language: short sentences, everyday words.
home-title = Uw gegevens, uw rechten
home-intro = Hier ziet u welke gegevens { $organisation } over u bewaart, en waarom. U regelt hier zelf wat u met die gegevens wilt.
home-can-heading = Wat kunt u hier doen?
home-can-see = Bekijken welke gegevens wij over u hebben, en waarom.
home-can-correct = Gegevens wijzigen die niet kloppen.
home-can-download = Uw gegevens downloaden, om zelf te bewaren of mee te nemen.
home-can-delete = Uw account en gegevens laten verwijderen.
home-can-consent = Toestemming geven of intrekken, bijvoorbeeld voor nieuwsbrieven.
home-can-contacts = Zien wanneer u contact met ons had.
home-can-requests = Een verzoek indienen en zien hoe het ermee staat.
home-sign-in-heading = Inloggen
home-sign-in-text = Log in met uw e-mailadres en wachtwoord. Nog geen toegang? Vraag die dan aan met uw klantnummer.
home-help-heading = Hulp nodig?
home-help-text = Wij helpen u graag. Dat kan ook per chat, e-mail, sms of brief.
home-help-link = Bekijk hoe u ons bereikt

# Contact page.
contact-title = Contact
contact-intro = U kunt ons op verschillende manieren bereiken. Kies wat voor u het makkelijkst is.
contact-channels-heading = Klantenservice
contact-phone = Telefoon
contact-email = E-mail
contact-chat = Chat
contact-chat-link = Chat met ons
contact-text = Sms of WhatsApp
contact-text-hint = Handig als bellen lastig is, bijvoorbeeld als u doof of slechthorend bent.
contact-post = Post
contact-name = Naam
contact-privacy-heading = Vragen over privacy
contact-privacy-intro = Heeft u een vraag over hoe wij met uw gegevens omgaan? Neem dan contact op met onze functionaris gegevensbescherming.
contact-complaint-heading = Een klacht over privacy
contact-complaint-text = Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de { $authority }.
contact-hours-heading = Openingstijden
contact-hours-intro = Op deze tijden kunt u ons bellen, met ons chatten en ons een sms of WhatsApp sturen:
contact-hours-closed = Op andere dagen en tijden zijn wij gesloten. Een e-mail of brief kunt u altijd sturen.
contact-day-1 = maandag
contact-day-2 = dinsdag
contact-day-3 = woensdag
contact-day-4 = donderdag
contact-day-5 = vrijdag
contact-day-6 = zaterdag
contact-day-7 = zondag
contact-days-range = { $first } tot en met { $last }
contact-hours-times = { $opens } tot { $closes } uur
contact-call-usual = U betaalt alleen uw gewone belkosten.
contact-call-free = Bellen is gratis.
contact-call-per-minute = Bellen kost { $amount } per minuut, en daarbij uw gewone belkosten.
contact-live-reply = Wij antwoorden tijdens onze openingstijden.
contact-email-reply = U krijgt binnen { $days ->
        [one] { $days } werkdag
       *[other] { $days } werkdagen
    } antwoord.
contact-letter-reply = U krijgt binnen { $days ->
        [one] { $days } werkdag
       *[other] { $days } werkdagen
    } antwoord op uw brief.
contact-privacy-reply = Een verzoek over uw gegevens beantwoorden wij binnen een maand. Hebben wij meer tijd nodig? Dan hoort u dat binnen die maand van ons.


# Accessibility statement, in the form of the model statement of digitoegankelijk.nl.
a11y-title = Toegankelijkheidsverklaring
a11y-intro = { $organisation } wil dat iedereen dit portaal kan gebruiken. Ook als u een schermlezer gebruikt, alleen een toetsenbord gebruikt of de tekst groter zet.
a11y-scope-heading = Over welke pagina's gaat dit?
a11y-scope-text = Deze verklaring gaat over alle pagina's van het privacyportaal van { $organisation }. Ook over de pagina's die u ziet als u bent ingelogd.
a11y-status-heading = Hoe ver zijn we?
a11y-status-compliant = Het portaal voldoet volledig aan de eisen.
a11y-status-compliant-text = Dat blijkt uit onze test van { $date }. Deze verklaring is op die dag bijgewerkt.
a11y-status-partial = Het portaal voldoet gedeeltelijk aan de eisen.
a11y-status-partial-failed = Bij onze laatste test { $count ->
        [one] voldeed { $count } eis niet. Die staat
       *[other] voldeden { $count } eisen niet. Die staan
    } hieronder, bij "Wat werkt nog niet?".
a11y-status-partial-checks-failed = Bij onze laatste test gingen een paar controles niet goed. Die lossen wij op.
a11y-status-partial-to-check = Van de { $total } eisen kan een test er { $count } niet helemaal nakijken. Die moet een mens nog nakijken.
a11y-status-date = Dit staat in onze test van { $date }. Deze verklaring is op die dag bijgewerkt.
a11y-status-no-insight = Wij weten nog niet hoe goed het portaal aan de eisen voldoet.
a11y-no-run = Op deze installatie is de test nog niet gedaan. Daarom staan hier nog geen uitkomsten.
a11y-standard-heading = Aan welke eisen houden we ons?
a11y-standard-text = Wij bouwen dit portaal volgens de WCAG 2.2 op niveau AA. De Europese norm EN 301 549 en de Nederlandse wet vragen de WCAG 2.1 op niveau AA. WCAG 2.2 is een nieuwere versie, met een paar eisen erbij.
a11y-tested-heading = Hoe testen we?
a11y-tested-text = Een computerprogramma test elke pagina in de browser Chromium, in het Nederlands en in het Engels, met axe-core. Het test ook wat een mens zou doen: de pagina gebruiken met alleen het toetsenbord, de tekst tot 400% groter zetten en meer ruimte tussen letters en regels zetten.
a11y-last-run = De laatste test was op { $date }, met axe-core { $axe } in Chromium { $chromium }.
a11y-last-run-result = We testten { $combinations } combinaties van pagina, taal en situatie. { $passed } controles gingen goed en { $failed } niet.
a11y-wcag-em-text = In een verslag staat per eis wat de test liet zien. Er staat ook in wat een mens nog zelf moet nakijken. Het verslag is in het Engels.
a11y-wcag-em-link = Lees het testverslag (tekst, in het Engels)
a11y-wcag-em-json-link = Het testverslag voor de WCAG-EM Report Tool van W3C (JSON)
a11y-limits-heading = Wat werkt nog niet?
a11y-limit-failed = Deze eis haalden wij niet bij de laatste test:
a11y-limit-to-check = { $count ->
        [one] { $count } eis kan een test niet helemaal nakijken, en een mens heeft die nog niet nagekeken.
       *[other] { $count } eisen kan een test niet helemaal nakijken, en een mens heeft die nog niet nagekeken.
    } Welke dat zijn, staat in het testverslag.
a11y-limit-auditor = Een onafhankelijke deskundige heeft het portaal nog niet onderzocht. Onze eigen tests kunnen niet alles zien.
a11y-limit-emails = Onze test kijkt niet naar de e-mails die wij u sturen. Elke e-mail is er ook als gewone tekst, zonder opmaak.
a11y-limit-files = Onze test kijkt niet naar de bestanden die u krijgt bij "Mijn gegevens downloaden" (JSON en tabellen). Het zijn gegevens en tabellen, zonder opmaak.
a11y-limit-report-english = Het testverslag is alleen in het Engels.
a11y-report-heading = Loopt u ergens tegenaan?
a11y-report-text = Kunt u iets niet lezen of gebruiken? Laat het ons weten. Wij zoeken dan samen met u een oplossing.
a11y-escalate-heading = Niet tevreden met ons antwoord?
a11y-escalate-text = Bent u niet tevreden met hoe wij uw melding hebben behandeld? Of krijgt u niet op tijd antwoord? Dan kunt u een klacht indienen bij de { $body }.
a11y-other-way-heading = Hulp op een andere manier
a11y-other-way-text = U kunt alles wat u hier regelt ook met ons regelen per telefoon, chat, sms, e-mail of brief.
a11y-other-way-link = Bekijk hoe u ons bereikt

# Error pages.
error-code = Foutcode: { $code }
error-go-home = Naar de startpagina
error-contact = Neem contact met ons op
error-400-title = Dit verzoek konden we niet verwerken
error-400-text = Er ging iets mis met wat uw browser stuurde. Probeer het opnieuw.
error-403-title = Dit mag niet
error-403-text = U heeft geen toegang tot deze pagina. Ga terug en probeer het opnieuw.
error-404-title = Deze pagina bestaat niet
error-404-text = Controleer of het adres goed is. Of ga naar de startpagina.
error-405-title = Dit kan op deze pagina niet
error-405-text = Deze pagina werkt niet op deze manier. Ga terug en gebruik de knoppen en links op de pagina.
error-413-title = Wat u stuurde is te groot
error-413-text = Ga terug met de terugknop van uw browser. Wat u typte staat daar meestal nog. Maak uw tekst korter en probeer het opnieuw.
error-429-title = Te veel pogingen
error-429-text = Wacht even en probeer het daarna opnieuw.
error-500-title = Er ging bij ons iets mis
error-500-text = Het ligt niet aan u. Probeer het later opnieuw. Lukt het dan nog niet? Neem contact met ons op.
error-503-title = Het is nu te druk
error-503-text = Probeer het over een minuut opnieuw.
error-storage-title = Wij kunnen nu niets opslaan
error-storage-text = Wat u net verstuurde, is niet opgeslagen. Probeer het later opnieuw. Gebeurt dit vaker? Neem dan contact met ons op.

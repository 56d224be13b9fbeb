# Home page (signed out). B1 language: short sentences, everyday words.
home-title = Uw gegevens, uw rechten
home-intro = Hier ziet u welke gegevens { $organisation } over u bewaart, en waarom. U regelt hier zelf wat u met die gegevens wilt.
home-can-heading = Wat kunt u hier doen?
home-can-see = Bekijken welke gegevens wij over u hebben, en waarom.
home-can-correct = Gegevens verbeteren die niet kloppen.
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

# Accessibility statement (first version).
a11y-title = Toegankelijkheidsverklaring
a11y-intro = { $organisation } wil dat iedereen dit portaal kan gebruiken. Ook als u een schermlezer gebruikt, alleen een toetsenbord gebruikt of de tekst groter zet.
a11y-scope-heading = Over welke pagina's gaat dit?
a11y-scope-text = Deze verklaring gaat over alle pagina's van het privacyportaal van { $organisation }.
a11y-standard-heading = Aan welke eisen houden we ons?
a11y-standard-text = Wij bouwen dit portaal volgens de WCAG 2.2 op niveau AA. Dat is de Europese norm EN 301 549 en de eis voor Nederlandse overheden.
a11y-status-heading = Hoe ver zijn we?
a11y-status-text = Het portaal voldoet deels aan de eisen. Wij testen alle pagina's die er nu zijn, automatisch en met eigen controles. Een onderzoek door een onafhankelijke deskundige is nog niet gedaan.
a11y-tested-heading = Hoe testen we?
a11y-tested-text = Wij testen elke pagina automatisch met axe-core in de browser Chromium, in het Nederlands en in het Engels. We testen ook zelf: met alleen het toetsenbord, met tekst tot 400% groter en met meer ruimte tussen letters en regels.
a11y-last-run = De laatste test was op { $date }, met axe-core { $axe } in Chromium { $chromium }.
a11y-last-run-result = We testten { $combinations } combinaties van pagina, taal en situatie. { $passed } controles gingen goed en { $failed } niet.
a11y-no-run = Op deze installatie is de test nog niet gedaan. Daarom staan hier nog geen uitkomsten.
a11y-limits-heading = Wat werkt nog niet?
a11y-limit-sign-in = De pagina's om uw gegevens te verbeteren, te downloaden en te laten verwijderen zijn er nog niet. Tot die er zijn, regelt u dit via onze klantenservice.
a11y-report-heading = Loopt u ergens tegenaan?
a11y-report-text = Kunt u iets niet lezen of gebruiken? Laat het ons weten. Wij zoeken dan samen met u een oplossing.
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

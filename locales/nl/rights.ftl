# Uw rechten, zelf geregeld: startpagina, mijn gegevens, contacthistorie, wie zag mijn
# gegevens, toestemming en bezwaar.

rights-nav-label = Uw privacy
rights-nav-overview = Overzicht
rights-nav-my-data = Mijn gegevens
rights-nav-correct = Gegevens wijzigen
rights-nav-download = Gegevens downloaden
rights-nav-consent = Toestemming en bezwaar
rights-nav-contacts = Contacthistorie
rights-nav-who-saw = Wie zag mijn gegevens
rights-nav-requests = Verzoeken
rights-nav-sessions = Waar u bent ingelogd
rights-nav-delete = Account verwijderen

overview-intro = Hier regelt u zelf uw privacy. Kies wat u wilt doen.
overview-categories = { $count ->
    [one] Wij bewaren 1 soort gegevens over u.
   *[other] Wij bewaren { $count } soorten gegevens over u.
}
overview-my-data-about = Zie alles wat wij over u bewaren, en waarom.
overview-contacts = { $count ->
    [one] 1 contactmoment.
   *[other] { $count } contactmomenten.
}
overview-next-deletion = Volgende verwijdering: { $date } ({ $category }).
overview-no-deletion = Er staat nu geen verwijdering gepland.
overview-contacts-about = Uw telefoongesprekken, chats, e-mails en brieven met ons.
overview-open-requests = { $count ->
    [0] Geen open verzoeken.
    [one] 1 open verzoek.
   *[other] { $count } open verzoeken.
}
overview-requests-about = Vraag ons iets over uw gegevens, en volg wat wij doen.
overview-consents = U geeft toestemming voor { $given } van de { $total } doelen.
overview-consent-about = Geef of trek toestemming in. Of maak bezwaar.
overview-audit-records = { $count ->
    [one] 1 keer vastgelegd.
   *[other] { $count } keer vastgelegd.
}
overview-who-saw-about = Zie wanneer iemand uw gegevens bekeek of veranderde, en waarom.
overview-correct-about = Klopt er iets niet? Wijzig het zelf.
overview-download-about = Download al uw gegevens in een bestand.
overview-sessions-about = Zie op welke apparaten u bent ingelogd.
overview-delete-about = Verwijder uw account en uw gegevens.

my-data-title = Mijn gegevens
my-data-intro = Dit zijn alle gegevens die wij over u bewaren. Per soort ziet u waarom wij ze hebben, hoe lang wij ze bewaren en wanneer wij ze verwijderen.
my-data-print-hint = Wilt u dit bewaren? Druk deze pagina af of bewaar hem als pdf. Het menu wordt dan weggelaten.
my-data-held-heading = Wat wij van u hebben
my-data-why-heading = Waarom en hoe lang
my-data-deleted-on = Wanneer wij het verwijderen
my-data-oldest-deleted-on = Het oudste gegeven verwijderen wij op { $date }.
my-data-deleted-with-account = Als u uw account verwijdert.
my-data-deleted-with-consent = Als u uw toestemming intrekt.
my-data-deleted-per-record = Elk gegeven na de bewaartermijn hierboven.
my-data-how-many = Aantal
my-data-newest = Nieuwste
my-data-none-among-newest = Niet bij uw 5 nieuwste contactmomenten. Zie de contacthistorie voor alles.
my-data-password-hashed = Ingesteld. Wij bewaren alleen een versleutelde vorm, nooit uw wachtwoord zelf.
my-data-sign-ins = { $count ->
    [one] 1 inlogpoging
   *[other] { $count } inlogpogingen
}
my-data-invoices = { $count ->
    [one] 1 factuur
   *[other] { $count } facturen
}
my-data-invoice = Factuur { $number } van { $date }: { $amount }
my-data-payments = { $count ->
    [one] 1 betaling
   *[other] { $count } betalingen
}
my-data-payment = { $date }: { $amount } ({ $method })
my-data-consent-receipts = { $count ->
    [one] 1 bewijs van toestemming
   *[other] { $count } bewijzen van toestemming
}
my-data-consent-given = U geeft toestemming.
my-data-consent-withdrawn = U heeft uw toestemming ingetrokken.
my-data-consent-never-asked = U heeft nog niet gekozen.
my-data-requests = { $count ->
    [one] 1 verzoek
   *[other] { $count } verzoeken
}
my-data-audit-records = { $count ->
    [one] 1 vastlegging
   *[other] { $count } vastleggingen
}
my-data-yes = Ja
my-data-no = Nee
my-data-correct = Wijzigen
my-data-see-contacts = Naar de contacthistorie
my-data-change-choice = Keuze veranderen

payment-method-ideal = iDEAL
payment-method-direct-debit = automatische incasso
payment-method-transfer = overboeking
payment-method-card = betaalkaart

contacts-title = Contacthistorie
contacts-intro = Hier ziet u wanneer u contact had met ons: telefoon, chat, e-mail en brief. Het nieuwste staat bovenaan.
contacts-channel-legend = Hoe
contacts-all-channels = Alles
contacts-channel-phone = Telefoon
contacts-channel-chat = Chat
contacts-channel-email = E-mail
contacts-channel-letter = Brief
contacts-found = { $count ->
    [0] Geen contactmomenten gevonden.
    [one] 1 contactmoment gevonden.
   *[other] { $count } contactmomenten gevonden.
}
contacts-none = Kies een andere periode of een andere manier.
contacts-caption = Uw contactmomenten, pagina { $page } van { $pages }
contacts-when = Wanneer
contacts-channel = Hoe
contacts-subject = Onderwerp
contacts-summary = Samenvatting
contacts-deleted-on = Wij verwijderen dit op
contacts-back = Terug naar de contacthistorie
contact-moment-title = Contactmoment
contacts-answered-by = Wie hielp u
contacts-answered-by-bot = Een chatbot (een computer), geen mens.
contacts-answered-by-agent = Een medewerker (code { $agent }).
contacts-recorded = Gesprek opgenomen
contacts-recording-deleted-on = Wij verwijderen de opname op
contacts-transcript = Wat er gezegd is
contacts-no-transcript = Van dit contact is geen uitgeschreven tekst.

period-legend = Periode
period-all = Alles
period-month = Afgelopen maand
period-quarter = Afgelopen 3 maanden
period-year = Afgelopen jaar
filter-button = Toon
pages-label = Pagina's
pages-previous = Vorige pagina
pages-next = Volgende pagina
pages-page-of = Pagina { $page } van { $pages }

who-saw-title = Wie zag mijn gegevens
who-saw-intro = Elke keer dat iemand uw gegevens bekijkt of verandert, leggen wij dat vast. Ook als u dat zelf doet. Hier ziet u wanneer, wie, wat en waarom.
who-saw-found = { $count ->
    [0] Niets gevonden in deze periode.
    [one] 1 keer vastgelegd.
   *[other] { $count } keer vastgelegd.
}
who-saw-caption = Wie uw gegevens zag, pagina { $page } van { $pages }
who-saw-when = Wanneer
who-saw-who = Wie
who-saw-what = Wat
who-saw-why = Waarom
who-saw-no-reason = Geen verzoek
who-saw-you = U zelf
who-saw-staff = Een medewerker
who-saw-role-agent = Een medewerker van de klantenservice
who-saw-role-privacy_officer = De functionaris gegevensbescherming
who-saw-role-administrator = Een beheerder
who-saw-system = Het systeem (automatisch)
who-saw-someone-else = Iemand anders
who-saw-question = Klopt er iets niet?
who-saw-question-link = Dien een klacht of verzoek in.

audit-action-other = Uw gegevens gebruikt
audit-action-customer-created = Uw gegevens vastgelegd
audit-action-customer-overview-read = Uw overzicht bekeken
audit-action-customer-data-read = Al uw gegevens bekeken
audit-action-customer-profile-read = Uw naam en contactgegevens bekeken
audit-action-customer-profile-corrected = Uw gegevens gewijzigd
audit-action-customer-email-changed = Uw e-mailadres veranderd
audit-action-customer-contacts-read = Uw contacthistorie bekeken
audit-action-customer-contact-read = Een contactmoment bekeken
audit-action-customer-contact-denied = Geprobeerd een contactmoment te zien dat niet bestaat of niet van u is
audit-action-customer-audit-read = Deze lijst bekeken
audit-action-customer-sessions-read = Uw apparaten en inlogpogingen bekeken
audit-action-customer-consent-read = Uw toestemmingen bekeken
audit-action-customer-consent-changed = Uw toestemming of bezwaar veranderd
audit-action-customer-export-json = Uw gegevens gedownload (JSON)
audit-action-customer-export-zip = Uw gegevens gedownload (CSV in ZIP)
audit-action-customer-export-tables = Uw gegevens gedownload (tabellen voor Excel)
audit-action-customer-requests-read = Uw verzoeken bekeken
audit-action-customer-request-read = Een verzoek bekeken
audit-action-customer-request-created = Een verzoek ingediend
audit-action-customer-request-cancelled = Een verzoek ingetrokken
audit-action-customer-request-denied = Geprobeerd een verzoek te zien dat niet bestaat of niet van u is

consent-title = Toestemming en bezwaar
consent-intro = U kiest zelf waarvoor wij uw gegevens gebruiken. Intrekken is net zo makkelijk als geven. U kunt altijd weer veranderen.
consent-purposes-heading = Waarvoor u toestemming geeft
consent-question-newsletter = Mogen wij u onze nieuwsbrief en aanbiedingen sturen?
consent-question-customer-research = Mogen wij u vragen mee te doen aan klantonderzoek?
consent-name-newsletter = Nieuwsbrief en aanbiedingen
consent-name-customer-research = Klantonderzoek
consent-name-marketing-objection = Bezwaar tegen reclame
consent-name-do-not-call = Bellen met aanbiedingen
consent-yes = Ja, dat mag
consent-no = Nee, dat mag niet
consent-objections-heading = Bezwaar
consent-objections-intro = Maakt u bezwaar tegen reclame? Dan kunt u niet ook ja zeggen op onze nieuwsbrief en aanbiedingen, of op bellen met aanbiedingen. Dat spreekt elkaar tegen. Kiest u toch beide? Dan vragen wij u om één van de twee te veranderen.
consent-objection-legend = Maakt u bezwaar tegen reclame (direct marketing)?
consent-objection-hint = Dan sturen en bellen wij u geen reclame meer. Wij hoeven daar geen reden voor.
consent-objection-yes = Ja, ik wil geen reclame
consent-objection-no = Nee, ik maak geen bezwaar
consent-do-not-call-legend = Mogen wij u bellen met aanbiedingen?
consent-do-not-call-hint = Kiest u voor niet bellen? Dan zetten wij u op onze bel-me-niet-lijst.
consent-do-not-call-yes = Nee, bel mij niet
consent-do-not-call-no = Ja, u mag mij bellen
consent-at-once = Uw keuze geldt meteen na het opslaan.
consent-save = Opslaan
consent-saved = Opgeslagen. Dit geldt vanaf nu. Dit heeft u veranderd:
consent-saved-nothing = Opgeslagen. U heeft niets veranderd.
consent-changed-item = { $name }: { $answer }
consent-error-choose = Kies ja of nee.
consent-error-conflict-offers = U maakt ook bezwaar tegen reclame. Dan kunnen wij u geen nieuwsbrief en aanbiedingen sturen. Kies hier Nee, of maak geen bezwaar tegen reclame.
consent-error-conflict-calls = U maakt ook bezwaar tegen reclame. Dan bellen wij u niet met aanbiedingen. Kies hier Nee, bel mij niet, of maak geen bezwaar tegen reclame.
consent-history-heading = Eerdere keuzes
consent-history-caption = Uw keuzes over toestemming en bezwaar, het nieuwste eerst
consent-history-none = U heeft nog geen keuzes gemaakt.
consent-history-when = Wanneer
consent-history-purpose = Waarvoor
consent-history-choice = Keuze
consent-history-channel = Hoe
consent-history-version = Versie van de tekst
consent-channel-portal = Op deze website
consent-channel-phone = Telefoon
consent-channel-chat = Chat
consent-channel-email = E-mail
consent-channel-letter = Brief
consent-channel-shop = In de winkel
consent-restored = U werd uitgelogd voordat uw keuzes waren opgeslagen. Wij hebben ze hieronder weer ingevuld. Controleer ze en kies Opslaan.
contact-moment-heading-phone = Telefoongesprek van { $date }
contact-moment-heading-chat = Chat van { $date }
contact-moment-heading-email = E-mail van { $date }
contact-moment-heading-letter = Brief van { $date }
contacts-recording-notice-heard = Aan het begin hoorde u dat wij het gesprek opnamen, en waarom.
contacts-recording-notice-none = U hoorde niet dat het gesprek werd opgenomen.
contacts-recording-consent-given = U zei dat het mocht.
contacts-recording-consent-link = Bekijk uw toestemmingen
contacts-recording-consent-none = U gaf geen toestemming.
my-data-download-all = Al mijn gegevens downloaden
my-data-overview-heading = Overzicht
my-data-overview-caption = Wat wij van u bewaren, waarom en tot wanneer
my-data-col-kind = Soort gegevens
my-data-col-what = Wat precies
my-data-col-why = Waarom
my-data-col-until = Tot wanneer
my-data-details-heading = Per soort
my-data-details-intro = Open een soort om te zien wat wij nu van u hebben, en alles over waarom en hoe lang.
who-saw-filter-who = Van wie
who-saw-filter-others = Anderen dan u
who-saw-filter-everyone = Iedereen, ook uzelf
who-saw-none-but-you = Niemand anders dan uzelf heeft uw gegevens bekeken of veranderd. Kies "Iedereen, ook uzelf" om uw eigen bezoeken te zien.

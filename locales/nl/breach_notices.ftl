# Klanten vertellen over een datalek (issue 12, AVG artikel 34).

## Wat de klant leest: de pagina, de melding bovenaan en de e-mail.
breach-notice-title = Bericht over een datalek
breach-notice-heading = Bericht over een datalek, { $date }
breach-notice-lead = Wij moeten u iets vervelends vertellen. Er is iets misgegaan met uw gegevens bij ons. Hieronder leest u wat er gebeurde en wat u kunt doen.
breach-notice-part-what-happened = Wat is er gebeurd?
breach-notice-part-which-data = Om welke gegevens gaat het?
breach-notice-part-consequences = Wat kan er gebeuren?
breach-notice-part-what-we-did = Wat hebben wij gedaan?
breach-notice-part-what-you-can-do = Wat kunt u doen?
breach-notice-part-questions = Heeft u vragen?
breach-notice-contact = Stel uw vraag aan onze functionaris voor gegevensbescherming. U kunt bellen naar { $phone }. Of stuur een e-mail:
breach-notice-read-heading = Gelezen?
breach-notice-read-intro = Zo lang u dit bericht niet als gelezen markeert, staat het bovenaan uw startpagina.
breach-notice-read-button = Ik heb dit bericht gelezen
breach-notice-read-on = U las dit bericht op { $date }.
breach-notice-back = Terug naar mijn privacy
breach-notice-marked-read = Het bericht staat nu niet meer bovenaan. U vindt het terug bij Mijn gegevens.
breach-notice-banner-heading = Belangrijk bericht over uw gegevens
breach-notice-banner-text = Op { $date } stuurden wij u een bericht over een datalek.
breach-notice-banner-link = Lees het bericht van { $date }
my-data-breach-notices = Berichten over een datalek
my-data-breach-notice-link = Bericht van { $date }

breach-notice-email-subject = Belangrijk bericht van { $organisation } over uw gegevens
breach-notice-email-body = Beste klant,

    Wij moeten u iets vervelends vertellen. Er is bij { $organisation } iets misgegaan met uw gegevens.

    Wat is er gebeurd?
    { $what_happened }

    Om welke gegevens gaat het?
    { $which_data }

    Wat kan er gebeuren?
    { $consequences }

    Wat hebben wij gedaan?
    { $what_we_did }

    Wat kunt u doen?
    { $what_you_can_do }

    Heeft u vragen? Neem contact op met onze functionaris voor gegevensbescherming: { $officer_email } of { $officer_phone }.

    U leest dit bericht ook in uw portaal:
    { $link }

    Met vriendelijke groet,
    { $organisation }

audit-action-customer-notice-read = Een bericht over een datalek bekeken
audit-action-customer-notice-denied = Geprobeerd een bericht te zien dat niet bestaat of niet van u is
audit-action-customer-breach-notice-emailed = Uw e-mailadres gebruikt om u een bericht over een datalek te sturen

## Wat de FG ziet: het formulier, de controle en de voortgang.
breach-notify-title = Klanten informeren over een datalek
breach-notify-heading = Klanten informeren over { $reference }
breach-notify-intro = Is het risico voor klanten hoog? Dan moeten we het hun zelf vertellen. Zij krijgen een e-mail en zien het bericht bovenaan hun portaal.
breach-notify-plain = Schrijf kort en gewoon. Geen moeilijke woorden en geen codes. De klant moet na het lezen weten wat er gebeurde en wat hij kan doen.
breach-notify-only-high-risk = U kunt klanten alleen zo informeren als het besluit "hoog risico" is. Verander eerst het besluit als dat nodig is.
breach-notify-change-decision = Het besluit veranderen
breach-notify-back = Terug naar het datalek
breach-notify-who-heading = Wie krijgt het bericht?
breach-notify-audience = Naar wie gaat het bericht?
breach-notify-audience-list = Deze klanten
breach-notify-audience-list-hint = Plak hieronder hun klantnummers.
breach-notify-audience-all = Alle klanten
breach-notify-audience-all-hint = Iedereen die klant is op het moment dat u verstuurt.
breach-notify-numbers = Klantnummers
breach-notify-numbers-hint = Eén nummer per regel, of met komma's ertussen. Alleen nodig bij "Deze klanten".
breach-notify-text-heading-nl = De tekst in het Nederlands
breach-notify-text-heading-en = De tekst in het Engels
breach-notify-in-nl = in het Nederlands
breach-notify-in-en = in het Engels
breach-notify-part-label = { $part } ({ $language })
breach-notice-part-what-happened-hint = Wat ging er mis, en wanneer?
breach-notice-part-which-data-hint = Bijvoorbeeld: uw naam, adres en klantnummer.
breach-notice-part-consequences-hint = Wat kan iemand met deze gegevens doen?
breach-notice-part-what-we-did-hint = Wat deden we om het te stoppen, en om het te herstellen?
breach-notice-part-what-you-can-do-hint = Bijvoorbeeld: let op e-mails die om uw wachtwoord vragen.
breach-notify-contact-heading = Contact
breach-notify-contact-intro = Onder elk bericht staan uw gegevens als FG, zodat klanten u kunnen bereiken:
breach-notify-button = Bekijk het bericht

breach-notice-error-not-high-risk = Het besluit is niet "hoog risico". Dan informeren we klanten niet zo.
breach-notice-error-audience = Kies naar wie het bericht gaat.
breach-notice-error-numbers = Plak minstens één klantnummer, of kies "Alle klanten".
breach-notice-error-empty = Schrijf dit deel van het bericht.
breach-notice-error-too-long = Dit deel is te lang. Maak het korter (hoogstens 2000 tekens).

breach-notice-page-title = Bericht aan klanten
breach-notice-check-heading = Bericht over { $reference } nakijken
breach-notice-sent-heading = Bericht over { $reference }
breach-notice-check-intro = Zo ziet de klant het bericht. Klopt alles? Verstuur het dan onderaan.
breach-notice-to = Naar
breach-notice-audience-all = { $count ->
    [one] Alle klanten (nu 1 klant)
   *[other] Alle klanten (nu { $count } klanten)
}
breach-notice-audience-list = { $count ->
    [one] 1 klant
   *[other] { $count } klanten
}
breach-notice-not-used = Niet gebruikt
breach-notice-not-used-intro = Met deze nummers vonden we geen klant om te informeren. Kijk of u ze goed overnam.
breach-notice-preview-nl = Het bericht in het Nederlands
breach-notice-preview-en = Het bericht in het Engels
breach-notice-send-heading = Versturen
breach-notice-send-warning = Na het versturen kunt u het bericht niet meer veranderen of terughalen. Elke klant krijgt één e-mail.
breach-notice-send-button = { $count ->
    [one] Verstuur naar 1 klant
   *[other] Verstuur naar { $count } klanten
}
breach-notice-change = Het bericht veranderen
breach-notice-sending-started = Het bericht is verstuurd. De klanten zien het nu in hun portaal. De e-mails gaan de komende minuten de deur uit.
breach-notice-sent-at = Verstuurd op
breach-notice-progress = E-mails
breach-notice-progress-sending = Bezig: { $mailed } van { $customers } e-mails verstuurd.
breach-notice-progress-done = Klaar: { $mailed } van { $customers } e-mails verstuurd.
breach-notice-progress-unconfirmed = { $count ->
    [one] Van 1 e-mail weten we niet zeker of hij verstuurd is: het versturen stopte op dat moment. We sturen hem niet nog eens, zodat niemand twee e-mails krijgt. De klant ziet het bericht wel in het portaal.
   *[other] Van { $count } e-mails weten we niet zeker of ze verstuurd zijn: het versturen stopte op dat moment. We sturen ze niet nog eens, zodat niemand twee e-mails krijgt. De klanten zien het bericht wel in het portaal.
}
breach-notice-read = Gelezen
breach-notice-read-count = { $count ->
    [one] 1 klant markeerde het als gelezen
   *[other] { $count } klanten markeerden het als gelezen
}
breach-notice-check-again = Kijk opnieuw hoe ver het is
breach-notices-heading = Klanten informeren
breach-notices-none = Er is nog geen bericht aan klanten.
breach-notices-write = Schrijf een bericht aan klanten
breach-notices-only-high-risk = Bij een hoog risico schrijft u hier een bericht aan de klanten.
breach-notices-state-draft = Nog niet verstuurd
breach-notices-state-sending = Bezig met versturen
breach-notices-state-sent = Verstuurd
breach-notices-item = Bericht van { $date }
breach-event-customers-notified = Klanten geïnformeerd
my-data-none = Geen
who-saw-for-breach-notice = Voor het bericht over een datalek dat wij u stuurden

# De kant van de medewerkers bij verzoeken: de lijst, één verzoek, de acties.

## Hoe een verzoek ervoor staat, en de termijn (altijd in woorden)
staff-state-new = Nieuw, nog niemand werkt eraan
staff-state-in-progress = In behandeling
staff-state-waiting = Wacht op de klant
staff-state-awaiting-approval = Wacht op de FG
staff-state-extended = Verlengd
staff-state-completed = Beantwoord
staff-state-refused = Geweigerd
staff-state-withdrawn = Ingetrokken door de klant
staff-deadline = { $date }: { $left }
staff-due-today = vandaag is de laatste dag
staff-days-left = { $days ->
    [one] nog 1 dag
   *[other] nog { $days } dagen
}
staff-days-overdue = { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
staff-assignee-nobody = Nog niemand
staff-assignee-you = U
staff-assignee-unknown = Een oud-medewerker
staff-yes = Ja
staff-no = Nee
staff-language-nl = Nederlands
staff-language-en = Engels

## De lijst
staff-queue-title = Verzoeken
staff-queue-open = { $count ->
    [one] 1 open
   *[other] { $count } open
}
staff-queue-overdue = { $count ->
    [0] geen te laat
    [one] 1 te laat
   *[other] { $count } te laat
}
staff-queue-found = { $count ->
    [0] Geen verzoeken met deze keuzes.
    [one] 1 verzoek met deze keuzes.
   *[other] { $count } verzoeken met deze keuzes.
}
staff-queue-caption = Verzoeken, eerste termijn bovenaan (pagina { $page } van { $pages })
staff-queue-reference = Kenmerk
staff-queue-kind = Soort
staff-queue-state = Stand van zaken
staff-queue-received = Ontvangen
staff-queue-due = Antwoord uiterlijk
staff-queue-assignee = Behandelaar
staff-queue-pick = Kies { $reference }
staff-queue-pick-hint = Vink de verzoeken aan die u wilt oppakken. Kies dan "Aan mij toewijzen".
staff-queue-assign-button = Aan mij toewijzen
staff-queue-assigned = { $count ->
    [0] Er zijn geen verzoeken aan u toegewezen.
    [one] 1 verzoek is nu aan u toegewezen.
   *[other] { $count } verzoeken zijn nu aan u toegewezen.
}
staff-queue-assigned-changed = { $count ->
    [one] 1 verzoek was intussen veranderd. Dat is gebleven zoals het was.
   *[other] { $count } verzoeken waren intussen veranderd. Die zijn gebleven zoals ze waren.
}
staff-filter-state = Toon
staff-filter-state-open = Alle open verzoeken
staff-filter-state-new = Nieuw, nog niemand werkt eraan
staff-filter-state-in-progress = In behandeling
staff-filter-state-waiting = Wacht op de klant
staff-filter-state-awaiting-approval = Wacht op de FG
staff-filter-state-extended = Verlengd
staff-filter-state-closed = Afgesloten
staff-filter-kind = Soort verzoek
staff-filter-kind-all = Alle soorten
staff-filter-assigned = Behandelaar
staff-filter-assigned-anyone = Iedereen
staff-filter-assigned-mine = Ik
staff-filter-assigned-nobody = Nog niemand
staff-filter-due-within = Termijn binnen (dagen)
staff-filter-due-within-hint = Bijvoorbeeld 7. Laat leeg voor elke datum.
staff-filter-due-within-error = Vul een aantal dagen in van 0 tot 366, of laat het leeg
staff-assign-many-title = Verzoeken aan uzelf toewijzen
staff-assign-many-lead = { $count ->
    [one] U gaat dit verzoek oppakken:
   *[other] U gaat deze { $count } verzoeken oppakken:
}
staff-assign-many-none = Geen van de aangevinkte verzoeken kan aan u worden toegewezen. Ze zijn misschien afgesloten, of al van u of van een collega.
staff-assign-many-button = Ja, wijs ze aan mij toe
staff-back-to-queue = Terug naar de verzoeken
staff-back-to-request = Terug naar het verzoek

## Eén verzoek
staff-request-page-title = Verzoek
staff-request-title = Verzoek { $reference }
staff-request-kind = Soort
staff-request-state = Stand van zaken
staff-request-received = Ontvangen
staff-request-due = Antwoord uiterlijk
staff-request-original-due = Eerste datum
staff-request-assignee = Behandelaar
staff-request-waiting-since = Vraag aan de klant gesteld op
staff-request-clock-runs = (de termijn loopt door)
staff-request-closed = Afgesloten
staff-request-details-heading = Wat de klant schreef
staff-request-no-details = De klant gaf geen uitleg. Bij een verzoek om gegevens in te zien is dat ook niet nodig.
staff-request-extension-reason = Reden voor meer tijd
staff-request-colleagues = Een collega behandelt dit verzoek. Alleen die collega en de FG zien wat de klant schreef en de gegevens van de klant.
staff-request-read-only = Dit verzoek is afgesloten. U kunt het niet meer veranderen.
staff-actions-heading = Wat u kunt doen
staff-proposal-heading = Voorstel dat wacht op de FG
staff-proposal-extend = { $months ->
    [one] De termijn 1 maand verlengen.
   *[other] De termijn { $months } maanden verlengen.
}
staff-proposal-refuse = Het verzoek weigeren: { $reason }
staff-proposal-by = Voorgesteld door { $who } op { $when }.
staff-data-heading = Gegevens van de klant voor dit verzoek
staff-data-intro = U ziet alleen de delen die nodig zijn voor deze soort verzoek. Elk deel gaat pas open als u erom vraagt. Dat wordt vastgelegd met kenmerk { $reference } als reden. De klant ziet dat bij "Wie zag mijn gegevens".
staff-data-not-yours = Wijs dit verzoek aan uzelf toe om de gegevens van de klant te zien.
staff-data-erased = De gegevens van de klant zijn gewist. Er is alleen nog wat wij van de wet moeten bewaren.
staff-part-identity = Naam en contactgegevens
staff-part-identity-show = Toon naam en contactgegevens voor dit verzoek
staff-part-interactions = Contactgeschiedenis
staff-part-interactions-show = Toon contactgeschiedenis voor dit verzoek
staff-part-consents = Toestemmingen en bezwaren
staff-part-consents-show = Toon toestemmingen en bezwaren voor dit verzoek
staff-part-billing = Facturen en betalingen
staff-part-billing-show = Toon facturen en betalingen voor dit verzoek
staff-field-customer-number = Klantnummer
staff-field-name = Naam
staff-field-email = E-mailadres
staff-field-phone = Telefoonnummer
staff-field-address = Adres
staff-field-birth-date = Geboortedatum
staff-field-language = Taal
staff-contacts-count = { $count ->
    [0] Geen contacten.
    [one] 1 contact in totaal.
   *[other] { $count } contacten in totaal. U ziet de nieuwste 20.
}
staff-contacts-caption = Nieuwste contacten
staff-contacts-when = Wanneer
staff-contacts-how = Hoe
staff-contacts-subject = Onderwerp
staff-consents-do-not-call = Niet bellen
staff-consents-objection = Bezwaar tegen reclame sinds
staff-consents-restricted = Gebruik beperkt sinds
staff-consents-caption = Geschiedenis van toestemmingen, nieuwste eerst
staff-consents-when = Wanneer
staff-consents-purpose = Doel
staff-consents-choice = Keuze
staff-consents-given = Gegeven
staff-consents-withdrawn = Ingetrokken
staff-invoices-caption = { $count ->
    [one] 1 factuur
   *[other] { $count } facturen
}
staff-invoices-number = Nummer
staff-invoices-date = Datum
staff-invoices-amount = Bedrag
staff-payments-count = { $count ->
    [0] Geen betalingen.
    [one] 1 betaling.
   *[other] { $count } betalingen.
}
staff-history-heading = Geschiedenis
staff-history-caption = Elke stap van dit verzoek, oudste eerst
staff-history-when = Wanneer
staff-history-who = Wie
staff-history-what = Wat er gebeurde
staff-history-customer = De klant
staff-history-system = Het portaal
staff-event-internal = (intern, de klant ziet dit niet)
staff-event-received = Verzoek ontvangen.
staff-event-in-progress = Opgepakt.
staff-event-assigned = Aan iemand anders gegeven.
staff-event-asked = De klant om informatie gevraagd.
staff-event-replied = De klant gaf antwoord.
staff-event-extension-proposed = Voorgesteld om de termijn te verlengen.
staff-event-refusal-proposed = Voorgesteld om het verzoek te weigeren.
staff-event-proposal-rejected = De FG keurde het voorstel niet goed.
staff-event-extended = Termijn verlengd.
staff-event-completed = Beantwoord.
staff-event-refused = Geweigerd.
staff-event-withdrawn = Ingetrokken door de klant.
staff-notes-heading = Interne notities
staff-notes-hint = De klant ziet notities niet op de pagina van het verzoek. Notities over iemand zijn wel persoonsgegevens van die persoon. Daarom zitten ze in de download van de klant.
staff-notes-none = Nog geen notities.
staff-done-assign = Het verzoek is toegewezen.
staff-done-ask = Uw vraag is naar de klant gestuurd.
staff-done-extend = Gedaan. Verlengt een medewerker de termijn? Dan geldt dat pas als de FG het goedkeurt.
staff-done-refuse = Gedaan. Weigert een medewerker een verzoek? Dan geldt dat pas als de FG het goedkeurt.
staff-done-decide = Uw besluit is opgeslagen.
staff-done-complete = Het verzoek is beantwoord. De klant krijgt bericht.
staff-done-note = Uw notitie is opgeslagen.

## De acties
staff-action-for = Verzoek { $reference }: { $kind }
staff-action-page-title = Actie bij een verzoek
staff-action-assign-link = Toewijzen of overdragen
staff-action-assign-title = Het verzoek toewijzen
staff-action-assign-intro = Kies wie dit verzoek behandelt. Die persoon ziet de gegevens van de klant die voor dit verzoek nodig zijn.
staff-action-assign-to = Toewijzen aan
staff-action-assign-to-missing = Kies wie het verzoek behandelt
staff-action-assign-only-yourself = Een nieuw verzoek kunt u alleen zelf oppakken. De FG kan het aan iemand anders geven.
staff-action-assign-button = Toewijzen
staff-action-assign-text = Notitie
staff-action-assign-text-hint = Wordt niet gebruikt.
staff-action-assign-text-missing = Wordt niet gebruikt.
staff-action-assign-confirm = Toewijzen
staff-action-ask-link = De klant om informatie vragen
staff-action-ask-title = De klant om informatie vragen
staff-action-ask-intro = De klant ziet uw vraag op de pagina van het verzoek en krijgt hem per e-mail. De termijn loopt door terwijl u wacht. De wet telt vanaf de dag dat het verzoek binnenkwam.
staff-action-ask-text = Uw vraag
staff-action-ask-text-hint = Schrijf in gewone taal. Zeg wat u nodig heeft en waarom.
staff-action-ask-text-missing = Vul uw vraag in
staff-action-ask-button = Verder
staff-action-ask-confirm = De vraag versturen
staff-action-extend-link = De termijn verlengen
staff-action-extend-title = De termijn verlengen
staff-action-extend-intro = U kunt één keer verlengen, met maximaal 2 maanden, en alleen vóór de eerste datum. Geef de reden: de klant krijgt die te lezen. Verlengt een medewerker? Dan geldt het pas als de FG het goedkeurt.
staff-action-extend-months = Verlengen met
staff-action-extend-months-hint = Geteld vanaf de dag dat het verzoek binnenkwam: samen maximaal 3 maanden.
staff-action-extend-months-option = { $months ->
    [one] 1 maand
   *[other] { $months } maanden
}
staff-action-extend-new-date = Nieuwe datum: { $date }
staff-action-extend-months-missing = Kies 1 of 2 maanden
staff-action-extend-text = Reden voor meer tijd
staff-action-extend-text-hint = Bijvoorbeeld: het verzoek is ingewikkeld, of wij kregen veel verzoeken. De klant leest dit.
staff-action-extend-text-missing = Vul de reden in
staff-action-extend-button = Verder
staff-action-extend-confirm = De termijn verlengen
staff-action-refuse-link = Het verzoek weigeren
staff-action-refuse-title = Het verzoek weigeren
staff-action-refuse-intro = Een weigering heeft een reden nodig. De klant krijgt de reden te horen. En dat de klant een klacht kan indienen bij de toezichthouder, en naar de rechter kan gaan. Weigert een medewerker? Dan geldt het pas als de FG het goedkeurt.
staff-action-refuse-reason = Reden
staff-action-refuse-reason-missing = Kies de reden van de weigering
staff-action-refuse-text = Uitleg voor de klant
staff-action-refuse-text-hint = Leg in gewone taal uit waarom. De klant leest dit.
staff-action-refuse-text-missing = Vul de uitleg voor de klant in
staff-action-refuse-button = Verder
staff-action-refuse-confirm = Het verzoek weigeren
staff-refusal-reason-unfounded-or-excessive = Duidelijk ongegrond of overdreven (bijvoorbeeld steeds hetzelfde verzoek)
staff-refusal-reason-identity-not-established = Wij weten niet zeker wie het vraagt
staff-refusal-reason-legal-exception = Een wet staat het niet toe
staff-action-decide-link = Besluiten over het voorstel
staff-action-decide-title = Besluiten over het voorstel
staff-action-decide-intro = Een medewerker deed dit voorstel. Het geldt pas als u het goedkeurt. Keurt u het niet goed? Dan verandert er niets voor de klant.
staff-action-decide-legend = Uw besluit
staff-action-decide-approve = Goedkeuren
staff-action-decide-reject = Niet goedkeuren
staff-action-decide-missing = Kies of u het goedkeurt
staff-action-decide-text = Notitie voor de medewerker
staff-action-decide-text-hint = Nodig als u het niet goedkeurt: zeg waarom. De klant ziet dit niet.
staff-action-decide-text-missing = Zeg waarom u het niet goedkeurt
staff-action-decide-button = Verder
staff-action-decide-confirm = Mijn besluit opslaan
staff-action-complete-link = Antwoorden en afsluiten
staff-action-complete-title = Het verzoek beantwoorden
staff-action-complete-intro = Uw antwoord komt op de pagina van het verzoek en gaat per e-mail naar de klant. Daarna is het verzoek afgesloten.
staff-action-complete-text = Uw antwoord aan de klant
staff-action-complete-text-hint = Schrijf in gewone taal wat u heeft gedaan.
staff-action-complete-text-missing = Vul uw antwoord aan de klant in
staff-action-complete-birth-date = Nieuwe geboortedatum
staff-action-complete-birth-date-hint = Alleen als de klant vroeg om die te wijzigen. Bijvoorbeeld 17-04-1986. Laat anders leeg.
staff-action-complete-birth-date-invalid = Vul een echte geboortedatum in, niet in de toekomst
staff-action-complete-button = Verder
staff-action-complete-confirm = Antwoord versturen en afsluiten
staff-complete-effect-access = De klant krijgt een link om al zijn gegevens te downloaden.
staff-complete-effect-rectification = Vult u een nieuwe geboortedatum in? Dan wordt die opgeslagen bij de klant.
staff-complete-effect-erasure = De gegevens van de klant worden gewist, net als wanneer de klant het zelf doet. Wat wij van de wet moeten bewaren, blijft.
staff-complete-effect-restriction = De gegevens van de klant krijgen een beperking: wij bewaren ze alleen nog.
staff-complete-effect-objection = Het bezwaar van de klant tegen reclame wordt vastgelegd.
staff-complete-effect-complaint = Uw antwoord wordt bij de klacht vastgelegd.
staff-action-note-link = Een interne notitie maken
staff-action-note-title = Een interne notitie maken
staff-action-note-intro = De klant ziet notities niet op de pagina van het verzoek. Notities over iemand zijn wel persoonsgegevens van die persoon. Daarom zitten ze in de download van de klant.
staff-action-note-text = Notitie
staff-action-note-text-hint = Schrijf feiten op, geen meningen.
staff-action-note-text-missing = Vul uw notitie in
staff-action-note-button = Notitie opslaan
staff-action-note-confirm = Notitie opslaan
staff-action-text-too-long = De tekst is te lang: maximaal 5.000 tekens

## De controlepagina en weigeringen
staff-check-title = Controleer voordat u verdergaat
staff-check-question = Vraag
staff-check-told = De klant
staff-check-told-email-and-page = krijgt bericht per e-mail en op de pagina van het verzoek
staff-check-told-refusal = krijgt bericht per e-mail en op de pagina van het verzoek. Met het recht om te klagen bij de toezichthouder en naar de rechter te gaan.
staff-check-after-approval = krijgt pas bericht als de FG het goedkeurt
staff-check-deadline = Termijn
staff-check-deadline-stays = Blijft { $date }. Een vraag stelt de termijn niet uit.
staff-check-new-date = Nieuwe datum
staff-check-reason = Reden
staff-check-refusal-reason = Reden
staff-check-explanation = Uitleg
staff-check-decision = Besluit
staff-check-note = Notitie
staff-check-answer = Antwoord
staff-check-effect = Wat er gebeurt
staff-check-warning-prefix = Let op:
staff-check-warning-final = Dit kunt u niet ongedaan maken.
staff-check-warning-approve = Dit geldt meteen en de klant krijgt bericht. U kunt het niet ongedaan maken.
staff-check-warning-erase = Hiermee wist u de gegevens van de klant. U kunt het niet ongedaan maken.
staff-check-change = Wijzigen
staff-stale-title = Het verzoek is veranderd
staff-stale-text = Iemand veranderde dit verzoek nadat u het formulier opende. Of u verstuurde het formulier twee keer. Er is niets gedaan. Bekijk het verzoek opnieuw.
staff-not-allowed-title = Dit kan nu niet
staff-not-allowed-closed = Dit verzoek is afgesloten. U kunt het niet meer veranderen.
staff-not-allowed-not-yours = Dit verzoek is aan iemand anders toegewezen.
staff-not-allowed-proposal-pending = Er wacht een voorstel voor dit verzoek op de FG. Daarover moet eerst besloten worden.
staff-not-allowed-no-proposal = Er is geen voorstel om over te besluiten.
staff-not-allowed-only-officer = Alleen de FG besluit over voorstellen.
staff-not-allowed-extended-already = De termijn is al verlengd. Dat kan maar één keer.
staff-not-allowed-past-due-date = De eerste datum is voorbij. U kunt alleen verlengen vóór die datum.
staff-not-allowed-too-long = Verlengen kan met 1 of 2 maanden.
staff-not-allowed-erased = De gegevens van de klant zijn gewist. Dit kan daarom niet meer.

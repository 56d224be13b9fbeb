# De kant van de klant als medewerkers een verzoek behandelen: vragen, meer tijd,
# weigeringen, antwoorden, en de e-mails daarover.
request-status-waiting = Wacht op uw antwoord
request-event-asked = Wij hebben u om informatie gevraagd.
request-event-replied = U heeft onze vraag beantwoord.
request-question-heading = Wij hebben informatie van u nodig
request-question-clock = Wij antwoorden nog steeds uiterlijk op { $date }. De wet telt de tijd vanaf de dag dat uw verzoek binnenkwam.
request-reply-link = Onze vraag beantwoorden
request-reply-title = Onze vraag beantwoorden
request-reply-lead = Over verzoek { $reference }.
request-reply-label = Uw antwoord
request-reply-hint = Schrijf op wat wij vroegen. Stuur geen wachtwoorden.
request-reply-button = Mijn antwoord versturen
request-reply-missing = Vul uw antwoord in
request-reply-too-long = Uw antwoord is te lang: het mag maximaal { $max } tekens zijn
request-reply-sent = Dank u wel. Wij hebben uw antwoord ontvangen.
request-answer-heading = Ons antwoord
request-answer-download = Al uw gegevens downloaden
request-refusal-reason-unfounded-or-excessive = Uw verzoek is duidelijk ongegrond of overdreven. Bijvoorbeeld omdat u vaak hetzelfde vroeg.
request-refusal-reason-identity-not-established = Wij konden niet vaststellen dat u de persoon bent over wie de gegevens gaan.
request-refusal-reason-legal-exception = Een wet staat niet toe dat wij doen wat u vroeg.
who-saw-for-request = Voor uw verzoek { $reference }
audit-action-staff-request-read = Heeft uw verzoek gelezen
audit-action-staff-customer-identity-read = Heeft uw naam en contactgegevens bekeken
audit-action-staff-customer-interactions-read = Heeft uw contactgeschiedenis bekeken
audit-action-staff-customer-consents-read = Heeft uw toestemmingen en bezwaren bekeken
audit-action-staff-customer-billing-read = Heeft uw facturen en betalingen bekeken
audit-action-staff-request-in-progress = Is met uw verzoek begonnen
audit-action-staff-request-assigned = Heeft uw verzoek aan een collega gegeven
audit-action-staff-request-asked = Heeft u een vraag gesteld over uw verzoek
audit-action-staff-request-extension-proposed = Heeft voorgesteld om meer tijd te nemen voor uw verzoek
audit-action-staff-request-refusal-proposed = Heeft voorgesteld om uw verzoek te weigeren
audit-action-staff-request-proposal-rejected = Heeft een voorstel over uw verzoek niet goedgekeurd
audit-action-staff-request-extended = Heeft meer tijd genomen voor uw verzoek
audit-action-staff-request-completed = Heeft uw verzoek beantwoord
audit-action-staff-request-refused = Heeft uw verzoek geweigerd
audit-action-staff-request-note = Heeft een notitie over uw verzoek gemaakt
audit-action-customer-request-replied = Heeft een vraag over een verzoek beantwoord
audit-action-customer-processing-restricted = Heeft het gebruik van uw gegevens beperkt
audit-action-customer-erased = Heeft uw gegevens gewist

request-email-asked-subject = Wij hebben informatie nodig voor uw verzoek { $reference }
request-email-asked-body = Beste klant,

    Wij werken aan uw verzoek { $reference } ({ $kind }). Wij hebben informatie van u nodig:

    { $text }

    Geef uw antwoord op de pagina van uw verzoek:
    { $link }

    Wij antwoorden nog steeds uiterlijk op { $date }.

    Met vriendelijke groet,
    { $organisation }
request-email-extended-subject = Wij hebben meer tijd nodig voor uw verzoek { $reference }
request-email-extended-body = Beste klant,

    Wij hebben meer tijd nodig om uw verzoek { $reference } ({ $kind }) te beantwoorden. De wet staat dat toe als een verzoek ingewikkeld is, of als wij veel verzoeken krijgen.

    De reden: { $text }

    Wij antwoorden uiterlijk op { $date }. Hier kunt u uw verzoek volgen:
    { $link }

    Met vriendelijke groet,
    { $organisation }
request-email-refused-subject = Wij hebben uw verzoek { $reference } afgewezen
request-email-refused-body = Beste klant,

    Wij hebben uw verzoek { $reference } ({ $kind }) afgewezen.

    { $reason }

    Onze uitleg: { $text }

    Bent u het hier niet mee eens? Dan kunt u een klacht indienen bij de { $authority }: { $authority_link }
    U kunt ook naar de rechter gaan.

    U kunt dit nog eens lezen op de pagina van uw verzoek:
    { $link }

    Met vriendelijke groet,
    { $organisation }
request-email-completed-subject = Wij hebben uw verzoek { $reference } beantwoord
request-email-completed-body = Beste klant,

    Wij hebben uw verzoek { $reference } ({ $kind }) afgerond.

    Ons antwoord: { $text }
    { $extra }
    U kunt dit nog eens lezen op de pagina van uw verzoek:
    { $link }

    Met vriendelijke groet,
    { $organisation }
request-email-completed-download = Hier kunt u al uw gegevens downloaden: { $link }

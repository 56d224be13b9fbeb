# Verzoeken: een verzoek indienen, de lijst, één verzoek, intrekken, de bevestiging per e-mail.

requests-title = Mijn verzoeken
requests-intro = Hier ziet u de verzoeken over uw gegevens die u bij ons heeft ingediend. Wij antwoorden binnen een maand. Hebben wij meer tijd nodig? Dan vertellen wij u waarom.
requests-new-link = Een nieuw verzoek indienen
requests-none = U heeft nog geen verzoeken ingediend.
requests-caption = Uw verzoeken. Open verzoeken staan bovenaan.
requests-header-reference = Kenmerk
requests-header-kind = Soort verzoek
requests-header-received = Ontvangen op
requests-header-due = Antwoord uiterlijk op
requests-header-status = Status
requests-due-extended = { $date } (verlengd)
requests-back-link = Naar al uw verzoeken

request-kind-access = Inzage in mijn gegevens
request-kind-access-hint = U wilt weten welke gegevens wij van u hebben en wat wij ermee doen.
request-kind-rectification = Mijn gegevens wijzigen
request-kind-rectification-hint = Er klopt iets niet in uw gegevens en u wilt dat wij het wijzigen.
request-kind-erasure = Mijn gegevens verwijderen
request-kind-erasure-hint = U wilt dat wij gegevens over u wissen.
request-kind-restriction = Mijn gegevens een tijd niet laten gebruiken
request-kind-restriction-hint = U wilt dat wij uw gegevens een tijd niet gebruiken, bijvoorbeeld terwijl wij iets nakijken.
request-kind-objection = Bezwaar maken tegen hoe wij uw gegevens gebruiken
request-kind-objection-hint = U wilt dat wij stoppen met een manier waarop wij uw gegevens gebruiken.
request-kind-complaint = Een klacht
request-kind-complaint-hint = U bent niet tevreden over hoe wij met uw gegevens omgaan.

request-status-received = Ontvangen
request-status-in-progress = In behandeling
request-status-extended = Verlengd
request-status-completed = Afgerond
request-status-refused = Afgewezen
request-status-withdrawn = Ingetrokken

request-new-title = Een verzoek indienen
request-new-intro = Met een verzoek vraagt u ons iets te doen met uw gegevens. Dat is uw recht volgens de AVG, de Europese privacywet. Wij antwoorden binnen een maand.
request-new-restored = Wij hebben onthouden wat u had ingevuld voordat u werd uitgelogd. Controleer het en verstuur het opnieuw.
request-kind-legend = Wat wilt u vragen?
request-kind-error = Kies wat u wilt vragen.
request-details-label = Waar gaat het over?
request-details-hint = Schrijf in uw eigen woorden wat u wilt, bijvoorbeeld om welke gegevens het gaat. Bij inzage mag u dit leeg laten. Gebruik niet meer dan { $max } tekens.
request-details-error-missing = Schrijf waar uw verzoek over gaat.
request-details-error-too-long = Uw tekst is te lang. Gebruik niet meer dan { $max } tekens. Nu zijn het er { $count }.
request-details-error-control = Uw tekst bevat tekens die wij niet kunnen lezen. Haal ze weg en probeer het opnieuw.
request-new-button = Verzoek versturen

request-sent-title = Uw verzoek is verstuurd
request-sent-reference = Uw kenmerk is
request-sent-next-heading = Wat gebeurt er nu?
request-sent-email = Wij hebben u een e-mail gestuurd met uw kenmerk.
request-sent-due = Wij antwoorden uiterlijk op { $date }.
request-sent-extension = Hebben wij meer tijd nodig? Dan vertellen wij u dat vóór die datum, en waarom.
request-sent-follow = Op de pagina van uw verzoek ziet u altijd hoe het ervoor staat.
request-view-link = Bekijk uw verzoek

request-title = Uw verzoek
request-field-reference = Kenmerk
request-field-kind = Soort verzoek
request-field-status = Status
request-field-received = Ontvangen op
request-field-due = Antwoord uiterlijk op
request-field-extended = Nieuwe datum voor het antwoord
request-field-extension-reason = Waarom wij meer tijd nodig hebben
request-field-closed = Afgesloten op
request-field-details = Wat u schreef
request-refused-heading = Wij hebben uw verzoek afgewezen
request-refused-reason = Dit is de reden:
request-complain-heading = Bent u het hier niet mee eens?
request-complain-text = Dan mag u een klacht indienen bij de { $authority }. Die houdt toezicht op hoe organisaties met persoonsgegevens omgaan. U mag ook naar de rechter gaan.
request-complain-link = Een klacht indienen bij de { $authority }
request-history-heading = Wat er is gebeurd
request-history-caption = De geschiedenis van uw verzoek, de oudste stap eerst
request-history-when = Datum
request-history-what = Wat er gebeurde
request-event-received = Wij hebben uw verzoek ontvangen.
request-event-in-progress = Wij zijn met uw verzoek bezig.
request-event-extended = Wij hebben meer tijd nodig. De datum voor het antwoord is later.
request-event-completed = Wij hebben uw verzoek afgerond.
request-event-refused = Wij hebben uw verzoek afgewezen.
request-event-withdrawn = U heeft uw verzoek ingetrokken.
request-cancel-link = Dit verzoek intrekken
request-cancelled-notice = U heeft uw verzoek ingetrokken. Wij doen er niets meer mee.

request-cancel-title = Wilt u uw verzoek intrekken?
request-cancel-what = Als u uw verzoek intrekt, stoppen wij ermee. Dat kunt u niet terugdraaien. U kunt later wel een nieuw verzoek indienen.
request-cancel-button = Ja, trek mijn verzoek in
request-cancel-back = Nee, terug naar mijn verzoek

request-closed-title = Dit verzoek is al afgesloten
request-closed-text = U kunt verzoek { $reference } niet meer intrekken. Het is al afgerond, afgewezen of ingetrokken.

request-email-subject = Wij hebben uw verzoek ontvangen ({ $reference })
request-email-body = Goedendag,

    Wij hebben uw verzoek ontvangen op { $received }. Uw kenmerk is { $reference }.

    Soort verzoek: { $kind }

    Wij antwoorden uiterlijk op { $due }. Hebben wij meer tijd nodig? Dan vertellen wij u dat vóór die datum, en waarom.

    Hier ziet u hoe het ervoor staat: { $link }

    Met vriendelijke groet,
    { $organisation }

# Het register van datalekken (issue 12).

staff-nav-breaches = Datalekken
staff-nav-breach-report = Datalek melden

breach-report-title = Een mogelijk datalek melden
breach-report-intro = Zijn persoonsgegevens kwijt? Of kan iemand ze hebben gezien die dat niet mocht? Meld het hier meteen aan de FG. Ook als u het niet zeker weet.
breach-report-clock = We moeten het binnen 72 uur melden bij de Autoriteit Persoonsgegevens. Nachten en weekenden tellen mee. Wacht dus niet.
breach-report-button = Melding versturen
breach-report-done = Dank u. Uw melding staat in het register als { $reference }. De FG weet het nu.

breach-field-title = Korte titel
breach-field-title-hint = Bijvoorbeeld: laptop kwijt in de trein.
breach-field-what-happened = Wat is er gebeurd?
breach-field-noticed-at = Wanneer merkte u het?
breach-moment-hint = Dag en tijd, bijvoorbeeld 27-11-2026 16:30 (Nederlandse tijd).
breach-field-how-noticed = Hoe merkte u het?
breach-field-affected = Om welke gegevens gaat het, voor zover u weet?
breach-field-affected-hint = Bijvoorbeeld: een lijst met namen en adressen van 200 klanten.

breach-error-title = Geef een korte titel.
breach-error-what-happened = Schrijf op wat er is gebeurd.
breach-error-moment = Schrijf de dag en tijd zo: 27-11-2026 16:30.
breach-error-future = Dit moment ligt in de toekomst.
breach-error-too-long = Deze tekst is te lang. Maak hem korter.
breach-error-number = Schrijf een heel getal, bijvoorbeeld 250.
breach-error-min-max = Het hoogste aantal is kleiner dan het laagste.
breach-error-occurred-order = Het einde ligt voor het begin.
breach-error-aware-needed = Vul in wanneer we het wisten. De 72 uur tellen vanaf dat moment.
breach-error-delay-reasons = De melding kwam na de 72 uur. Schrijf op waarom het later was.
breach-error-no-risk-rationale = Als u niet meldt, moet u zeggen waarom.
breach-error-rationale = Schrijf op waarom u dit besluit.
breach-error-notified-when = Vul in wanneer we het bij de Autoriteit hebben gemeld.
breach-error-status = Kies een status.

breach-email-subject = Mogelijk datalek gemeld: { $reference }
breach-email-body = Hallo,

    Een medewerker heeft een mogelijk datalek gemeld bij { $organisation }. Het staat in het register als { $reference }:

    { $link }

    De 72 uur om het te melden bij de Autoriteit Persoonsgegevens lopen misschien al.

breach-register-title = Register van datalekken
breach-register-intro = Alle datalekken, gemeld of niet. Eerst de open datalekken, daarna de kortste termijn.
breach-register-open = { $count ->
    [0] Geen open datalekken
    [one] 1 open datalek
   *[other] { $count } open datalekken
}
breach-register-report-link = Een nieuw datalek melden
breach-register-empty = Er staan geen datalekken in het register.
breach-register-caption = Datalekken
breach-col-reference = Kenmerk
breach-col-status = Status
breach-col-deadline = Uiterlijk melden bij de Autoriteit
breach-col-clock = Tijd
breach-col-decision = Besluit

breach-status-reported = Gemeld
breach-status-assessing = Wordt beoordeeld
breach-status-notified = Gemeld bij de Autoriteit
breach-status-closed = Afgesloten

breach-decision-none = Nog geen besluit
breach-decision-no-risk = Geen risico: alleen vastleggen
breach-decision-risk = Risico: melden bij de Autoriteit
breach-decision-high-risk = Hoog risico: ook de betrokkenen informeren

breach-clock-left = { $hours ->
    [0] nog minder dan een uur
    [one] nog 1 uur
   *[other] nog { $hours } uur
}
breach-clock-overdue = { $hours ->
    [0] minder dan een uur te laat
    [one] 1 uur te laat
   *[other] { $hours } uur te laat
}
breach-clock-in-time = op tijd gemeld
breach-clock-notified-late = { $hours ->
    [one] 1 uur te laat gemeld
   *[other] { $hours } uur te laat gemeld
}
breach-deadline-provisional = { $deadline } (geteld vanaf de melding, tot het moment van weten is ingevuld)
breach-not-known = nog niet ingevuld
breach-yes = Ja
breach-no = Nee
breach-unknown = Niet bekend

breach-record-title = Datalek
breach-record-heading = { $reference }: { $title }
breach-saved = De wijziging is opgeslagen. U ziet haar hieronder in de geschiedenis.
breach-edit-link = Gegevens van het datalek wijzigen
breach-draft-link = Concept van de melding aan de Autoriteit
breach-back-to-register = Terug naar het register
breach-back-to-record = Terug naar het datalek

breach-section-notification = Melding
breach-section-contact = Contact
breach-section-timeline = Tijdlijn
breach-section-breach = Het datalek
breach-section-data = Persoonsgegevens
breach-section-people = Betrokkenen
breach-section-measures = Maatregelen
breach-section-consequences = Gevolgen en besluit
breach-section-follow-up = Vervolg

breach-contact-name = Functionaris gegevensbescherming (FG)
breach-contact-email = E-mailadres
breach-contact-phone = Telefoonnummer
breach-field-occurred-from = Begonnen op
breach-field-occurred-to = Gestopt op
breach-field-ongoing = Is het lek nog niet gedicht?
breach-field-discovered-at = Ontdekt op
breach-field-aware-at = Geweten op
breach-field-aware-at-hint = Het moment dat we redelijk zeker wisten dat het om persoonsgegevens ging. De 72 uur tellen vanaf hier. Dag en tijd, bijvoorbeeld 27-11-2026 16:30 (Nederlandse tijd).
breach-field-processor-told-at = Een verwerker meldde het ons op
breach-field-ap-notified-at = Gemeld bij de Autoriteit op
breach-field-ap-reference = Kenmerk van de Autoriteit
breach-field-delay-reasons = Waarom de melding later was
breach-field-delay-reasons-hint = Nodig als de melding na de 72 uur kwam.
breach-field-nature = Wat is er geraakt?
breach-nature-confidentiality = Vertrouwelijkheid: iemand kon de gegevens zien
breach-nature-integrity = Juistheid: de gegevens zijn veranderd
breach-nature-availability = Beschikbaarheid: de gegevens waren niet te gebruiken
breach-field-nature-how = Wat is er met de gegevens gebeurd?
breach-how-read = Gelezen
breach-how-copied = Gekopieerd
breach-how-changed = Veranderd
breach-how-deleted = Verwijderd
breach-how-stolen = Gestolen of kwijt
breach-field-categories = Soorten gegevens
breach-field-categories-hint = Uit het register van verwerkingen.
breach-field-records-min = Aantal records, minstens
breach-field-records-max = Aantal records, hoogstens
breach-field-special = Bijzondere gegevens (zoals over gezondheid)?
breach-field-encryption = Waren de gegevens versleuteld? Hoe?
breach-field-subject-categories = Wie zijn de betrokkenen?
breach-field-people-min = Aantal personen, minstens
breach-field-people-max = Aantal personen, hoogstens
breach-field-vulnerable = Zijn er kwetsbare mensen of kinderen bij?
breach-field-consequences = Mogelijke schade voor de betrokkenen
breach-field-severity = Hoe ernstig is het?
breach-field-decision = Besluit
breach-field-decision-hint = Of we het melden bij de Autoriteit, en of we de betrokkenen informeren.
breach-field-rationale = Waarom dit besluit
breach-field-rationale-hint = Altijd nodig. Als u niet meldt, zeg dan waarom.
breach-decided-by = Besloten door
breach-decided-at = Besloten op
breach-field-measures = Maatregelen, genomen of gepland
breach-field-follow-ups = Aanvullingen aan de Autoriteit
breach-field-follow-up = Nieuwe aanvulling aan de Autoriteit
breach-field-follow-up-hint = Alleen als u de Autoriteit meer informatie gaf. Het komt erbij met de tijd van nu.

breach-edit-title = Gegevens van het datalek wijzigen
breach-edit-heading = { $reference } wijzigen
breach-edit-intro = Niets wordt overschreven. Elke keer dat u bewaart, komt in de geschiedenis, met uw naam en de tijd.
breach-edit-button = Opslaan
breach-stale-title = Er is niets opgeslagen
breach-stale-text = Iemand heeft dit datalek gewijzigd nadat u het formulier opende. Of u verstuurde het twee keer. Open het datalek opnieuw voor de nieuwste versie.

breach-history-heading = Geschiedenis
breach-history-intro = Elke wijziging, met wie en wanneer. Er wordt niets verwijderd.
breach-history-caption = Wijzigingen van dit datalek
breach-history-number = Nummer
breach-history-when = Wanneer
breach-history-who = Wie
breach-history-what = Wat
breach-history-changed = Gewijzigd
breach-event-reported = Gemeld
breach-event-updated = Gewijzigd
breach-event-follow-up = Aanvulling aan de Autoriteit
breach-event-first = De melding

breach-draft-title = Concept van de melding aan de Autoriteit
breach-draft-heading = Concept van de melding voor { $reference }
breach-draft-intro = Neem dit over in het meldformulier van de Autoriteit Persoonsgegevens. Druk het af met uw browser.
breach-draft-todo = Nog in te vullen
breach-draft-todo-count = { $count ->
    [one] 1 veld is nog leeg:
   *[other] { $count } velden zijn nog leeg:
}
breach-draft-complete = Alle velden zijn ingevuld.

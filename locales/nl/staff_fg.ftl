# De pagina's van de functionaris gegevensbescherming (issue 11): logboek, register, bewaren.

## Zoeken in het logboek
staff-audit-title = Zoeken in het logboek
staff-audit-intro = Hier staat elke keer dat iemand persoonsgegevens bekeek of veranderde. U ziet wanneer, wie, wat, van welke klant en waarom.
staff-audit-filter-heading = Zoeken
staff-audit-customer = Klantnummer
staff-audit-customer-hint = Alleen cijfers, bijvoorbeeld 100200300.
staff-audit-staff = Medewerker
staff-audit-staff-all = Alle medewerkers en klanten
staff-audit-action = Code van de handeling
staff-audit-action-hint = De precieze code, bijvoorbeeld customer.data.read.
staff-audit-reference = Kenmerk van het verzoek
staff-audit-reference-hint = Bijvoorbeeld AVG-2026-ABC123.
staff-audit-from = Vanaf
staff-audit-to = Tot en met
staff-audit-date-hint = Een datum, bijvoorbeeld 2026-03-12 of 12-03-2026.
staff-audit-search-button = Zoeken
staff-audit-clear = Alles wissen
staff-audit-error-customer-digits = Een klantnummer heeft alleen cijfers
staff-audit-error-customer-unknown = Er is geen klant met dit klantnummer
staff-audit-error-staff = Kies een medewerker uit de lijst
staff-audit-error-from = Vul de datum bij 'vanaf' in zoals 2026-03-12
staff-audit-error-to = Vul de datum bij 'tot en met' in zoals 2026-03-12
staff-audit-error-order = De datum bij 'tot en met' mag niet voor de datum bij 'vanaf' liggen
staff-audit-results-heading = Gevonden
staff-audit-found = { $count ->
    [0] Niets gevonden.
    [one] 1 regel gevonden.
   *[other] { $count } regels gevonden.
}
staff-audit-csv-link = Download deze regels als CSV-bestand
staff-audit-caption = Logboek, pagina { $page } van { $pages }
staff-audit-when = Wanneer
staff-audit-who = Wie
staff-audit-what = Wat
staff-audit-whose = Klant (id)
staff-audit-why = Waarom
staff-audit-no-customer = Geen klant
staff-audit-no-reason = Geen reden opgeschreven
staff-audit-who-customer = De klant
staff-audit-who-staff-unknown = Een oud-medewerker ({ $role })
staff-audit-who-system = Het portaal zelf ({ $job })
staff-audit-verify-heading = Is het logboek nog heel?
staff-audit-verify-never = Het logboek is nog niet gecontroleerd.
staff-audit-verify-intact = Heel.
staff-audit-verify-intact-records = { $count ->
    [one] 1 regel gecontroleerd. Er is niets veranderd, weggehaald of verplaatst.
   *[other] { $count } regels gecontroleerd. Er is niets veranderd, weggehaald of verplaatst.
}
staff-audit-verify-broken = Niet heel.
staff-audit-verify-broken-at = Het logboek klopt niet meer bij regel { $seq }: { $problem }.
staff-audit-problem-missing = er ontbreekt een regel
staff-audit-problem-link = de koppeling met de regel ervoor klopt niet
staff-audit-problem-changed = de regel is veranderd
staff-audit-verify-when = Laatst gecontroleerd: { $moment }.
staff-audit-verify-button = Nu controleren
staff-audit-csv-seq = Nummer
staff-audit-csv-at = Tijd (UTC)
staff-audit-csv-actor-kind = Soort
staff-audit-csv-actor-id = Id van wie het deed
staff-audit-csv-actor-role = Rol
staff-audit-csv-staff-email = E-mailadres medewerker
staff-audit-csv-action = Handeling
staff-audit-csv-customer = Id van de klant
staff-audit-csv-reason = Reden
staff-audit-csv-request-id = Id van de aanvraag
audit-action-staff-audit-searched = De functionaris gegevensbescherming keek wie uw gegevens zag
audit-action-staff-audit-exported = De functionaris gegevensbescherming downloadde wie uw gegevens zag

## Het register
staff-register-title = Register van verwerkingen
staff-register-intro = Welke persoonsgegevens we gebruiken, waarom, voor wie en hoe lang (AVG artikel 30). Deze pagina komt uit het verwerkingsregister. Zo klopt ze altijd.
staff-register-print = Wilt u een kopie? Druk deze pagina af of bewaar haar als pdf met uw browser.
staff-register-contents = Op deze pagina
staff-register-controller-heading = Wie is verantwoordelijk
staff-register-controller = De verantwoordelijke organisatie
staff-register-dpo = De functionaris gegevensbescherming
staff-register-name = Naam
staff-register-address = Postadres
staff-register-email = E-mailadres
staff-register-phone = Telefoon
staff-register-website = Website
staff-register-activities-heading = Wat we verwerken
staff-register-activities-intro = { $count ->
    [one] 1 soort persoonsgegevens.
   *[other] { $count } soorten persoonsgegevens.
}
staff-register-subjects = Over wie
staff-register-transfers = Buiten de EU
staff-register-transfers-category-none = Nee. Deze gegevens blijven in de EU.
staff-register-transfers-heading = Gegevens buiten de EU
staff-register-transfers-none = We geven geen persoonsgegevens door aan landen buiten de EU of aan internationale organisaties.
staff-register-transfers-some = Sommige gegevens gaan buiten de EU. Bij elke verwerking hierboven staat welke, en hoe we ze beschermen.
staff-register-measures-heading = Beveiliging
staff-register-measures-intro = Zo beschermen we persoonsgegevens:

## Bewaren en verwijderen
staff-retention-title = Verslagen van het opruimen
staff-retention-intro = Het portaal verwijdert gegevens vanzelf als de bewaartermijn voorbij is. Hier staat elke keer dat dat gebeurde. Per soort gegevens ziet u wat weg is, en wat we van de wet moeten bewaren.
staff-retention-found = { $count ->
    [0] Er is nog niets opgeruimd.
    [one] 1 keer opgeruimd.
   *[other] { $count } keer opgeruimd.
}
staff-retention-run-heading = Opgeruimd op { $moment }
staff-retention-run-deleted = { $count ->
    [0] Er is niets verwijderd.
    [one] In totaal 1 regel verwijderd.
   *[other] In totaal { $count } regels verwijderd.
}
staff-retention-caption = Wat er op { $moment } is opgeruimd, per soort gegevens
staff-retention-category = Soort gegevens
staff-retention-cutoff = Ouder dan
staff-retention-deleted = Verwijderd
staff-retention-kept = Bewaard van de wet, na verwijdering van de klant
staff-retention-law = Waarom bewaard
staff-retention-kept-none = Niet van toepassing
staff-retention-law-none = Geen wet vraagt dit te bewaren
staff-retention-housekeeping-expired-sessions = Verlopen sessies
staff-retention-housekeeping-spent-links = Gebruikte of verlopen links

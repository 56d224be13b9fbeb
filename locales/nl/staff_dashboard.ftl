# De startpagina voor medewerkers: het overzicht (aantallen en grafieken) en de
# aantallen in de wachtrij voor een medewerker klantcontact.
dashboard-title = Overzicht
dashboard-intro = Op deze pagina staan alleen aantallen. Er staan geen persoonsgegevens op.
dashboard-to-queue = Naar de verzoeken
dashboard-now-heading = Nu
dashboard-open = Open verzoeken
dashboard-overdue = Te laat
dashboard-due-this-week = Termijn eindigt in de komende 7 dagen
dashboard-month = Maand
dashboard-total = Totaal
dashboard-month-short = { $month } { $year }
dashboard-month-long = { $month } { $year }
dashboard-month-short-1 = jan
dashboard-month-short-2 = feb
dashboard-month-short-3 = mrt
dashboard-month-short-4 = apr
dashboard-month-short-5 = mei
dashboard-month-short-6 = jun
dashboard-month-short-7 = jul
dashboard-month-short-8 = aug
dashboard-month-short-9 = sep
dashboard-month-short-10 = okt
dashboard-month-short-11 = nov
dashboard-month-short-12 = dec
dashboard-kind-access = Inzage
dashboard-kind-rectification = Correctie
dashboard-kind-erasure = Verwijderen
dashboard-kind-restriction = Beperken
dashboard-kind-objection = Bezwaar
dashboard-kind-complaint = Klacht
dashboard-chart-table-below = In de tabel onder de grafiek staan dezelfde aantallen.
dashboard-received-heading = Binnengekomen verzoeken
dashboard-received-chart-title = Binnengekomen verzoeken per maand, per soort
dashboard-received-caption = Binnengekomen verzoeken per maand, per soort
dashboard-received-summary = In de afgelopen 12 maanden { $total ->
        [one] kwam er 1 verzoek binnen
       *[other] kwamen er { $total } verzoeken binnen
    }. De drukste maand was { $month }, met { $count }.
dashboard-received-summary-none = In de afgelopen 12 maanden kwamen er geen verzoeken binnen.
dashboard-on-time-heading = Op tijd beantwoord
dashboard-on-time-chart-title = Deel van de verzoeken dat op tijd is beantwoord, per maand
dashboard-on-time-caption = Beantwoorde verzoeken per maand, en hoeveel op tijd
dashboard-on-time-summary = In de afgelopen 12 maanden { $answered ->
        [one] is 1 verzoek
       *[other] zijn { $answered } verzoeken
    } beantwoord. Daarvan { $on_time ->
        [one] was 1
       *[other] waren er { $on_time }
    } op tijd ({ $percent }%).
dashboard-on-time-summary-none = In de afgelopen 12 maanden is geen verzoek beantwoord.
dashboard-on-time-rule = Op tijd betekent: beantwoord binnen een maand na ontvangst. Of binnen de langere termijn, als die in de eerste maand is verlengd. Is de termijn later verlengd? Dan telt die verlenging niet. Zo'n antwoord staat bij 'te laat verlengd'. Ingetrokken verzoeken tellen niet mee. Elk antwoord telt in de maand waarin het is gegeven.
dashboard-answered = Beantwoord
dashboard-on-time = Op tijd
dashboard-late-extension = Te laat verlengd
dashboard-late = Te laat
dashboard-on-time-rate = Deel op tijd
dashboard-percent = { $percent }%
dashboard-no-answers = geen antwoorden
dashboard-queue-heading = De wachtrij met verzoeken
dashboard-queue-mine = Open en aan u toegewezen
dashboard-queue-unassigned = Open en aan niemand toegewezen

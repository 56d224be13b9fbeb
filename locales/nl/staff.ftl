# Het menu van het medewerkersdeel en gedeelde woorden.
staff-nav-label = Menu voor medewerkers
staff-nav-home = Start
staff-nav-requests = Verzoeken
staff-nav-audit = Logboek
staff-nav-register = Verwerkingsregister
staff-nav-retention = Bewaarrapporten
staff-nav-team = Medewerkers

## Confirm it is you (re-authentication) and Download my data (Art. 20).

reauth-title = Bevestig dat u het bent
reauth-intro = U wilt uw gegevens downloaden of verwijderen. Daarom vragen wij nog een keer uw wachtwoord. Zo weten wij zeker dat u het bent.
reauth-button = Bevestigen
reauth-back = Terug naar mijn account
reauth-no-password = U heeft geen wachtwoord. U logt in met een link die wij u e-mailen.
reauth-no-password-link = Vraag een nieuwe link aan en log daarmee opnieuw in. Daarna kunt u verder.
reauth-no-password-link-button = Vraag een nieuwe inloglink aan

download-title = Mijn gegevens downloaden
download-intro = U kunt een kopie van al uw gegevens downloaden. Zo kunt u ze bewaren of meenemen naar een andere organisatie. U kiest zelf het soort bestand.
download-json-heading = Eén bestand voor computers (JSON)
download-json-text = Dit bestand is gemaakt om door een computerprogramma gelezen te worden. Kies dit als u uw gegevens aan een andere organisatie wilt geven.
download-json-link = Download mijn gegevens als JSON-bestand
download-zip-heading = Tabellen voor Excel en andere programma's (CSV in een ZIP-bestand)
download-zip-text = U krijgt een ZIP-bestand. Daarin zit voor elk soort gegevens één tabel (een CSV-bestand). U opent een tabel met Excel, LibreOffice of een ander rekenprogramma. In het bestand README.txt staat wat elke tabel is.
download-zip-link = Download mijn gegevens als ZIP-bestand met tabellen
download-contents-heading = Wat zit erin?
download-contents-text = Beide bestanden hebben dezelfde gegevens. Ook staat erin waarom wij uw gegevens hebben, hoe lang wij ze bewaren en met wie wij ze delen.
download-safety-heading = Bewaar het bestand goed
download-safety-text = In het bestand staan uw persoonlijke gegevens. Bewaar het op een veilige plek. Stuur het niet zomaar door.
download-record-text = Wij noteren dat u uw gegevens heeft gedownload. U ziet dat terug bij "Wie zag mijn gegevens".

export-readme = Dit zijn uw gegevens bij { $organisation }, als tabellen (CSV, UTF-8, met kopregel).
    Elke tabel is één soort gegevens. In register.csv staat per soort gegevens waarom wij ze hebben, op welke grond, van wie, met wie wij ze delen en hoe lang wij ze bewaren.
    Cellen die beginnen met = + - of @ hebben een ' ervoor gekregen. Zo start een rekenprogramma geen formule.
    Tijden zijn in UTC. Bedragen zijn in centen.
export-section-register = register.csv: waarom wij uw gegevens hebben en hoe lang wij ze bewaren
export-section-profile = profile.csv: uw naam, klantnummer, geboortedatum, adres, e-mail, telefoon en voorkeuren
export-section-sessions = sessions.csv: waar u nu bent ingelogd
export-section-sign_in_attempts = sign_in_attempts.csv: wanneer u (of iemand anders) probeerde in te loggen
export-section-contact_moments = contact_moments.csv: uw gesprekken, chats, e-mails en brieven met ons
export-section-invoices = invoices.csv: uw facturen
export-section-payments = payments.csv: uw betalingen
export-section-consents = consents.csv: wanneer u toestemming gaf of introk
export-section-requests = requests.csv: uw verzoeken over uw privacy
export-section-request_events = request_events.csv: wat er met uw verzoeken is gebeurd
export-section-request_notes = request_notes.csv: wat onze medewerkers over uw verzoeken noteerden
export-section-breach_notices = breach_notices.csv: de berichten over een datalek die wij u stuurden
export-section-audit_trail = audit_trail.csv: wie uw gegevens heeft bekeken of veranderd

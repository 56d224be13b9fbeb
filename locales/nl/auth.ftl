# Signing in and passwords.
password-too-short = Uw wachtwoord is te kort. Gebruik minstens 8 tekens. Beter nog: 15 of meer, bijvoorbeeld een paar woorden achter elkaar.
password-too-long = Uw wachtwoord is te lang. Gebruik hoogstens 128 tekens.
password-too-easy = Dit wachtwoord is te makkelijk te raden. Het komt veel voor, of het lijkt op uw naam of e-mailadres. Kies iets anders, bijvoorbeeld een paar woorden die niet bij elkaar horen.

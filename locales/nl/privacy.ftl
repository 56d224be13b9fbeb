# The privacy statement (generated from the processing register). B1 language.
privacy-title = Privacyverklaring
privacy-intro = Hier leest u welke gegevens { $organisation } over u bewaart, waarom we dat doen, hoe lang, en wat uw rechten zijn.
privacy-controller-heading = Wie is verantwoordelijk?
privacy-controller-text = { $organisation } is verantwoordelijk voor uw gegevens. Ons adres is: { $address }.
privacy-officer-heading = Onze functionaris gegevensbescherming
privacy-officer-text = Deze persoon let erop dat wij goed met uw gegevens omgaan. U kunt met al uw vragen over privacy bij hem of haar terecht.
privacy-data-heading = Welke gegevens, waarom en hoe lang
privacy-data-intro = Per soort gegevens leest u wat we bewaren, waarom, waar we het vandaan hebben, wie het krijgt en hoe lang we het bewaren.
privacy-label-data = Welke gegevens
privacy-label-why = Waarom
privacy-label-basis = Waarom dit mag
privacy-label-source = Waar het vandaan komt
privacy-label-recipients = Wie het krijgt
privacy-label-retention = Hoe lang we het bewaren
privacy-label-erasure = Als u uw account laat verwijderen
privacy-label-automated = Beslist een computer automatisch?
privacy-no-recipients = Niemand buiten { $organisation }.
privacy-backups-heading = Reservekopieën
privacy-backups-text = Wij maken reservekopieën (back-ups) van onze gegevens. Zo raken we niets kwijt als er iets misgaat. Heeft u uw gegevens laten verwijderen? Dan staan ze misschien nog in een oudere reservekopie. Wij bewaren een reservekopie niet langer dan { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}. Daarna zijn uw gegevens ook daar weg. We gebruiken een reservekopie alleen als er iets misgaat. Moeten we er een terugzetten? Dan verwijderen we uw gegevens meteen opnieuw.
privacy-rights-heading = Uw rechten
privacy-rights-intro = U heeft deze rechten over uw gegevens:
privacy-right-access = Inzien
privacy-right-access-text = U mag zien welke gegevens we over u hebben en waarom.
privacy-right-rectification = Wijzigen
privacy-right-rectification-text = Klopt iets niet? Dan mag u vragen om het te wijzigen.
privacy-right-erasure = Verwijderen
privacy-right-erasure-text = U mag vragen om uw gegevens te verwijderen. Wat de wet ons laat bewaren, verwijderen we later.
privacy-right-restriction = Beperken
privacy-right-restriction-text = U mag vragen dat we uw gegevens even niet gebruiken, bijvoorbeeld terwijl we iets nakijken.
privacy-right-objection = Bezwaar maken
privacy-right-objection-text = U mag bezwaar maken als we uw gegevens gebruiken omdat we er een goede reden voor hebben. Tegen reclame mag dat altijd.
privacy-right-portability = Meenemen
privacy-right-portability-text = U mag uw gegevens downloaden in een bestand, om ze zelf te bewaren of aan een ander bedrijf te geven.
privacy-right-withdraw-consent = Toestemming intrekken
privacy-right-withdraw-consent-text = Gaf u toestemming? Dan mag u die altijd intrekken. Dat is net zo makkelijk als toestemming geven.
privacy-rights-how = Bij elk recht staat de pagina waar u het zelf regelt. Lukt dat niet, of heeft u een vraag? Neem contact met ons op. Wij antwoorden binnen een maand.
privacy-rights-how-link = Bekijk hoe u ons bereikt
privacy-complaint-heading = Een klacht indienen
privacy-complaint-text = Bent u niet tevreden over hoe wij met uw gegevens omgaan? Dan mag u een klacht indienen bij de { $authority }.
privacy-cookies-heading = Cookies
privacy-cookies-intro = Dit portaal gebruikt alleen cookies die nodig zijn om het te laten werken.
privacy-cookies-caption = De cookies van dit portaal
privacy-cookie-name = Naam
privacy-cookie-purpose = Waarvoor
privacy-cookie-lifetime = Hoe lang
privacy-cookie-language-purpose = Onthoudt in welke taal u het portaal wilt zien.
privacy-cookie-language-lifetime = 1 jaar
privacy-cookie-session-purpose = Houdt u ingelogd. Hij beschermt ook de formulieren tegen misbruik.
privacy-cookie-form-purpose = Beschermt de formulieren voor inloggen en activeren tegen misbruik, als u nog niet bent ingelogd. Er staat alleen een willekeurig getal in.
privacy-cookie-form-lifetime = Tot u uw browser sluit
privacy-cookie-session-lifetime = Tot u uitlogt of uw browser sluit. Doet u { $idle ->
    [one] 1 minuut
   *[other] { $idle } minuten
} niets? Dan vervalt hij ook. Na { $absolute } uur vervalt hij altijd.
privacy-cookies-no-banner = Deze cookies zijn nodig. Daarom vragen we er geen toestemming voor. We gebruiken geen cookies om u te volgen.
privacy-contents-heading = Op deze pagina
privacy-right-access-link = Bekijk uw gegevens
privacy-right-rectification-link = Wijzig uw gegevens
privacy-right-erasure-link = Verwijder uw account
privacy-right-restriction-link = Vraag om beperken
privacy-right-objection-link = Maak bezwaar
privacy-right-portability-link = Download uw gegevens
privacy-right-withdraw-consent-link = Trek uw toestemming in

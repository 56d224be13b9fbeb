## Delete my account and data (Art. 17).

erasure-title = Mijn account en gegevens verwijderen
erasure-intro = U kunt uw account en uw gegevens laten verwijderen. Sommige gegevens moeten wij volgens de wet nog een tijd bewaren. Hieronder ziet u wat wij verwijderen en wat wij bewaren.
erasure-deleted-heading = Dit verwijderen wij meteen
erasure-deleted-text = Deze gegevens zijn daarna weg. Ook uit onze back-ups kunnen ze niet meer gelezen worden.
erasure-kept-heading = Dit moeten wij nog bewaren
erasure-kept-text = De wet zegt dat wij deze gegevens nog een tijd moeten bewaren. Wij gebruiken ze alleen daarvoor. Op de datum in de tabel verwijderen wij ze.
erasure-kept-caption = Gegevens die wij moeten bewaren, waarom, en tot wanneer
erasure-kept-category = Gegevens
erasure-kept-reason = Waarom wij ze bewaren
erasure-kept-until = Wij verwijderen ze op
erasure-kept-none = Wij hoeven niets van u te bewaren.
erasure-kept-line = - { $category }: { $law }. Wij verwijderen dit op { $date }.
erasure-before-heading = Eerst uw gegevens downloaden?
erasure-before-text = Na het verwijderen kunt u uw gegevens niet meer bekijken of downloaden.
erasure-before-link = Download eerst uw gegevens
erasure-continue = Ga verder met verwijderen
erasure-back = Terug naar mijn account

erasure-confirm-title = Weet u zeker dat u alles wilt verwijderen?
erasure-confirm-what = Als u op de knop drukt, gebeurt dit:
erasure-confirm-point-data = Wij verwijderen uw account en uw gegevens. Dit kunt u niet ongedaan maken.
erasure-confirm-point-sessions = U wordt overal uitgelogd, op al uw apparaten.
erasure-confirm-point-kept = Wat de wet ons laat bewaren, bewaren wij tot de datum die wij u lieten zien. Daarna verwijderen wij het ook.
erasure-confirm-point-email = U krijgt een e-mail met een bevestiging en een kenmerk.
erasure-confirm-final = Dit is de laatste stap.
erasure-confirm-button = Verwijder mijn account en gegevens
erasure-confirm-back = Nee, ga terug naar mijn account
erasure-confirm-review = Bekijk nog eens wat wij verwijderen en bewaren

erasure-done-title = Uw account en gegevens zijn verwijderd
erasure-done-reference = Uw kenmerk:
erasure-done-when = Verwijderd op { $when }.
erasure-done-what-heading = Wat er is gebeurd
erasure-done-what-text = Wij hebben uw account en uw gegevens verwijderd. U bent overal uitgelogd. Wij hebben u een e-mail gestuurd met deze bevestiging.
erasure-done-kept-text = Deze gegevens moeten wij volgens de wet nog bewaren. Wij gebruiken ze alleen daarvoor.
erasure-complain-heading = Niet tevreden?
erasure-complain-text = Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem dan contact met ons op. U mag ook een klacht indienen bij de { $authority }.
erasure-done-home = Naar de startpagina

erasure-email-subject = Uw account bij { $organisation } is verwijderd (kenmerk { $reference })
erasure-email-body = Beste klant,

    Op uw verzoek hebben wij uw account en uw gegevens verwijderd op { $when }.
    Uw kenmerk is { $reference }.

    Deze gegevens moeten wij volgens de wet nog bewaren:
    { $kept }

    Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem dan contact met ons op. U mag ook een klacht indienen bij de { $authority }: { $authority_url }

    Met vriendelijke groet,
    { $organisation }

## Delete my account and data (Art. 17).

erasure-title = Mijn account en gegevens verwijderen
erasure-intro = U kunt uw account en uw gegevens laten verwijderen. Wij verwijderen dan alles, behalve wat wij volgens de wet moeten bewaren. Hieronder ziet u wat wij verwijderen, en wat wij volgens de wet moeten bewaren en tot wanneer.
erasure-deleted-heading = Dit verwijderen wij meteen
erasure-deleted-text = Deze gegevens zijn daarna weg. Ook uit onze back-ups kunnen ze niet meer gelezen worden.
erasure-kept-heading = Wat wij volgens de wet moeten bewaren
erasure-kept-text = Deze gegevens moeten wij volgens de wet nog een tijd bewaren. Wij gebruiken ze alleen daarvoor. Op de datum in de tabel verwijderen wij ze.
erasure-kept-caption = Wat wij volgens de wet moeten bewaren, waarom, en tot wanneer
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

erasure-other-heading = Uw contract, open verzoeken en rekeningen
erasure-other-contract = Uw contract: verwijderen is niet hetzelfde als opzeggen. Zonder uw gegevens kunnen wij uw contract niet meer uitvoeren. Heeft u nog een contract bij ons? Zeg het dan eerst op. Bel daarvoor { $phone }.
erasure-other-requests = Verzoeken die nog open staan: die kunnen wij daarna niet meer afmaken. Wij kunnen u er ook geen antwoord meer op sturen, want uw e-mailadres is dan weg. Dat u het verzoek deed, moeten wij volgens de wet bewaren.
erasure-other-requests-link = Bekijk eerst uw verzoeken
erasure-other-invoices = Rekeningen die u nog niet betaald heeft: die moet u nog steeds betalen. Verwijderen betekent niet dat u niet meer hoeft te betalen. Uw facturen moeten wij volgens de wet bewaren.
erasure-confirm-point-contract = Uw contract stopt hierdoor niet. Rekeningen die nog open staan, moet u nog betalen. Verzoeken die nog open staan, kunnen wij niet meer afmaken.

erasure-confirm-title = Weet u zeker dat u uw account en gegevens wilt verwijderen?
erasure-confirm-what = Als u op de knop drukt, gebeurt dit:
erasure-confirm-point-data = Wij verwijderen uw account en uw gegevens. Dit kunt u niet ongedaan maken.
erasure-confirm-point-sessions = U wordt overal uitgelogd, op al uw apparaten.
erasure-confirm-point-kept = Wat wij volgens de wet moeten bewaren, bewaren wij tot de datum die wij u lieten zien. Daarna verwijderen wij het ook.
erasure-confirm-point-email = U krijgt een e-mail met een bevestiging en een kenmerk.
erasure-confirm-final = Dit is de laatste stap.
erasure-confirm-button = Verwijder mijn account en gegevens
erasure-confirm-back = Nee, ga terug naar mijn account
erasure-confirm-review = Bekijk nog eens wat wij verwijderen en wat wij volgens de wet moeten bewaren

erasure-done-title = Uw account en gegevens zijn verwijderd
erasure-done-reference = Uw kenmerk:
erasure-done-when = Verwijderd op { $when }.
erasure-done-what-heading = Wat er is gebeurd
erasure-done-what-text = Wij hebben uw account en uw gegevens verwijderd. U bent overal uitgelogd. Wij hebben u een e-mail gestuurd met deze bevestiging.
erasure-done-kept-text = Deze gegevens moeten wij volgens de wet nog een tijd bewaren. Wij gebruiken ze alleen daarvoor.
erasure-complain-heading = Niet tevreden?
erasure-complain-text = Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem dan contact met ons op. U mag ook een klacht indienen bij de { $authority }.
erasure-done-home = Naar de startpagina

erasure-email-subject = Uw account bij { $organisation } is verwijderd (kenmerk { $reference })
erasure-email-body = Beste klant,

    Op uw verzoek hebben wij uw account en uw gegevens verwijderd op { $when }.
    Uw kenmerk is { $reference }.

    Wat wij volgens de wet moeten bewaren:
    { $kept }

    Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem dan contact met ons op. U mag ook een klacht indienen bij de { $authority }: { $authority_url }

    Met vriendelijke groet,
    { $organisation }

//! The privacy statement is generated from the register and the configuration.

use inzage::i18n::Lang;
use inzage::privacy::register::Register;
use inzage::privacy::texts;
use inzage::routes::paths;

crate::on_both_backends! {
    async fn the_statement_lists_every_register_category_in_both_languages(app: TestApp) {
        let register = Register::embedded().unwrap();
        for lang in Lang::ALL {
            let html = app.get_in(paths::PRIVACY, lang.code()).await.text().await.unwrap();
            for category in register.categories() {
                let name = maud::html! { (texts::name(lang, category)) }.into_string();
                let retention = maud::html! { (texts::retention(lang, category)) }.into_string();
                assert!(html.contains(&name), "{}: {name}", lang.code());
                assert!(html.contains(&retention), "{}: {retention}", lang.code());
            }
            assert!(html.contains("inzage-lang"), "the language cookie is listed");
        }
    }

    async fn the_statement_reads_the_organisation_from_configuration(app: TestApp) {
        let org = inzage::config::Organisation::default();
        let html = app.get(paths::PRIVACY).await.text().await.unwrap();
        assert!(html.contains(&format!("mailto:{}", org.privacy_officer.email)));
        assert!(html.contains(org.supervisory_authority_url.as_str()));
        assert!(html.contains(&org.postal_address));
    }
}

#[test]
fn retention_reads_naturally_in_both_languages() {
    let register = Register::embedded().unwrap();
    let recordings = register.category("call-recordings").unwrap();
    assert_eq!(
        texts::retention(Lang::Nl, recordings),
        "6 maanden na het contact"
    );
    assert_eq!(
        texts::retention(Lang::En, recordings),
        "6 months after the contact"
    );
    let invoices = register.category("invoices").unwrap();
    assert_eq!(
        texts::retention(Lang::Nl, invoices),
        "7 jaar na de factuurdatum"
    );
    assert!(texts::erasure(Lang::En, invoices).contains("tax law"));
}

//! The privacy statement is generated from the register and the configuration.

use inzage::auth::sessions;
use inzage::i18n::{Arg, LANG_COOKIE, Lang, t_with, try_t};
use inzage::paths;
use inzage::privacy::register::Register;
use inzage::privacy::texts;

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
        }
    }

    async fn the_statement_lists_every_cookie_with_the_limits_in_force(app: TestApp) {
        let limits = &app.settings.sessions;
        for lang in Lang::ALL {
            let html = app.get_in(paths::PRIVACY, lang.code()).await.text().await.unwrap();
            for cookie in [LANG_COOKIE, sessions::COOKIE, inzage::auth::form_token::COOKIE] {
                assert!(html.contains(&format!("<code>{cookie}</code>")), "{}: {cookie}", lang.code());
            }
            let lifetime = t_with(
                lang,
                "privacy-cookie-session-lifetime",
                &[
                    ("idle", Arg::Number(limits.idle_minutes.into())),
                    ("absolute", Arg::Number(limits.absolute_hours.into())),
                ],
            );
            assert!(lifetime.contains(&limits.idle_minutes.to_string()));
            let lifetime = maud::html! { (lifetime) }.into_string();
            assert!(html.contains(&lifetime), "{}: {lifetime}", lang.code());
        }
        assert_eq!(LANG_COOKIE, "__Host-inzage-lang");
        assert_eq!(sessions::COOKIE, "__Host-inzage");
    }

    async fn the_rights_come_first_each_with_the_page_that_serves_it(app: TestApp) {
        let html = app.get(paths::PRIVACY).await.text().await.unwrap();
        // No id twice on the page (pa11y found the contents' "cookies" twice once).
        let ids: Vec<&str> = html.split(" id=\"").skip(1).map(|rest| rest.split('"').next().unwrap()).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "an id twice: {ids:?}");
        let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle} in {html}"));
        // A table of contents, then the rights, before the long list of data.
        assert!(at("Op deze pagina") < at(r#"id="about-rights""#));
        assert!(at(r#"id="about-rights""#) < at(r#"id="about-data""#));
        for page in [paths::MY_DATA, paths::CORRECT, paths::DELETE_ACCOUNT, paths::DOWNLOAD, paths::CONSENT] {
            let link = format!(r#"href="{page}""#);
            assert!(at(&link) < at(r#"id="about-data""#), "{page} is linked among the rights");
        }
        for id in ["rights", "controller", "officer", "data", "backups", "complaint", "cookies"] {
            assert!(html.contains(&format!(r##"href="#about-{id}""##)), "the contents link {id}");
        }
    }

    async fn the_statement_reads_the_organisation_from_configuration(app: TestApp) {
        let org = &app.settings.organisation;
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

#[test]
fn every_category_of_the_register_has_its_texts_in_both_languages() {
    let register = Register::embedded().unwrap();
    for category in register.categories() {
        let ids = category.text_ids();
        assert!(ids.contains(&format!("register-category-{}", category.id)));
        for id in ids {
            for lang in Lang::ALL {
                assert!(try_t(lang, &id).is_some(), "{}: {id}", lang.code());
            }
        }
    }
}

#[tokio::test]
async fn the_statement_says_how_long_an_erased_customer_stays_in_backups() {
    assert_eq!(
        inzage::config::Settings::default().retention.backup_days,
        35
    );
    let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |settings| {
        settings.retention.backup_days = 21
    })
    .await
    .unwrap();
    for (lang, period) in [
        (Lang::Nl, "niet langer dan 21 dagen"),
        (Lang::En, "no longer than 21 days"),
    ] {
        let html = app
            .get_in(paths::PRIVACY, lang.code())
            .await
            .text()
            .await
            .unwrap();
        let text = t_with(lang, "privacy-backups-text", &[("days", Arg::Number(21))]);
        assert!(text.contains(period), "{text}");
        let text = maud::html! { (text) }.into_string();
        assert!(html.contains(&text), "{}: {text}", lang.code());
    }
}

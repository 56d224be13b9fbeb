//! Language negotiation: explicit choice, then Accept-Language by q-value, then Dutch.

use inzage::paths;

fn html_lang(html: &str) -> &str {
    html.split("<html lang=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
}

crate::on_both_backends! {
    async fn html_lang_follows_accept_language(app: TestApp) {
        for (header, expected) in [
            ("nl", "nl"),
            ("en", "en"),
            ("en-GB,en;q=0.9", "en"),
            ("de-DE, nl;q=0.5, en;q=0.7", "en"),
            ("en;q=0.2, nl-BE;q=0.8", "nl"),
            ("fr-FR, de;q=0.9", "nl"),
            ("", "nl"),
        ] {
            let html = app.get_in(paths::HOME, header).await.text().await.unwrap();
            assert_eq!(html_lang(&html), expected, "Accept-Language: {header:?}");
        }
        let html = app.get(paths::HOME).await.text().await.unwrap();
        assert_eq!(html_lang(&html), "nl", "no header at all");
    }

    async fn the_switch_remembers_the_choice(app: TestApp) {
        let response = app.get(&paths::language("en", "/contact")).await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/contact");
        let cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        // `__Host-`: Secure, path /, no domain, so no sibling subdomain can set it.
        assert!(cookie.starts_with("__Host-inzage-lang=en;"), "{cookie}");
        assert!(cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), "{cookie}");

        // The cookie now beats a browser that prefers Dutch, on every page.
        for path in paths::PUBLIC_PAGES {
            let html = app.get_in(path, "nl").await.text().await.unwrap();
            assert_eq!(html_lang(&html), "en", "{path}");
        }
        app.get(&paths::language("nl", "/")).await;
        let html = app.get_in(paths::HOME, "en").await.text().await.unwrap();
        assert_eq!(html_lang(&html), "nl");
    }

    async fn the_switch_links_name_each_language_in_itself(app: TestApp) {
        let html = app.get_in(paths::CONTACT, "nl").await.text().await.unwrap();
        assert!(html.contains("<a href=\"/language/en?next=%2Fcontact\" lang=\"en\" hreflang=\"en\">English</a>"), "{html}");
        let html = app.get_in(paths::CONTACT, "en").await.text().await.unwrap();
        assert!(html.contains("<a href=\"/language/nl?next=%2Fcontact\" lang=\"nl\" hreflang=\"nl\">Nederlands</a>"));
    }

    async fn the_switch_never_redirects_off_site(app: TestApp) {
        let response = app.get("/language/en?next=//evil.example/").await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/");
    }
}

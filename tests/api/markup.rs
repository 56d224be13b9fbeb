//! Every page's markup: no script of any kind, no inline style, one h1, a unique title,
//! the skip link and the landmarks.

use std::collections::HashSet;

use inzage::paths;

/// The attributes of every start tag, as (tag, [attribute names]).
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    html.split('<')
        .skip(1)
        .filter_map(|chunk| chunk.split_once('>').map(|(tag, _)| tag))
        .filter(|tag| !tag.starts_with('/') && !tag.starts_with('!'))
        .map(|tag| {
            let mut parts = tag.split_whitespace();
            let name = parts.next().unwrap_or_default().to_ascii_lowercase();
            let attributes = parts
                .map(|p| p.split('=').next().unwrap_or_default().to_ascii_lowercase())
                .collect();
            (name, attributes)
        })
        .collect()
}

/// Every page of the portal, in every state that exists so far.
fn all_pages() -> Vec<String> {
    let mut pages: Vec<String> = paths::PUBLIC_PAGES.iter().map(|p| p.to_string()).collect();
    pages.push("/no-such-page".into());
    pages
}

crate::on_both_backends! {
    async fn no_page_has_script_inline_handlers_or_style_attributes(app: TestApp) {
        for lang in ["nl", "en"] {
            for page in all_pages() {
                let html = app.get_in(&page, lang).await.text().await.unwrap();
                let what = format!("{page} ({lang})");
                assert!(!html.to_ascii_lowercase().contains("javascript:"), "{what}");
                for (tag, attributes) in tags(&html) {
                    assert_ne!(tag, "script", "{what}: <script>");
                    for attribute in attributes {
                        assert!(!attribute.starts_with("on"), "{what}: <{tag} {attribute}>");
                        assert_ne!(attribute, "style", "{what}: <{tag} style>");
                    }
                }
            }
        }
    }

    async fn every_page_has_one_h1_a_unique_title_and_the_shell(app: TestApp) {
        for lang in ["nl", "en"] {
            let mut titles = HashSet::new();
            for page in all_pages() {
                let html = app.get_in(&page, lang).await.text().await.unwrap();
                let what = format!("{page} ({lang})");
                assert_eq!(html.matches("<h1").count(), 1, "{what}: one h1");
                let title = html.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap();
                assert!(!title.trim().is_empty(), "{what}: title");
                assert!(titles.insert(title.to_string()), "{what}: title {title:?} is not unique");
                assert!(html.contains("<a class=\"skip-link\" href=\"#main\">"), "{what}: skip link");
                assert!(html.contains("<main id=\"main\""), "{what}: main");
                assert!(html.contains("<header"), "{what}: header");
                assert!(html.contains("<footer"), "{what}: footer");
                let ids: Vec<&str> = html.split(" id=\"").skip(1).map(|rest| rest.split('"').next().unwrap()).collect();
                let mut unique = ids.clone();
                unique.sort();
                unique.dedup();
                assert_eq!(unique.len(), ids.len(), "{what}: an id twice in {ids:?}");
                for nav in html.split("<nav").skip(1) {
                    let tag = nav.split('>').next().unwrap();
                    assert!(tag.contains("aria-label=") || tag.contains("aria-labelledby="), "{what}: every nav is labelled: <nav{tag}>");
                }
                assert!(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), "{what}: zoom allowed");
            }
        }
    }

    async fn the_current_page_is_marked_in_the_navigation(app: TestApp) {
        for path in paths::PUBLIC_PAGES {
            let html = app.get(path).await.text().await.unwrap();
            let marked = format!("<a href=\"{path}\" aria-current=\"page\">");
            assert!(html.contains(&marked), "{path}");
            assert_eq!(html.matches("aria-current=\"page\"").count(), 1, "{path}");
        }
    }
}

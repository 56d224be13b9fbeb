//! The stylesheet is served with a content-hash URL and cached for a year.

use inzage::{assets, paths};

crate::on_both_backends! {
    async fn stylesheet_has_a_versioned_url_and_long_cache(app: TestApp) {
        let home = app.get(paths::HOME).await.text().await.unwrap();
        let url = assets::url("app.css");
        assert!(home.contains(&url), "the layout links the versioned stylesheet");
        let response = app.get(&url).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["cache-control"], "public, max-age=31536000, immutable");
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
        let etag = response.headers()["etag"].clone();

        let again = app.client.get(app.url(&url)).header("If-None-Match", etag).send().await.unwrap();
        assert_eq!(again.status(), 304);
    }

    async fn an_old_version_is_not_cached_forever(app: TestApp) {
        let response = app.get("/static/app.css?v=0000").await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["cache-control"], "no-cache");
    }

    async fn unknown_static_file_is_404(app: TestApp) {
        assert_eq!(app.get("/static/nope.js").await.status(), 404);
    }
}

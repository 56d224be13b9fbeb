//! Error responses are pages in the visitor's language, with the right status.

use inzage::paths;

crate::on_both_backends! {
    async fn unknown_page_is_a_localized_404(app: TestApp) {
        let response = app.get_in("/no-such-page", "nl").await;
        assert_eq!(response.status(), 404);
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let body = response.text().await.unwrap();
        assert!(body.contains("<html lang=\"nl\""));
        assert!(body.contains("Deze pagina bestaat niet"));

        let body = app.get_in("/no-such-page", "en").await.text().await.unwrap();
        assert!(body.contains("<html lang=\"en\""));
        assert!(body.contains("This page does not exist"));
    }

    async fn wrong_method_is_a_localized_405(app: TestApp) {
        let response = app
            .client
            .delete(app.url(paths::CONTACT))
            .header("Accept-Language", "en")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 405);
        let body = response.text().await.unwrap();
        assert!(body.contains("This is not possible on this page"));
    }

    async fn oversized_body_is_a_localized_413(app: TestApp) {
        let body = vec![b'a'; 65 * 1024 + 1];
        let response = app
            .client
            .post(app.url(paths::HOME))
            .header("Accept-Language", "nl")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 413);
        let body = response.text().await.unwrap();
        assert!(body.contains("Wat u stuurde is te groot"));
    }

    async fn unknown_language_code_in_the_switch_is_404(app: TestApp) {
        let response = app.get("/language/xx?next=/").await;
        assert_eq!(response.status(), 404);
    }
}

/// A handler that fails gets the localized 500 page, and the cause stays out of the page.
#[actix_web::test]
async fn internal_errors_render_a_localized_500_without_the_cause() {
    use actix_web::{App, test, web};
    use inzage::error::AppError;

    let app = test::init_service(
        App::new()
            .route(
                "/fail",
                web::get().to(|| async {
                    Err::<String, _>(AppError::Internal(anyhow::anyhow!("secret cause 42")))
                }),
            )
            .wrap(inzage::http::error_pages::error_pages()),
    )
    .await;
    for (lang, text) in [
        ("nl", "Er ging bij ons iets mis"),
        ("en", "Something went wrong on our side"),
    ] {
        let request = test::TestRequest::get()
            .uri("/fail")
            .insert_header(("Accept-Language", lang))
            .to_request();
        let response = test::call_service(&app, request).await;
        assert_eq!(response.status(), 500);
        let body = String::from_utf8(test::read_body(response).await.to_vec()).unwrap();
        assert!(body.contains(text), "{lang}");
        assert!(!body.contains("secret cause"), "{lang}");
    }
}

//! Request handlers, one file per page or area, and the route table.

mod accessibility;
pub mod assets;
mod contact;
mod health;
mod home;
mod language;
pub mod paths;
mod privacy_statement;

use actix_web::{Route, web};

/// Registers every route. Pages answer GET and HEAD; anything else gets the 405 page.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page(paths::HOME, home::view_home_get))
        .service(page(
            paths::ACCESSIBILITY,
            accessibility::view_accessibility_get,
        ))
        .service(page(paths::CONTACT, contact::view_contact_get))
        .service(page(
            paths::PRIVACY,
            privacy_statement::view_privacy_statement_get,
        ))
        .service(page(paths::HEALTH, health::health_get))
        .service(page(paths::LANGUAGE, language::language_get))
        .service(page(paths::STATIC, assets::asset_get));
}

fn page<F, Args>(path: &str, handler: F) -> actix_web::Resource
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    web::resource(path)
        .route(
            Route::new()
                .method(actix_web::http::Method::GET)
                .to(handler.clone()),
        )
        .route(
            Route::new()
                .method(actix_web::http::Method::HEAD)
                .to(handler),
        )
}

//! HTML, written with maud. One layout, one set of components, one function per page.

pub mod components;
mod context;
mod layout;
pub mod pages;

pub use context::PageContext;
pub use layout::{Page, render};

/// A rendered page with its status (forms shown again with errors answer 400).
pub fn html_response(
    status: actix_web::http::StatusCode,
    page: maud::Markup,
) -> actix_web::HttpResponse {
    actix_web::HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.into_string())
}

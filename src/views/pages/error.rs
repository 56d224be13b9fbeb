//! The error page for any status the portal answers with: what happened and what to do.

use actix_web::http::StatusCode;
use maud::{Markup, html};

use crate::paths;
use crate::views::{Page, PageContext, render};

/// Message ids (title, explanation) for a status; unknown ones use their class's text.
fn messages(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        403 => ("error-403-title", "error-403-text"),
        404 => ("error-404-title", "error-404-text"),
        405 => ("error-405-title", "error-405-text"),
        413 => ("error-413-title", "error-413-text"),
        429 => ("error-429-title", "error-429-text"),
        503 => ("error-503-title", "error-503-text"),
        s if s < 500 => ("error-400-title", "error-400-text"),
        _ => ("error-500-title", "error-500-text"),
    }
}

pub fn error_page(ctx: &PageContext, status: StatusCode) -> Markup {
    page_with(ctx, status, messages(status))
}

/// The database cannot store anything now: what was sent is not saved, say so (503).
pub fn storage_down_page(ctx: &PageContext) -> Markup {
    page_with(
        ctx,
        StatusCode::SERVICE_UNAVAILABLE,
        ("error-storage-title", "error-storage-text"),
    )
}

fn page_with(ctx: &PageContext, status: StatusCode, ids: (&'static str, &'static str)) -> Markup {
    let (title_id, text_id) = ids;
    let body = html! {
        h1 { (ctx.t(title_id)) }
        p class="lead" { (ctx.t(text_id)) }
        p { (ctx.t_args("error-code", &[("code", status.as_str())])) }
        ul class="list list--links" {
            li { a href=(paths::HOME) { (ctx.t("error-go-home")) } }
            li { a href=(paths::CONTACT) { (ctx.t("error-contact")) } }
        }
    };
    render(ctx, Page::new(title_id, body))
}

/// Too many failed sign-ins: when to try again, in minutes, and another way in.
pub fn too_many_attempts(ctx: &PageContext, minutes: i64) -> Markup {
    let body = html! {
        h1 { (ctx.t("error-429-title")) }
        p class="lead" { (ctx.t_with_number("sign-in-wait", "minutes", minutes)) }
        p { (ctx.t("sign-in-wait-why")) }
        ul class="list list--links" {
            li { a href=(paths::CONTACT) { (ctx.t("error-contact")) } }
        }
    };
    render(ctx, Page::new("error-429-title", body))
}

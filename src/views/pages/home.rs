//! The signed-out home page: what the portal is for, in plain words.

use maud::{Markup, html};

use crate::paths;
use crate::views::{Page, PageContext, render};

/// The rights a customer can use here, in the order the home page lists them.
const RIGHTS: [&str; 7] = [
    "home-can-see",
    "home-can-correct",
    "home-can-download",
    "home-can-delete",
    "home-can-consent",
    "home-can-contacts",
    "home-can-requests",
];

pub fn home(ctx: &PageContext) -> Markup {
    let organisation = ctx.organisation.name.as_str();
    let body = html! {
        h1 { (ctx.t("home-title")) }
        p class="lead" { (ctx.t_args("home-intro", &[("organisation", organisation)])) }
        h2 { (ctx.t("home-can-heading")) }
        ul class="list list--bullet" {
            @for id in RIGHTS { li { (ctx.t(id)) } }
        }
        h2 { (ctx.t("home-sign-in-heading")) }
        p { (ctx.t("home-sign-in-text")) }
        ul class="list list--links" {
            li { a href=(paths::SIGN_IN) { (ctx.t("nav-sign-in")) } }
            li { a href=(paths::ACTIVATE) { (ctx.t("sign-in-activate-link")) } }
        }
        h2 { (ctx.t("home-help-heading")) }
        p {
            (ctx.t("home-help-text")) " "
            a href=(paths::CONTACT) { (ctx.t("home-help-link")) }
        }
    };
    render(ctx, Page::new("home-title", body))
}

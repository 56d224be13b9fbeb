//! "Confirm it is you": the password again before a download or an erasure.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::paths;
use crate::views::components::{
    ButtonStyle, FieldError, button, error_summary, field, hidden, password_field, password_toggle,
};
use crate::views::{Page, PageContext, render};

/// What the form shows again: the password only when asked to show it, and the errors.
#[derive(Default)]
pub struct ConfirmForm<'a> {
    pub password: &'a str,
    pub shown: bool,
    pub next: &'a str,
    pub errors: Vec<FieldError>,
}

pub fn confirm_identity(ctx: &PageContext, csrf_token: &str, form: &ConfirmForm) -> Markup {
    let mut password = password_field(
        "current_password",
        ctx.t("change-password-current"),
        "current-password",
        if form.shown { form.password } else { "" },
        form.shown,
    );
    password.error = form
        .errors
        .iter()
        .find(|e| e.field == "current_password")
        .map(|e| e.message.clone());
    let body = html! {
        h1 { (ctx.t("reauth-title")) }
        (error_summary(ctx, &form.errors))
        p { (ctx.t("reauth-intro")) }
        form method="post" action=(paths::CONFIRM_IDENTITY) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (hidden("next", form.next))
            (field(ctx, &password))
            div class="button-group" {
                (button(&ctx.t("reauth-button"), ButtonStyle::Primary))
                (password_toggle(ctx, form.shown))
            }
        }
        ul class="list list--links" {
            li { a href=(paths::PASSWORD_FORGOTTEN) { (ctx.t("sign-in-forgotten-link")) } }
            li { a href=(paths::ACCOUNT) { (ctx.t("reauth-back")) } }
        }
    };
    let mut page = Page::new("reauth-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

/// An account without a password (only ever signed in by e-mailed link): a new link is
/// the way to confirm, since a fresh sign-in counts.
pub fn no_password(ctx: &PageContext) -> Markup {
    let body = html! {
        h1 { (ctx.t("reauth-title")) }
        p { (ctx.t("reauth-no-password")) }
        p { (ctx.t("reauth-no-password-link")) }
        ul class="list list--links" {
            li { a href=(paths::SIGN_IN_LINK) { (ctx.t("reauth-no-password-link-button")) } }
            li { a href=(paths::ACCOUNT) { (ctx.t("reauth-back")) } }
        }
    };
    render(ctx, Page::new("reauth-title", body))
}

//! The sign-in page: e-mail address and password, with the session limits stated, the
//! ways in without a password, and why the visitor is here when their session ran out.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::paths;
use crate::views::components::{
    ButtonStyle, Field, FieldError, FlashKind, button, error_summary, field, flash, hidden,
    password_field, password_toggle,
};
use crate::views::{Page, PageContext, render};

/// What the form shows again: the e-mail typed, the password only when asked to show it.
#[derive(Default)]
pub struct SignInForm<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub shown: bool,
    /// Where to go after signing in (a path on this site).
    pub next: &'a str,
    pub errors: Vec<FieldError>,
}

/// Why the visitor sees this page instead of where they were going.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reason {
    /// Their session ran out.
    pub expired: bool,
    /// What they had typed is kept for after the sign-in.
    pub form_kept: bool,
}

pub fn sign_in(
    ctx: &PageContext,
    csrf_token: &str,
    form: &SignInForm,
    reason: Reason,
    limits: (u32, u32),
) -> Markup {
    let error_for = |name: &str| {
        form.errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| e.message.clone())
    };
    let mut email = Field::account_email("email", ctx.t("sign-in-email"));
    email.value = form.email;
    email.error = error_for("email");
    let mut password = password_field(
        "password",
        ctx.t("sign-in-password"),
        "current-password",
        if form.shown { form.password } else { "" },
        form.shown,
    );
    password.error = error_for("password");
    let (idle, absolute) = limits;
    let body = html! {
        h1 { (ctx.t("sign-in-title")) }
        (error_summary(ctx, &form.errors))
        @if reason.expired && form.errors.is_empty() {
            (flash(ctx, FlashKind::Info, &ctx.t_args("sign-in-expired", &[("idle", &idle.to_string())])))
        }
        @if reason.form_kept && form.errors.is_empty() {
            (flash(ctx, FlashKind::Info, &ctx.t("sign-in-form-kept")))
        }
        p { (ctx.t_args("sign-in-limits", &[("idle", &idle.to_string()), ("absolute", &absolute.to_string())])) }
        form method="post" action=(paths::SIGN_IN) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            @if !form.next.is_empty() { (hidden("next", form.next)) }
            (field(ctx, &email))
            (field(ctx, &password))
            div class="button-group" {
                (button(&ctx.t("sign-in-button"), ButtonStyle::Primary))
                (password_toggle(ctx, form.shown))
            }
        }
        h2 { (ctx.t("sign-in-other-ways-heading")) }
        ul class="list list--links" {
            li { a href=(paths::SIGN_IN_LINK) { (ctx.t("sign-in-link-link")) } }
            li { a href=(paths::PASSWORD_FORGOTTEN) { (ctx.t("sign-in-forgotten-link")) } }
        }
        h2 { (ctx.t("sign-in-no-account-heading")) }
        p {
            (ctx.t("sign-in-no-account-text")) " "
            a href=(paths::ACTIVATE) { (ctx.t("sign-in-activate-link")) }
        }
    };
    let mut page = Page::new("sign-in-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

/// After signing out: said in words (a screen reader hears it as the new page's title), and
/// the ways back in.
pub fn signed_out(ctx: &PageContext) -> Markup {
    let body = html! {
        h1 { (ctx.t("signed-out-title")) }
        p class="lead" { (ctx.t("signed-out-text")) }
        ul class="list list--links" {
            li { a href=(paths::SIGN_IN) { (ctx.t("signed-out-again")) } }
            li { a href=(paths::HOME) { (ctx.t("signed-out-home")) } }
        }
    };
    render(ctx, Page::new("signed-out-title", body))
}

//! The pages around an e-mailed link: asking for it (e-mail address only), "check your
//! e-mail", the page the link opens (one button, so that mail scanners opening links do
//! not use them up), and "this link no longer works".

use maud::{Markup, html};

use crate::auth::csrf;
use crate::paths;
use crate::views::components::{
    ButtonStyle, Field, FieldError, button, error_summary, field, hidden,
};
use crate::views::{Page, PageContext, render};

/// The texts and target of one "send me a link" form.
pub struct LinkRequest {
    pub title: &'static str,
    pub intro: &'static str,
    pub button: &'static str,
    pub action: &'static str,
}

pub fn request(
    ctx: &PageContext,
    csrf_token: &str,
    texts: &LinkRequest,
    email: &str,
    errors: &[FieldError],
) -> Markup {
    let mut email_field = Field::account_email("email", ctx.t("link-email"));
    email_field.hint = Some(ctx.t("link-email-hint"));
    email_field.value = email;
    email_field.error = errors
        .iter()
        .find(|e| e.field == "email")
        .map(|e| e.message.clone());
    let body = html! {
        h1 { (ctx.t(texts.title)) }
        (error_summary(ctx, errors))
        p { (ctx.t(texts.intro)) }
        form method="post" action=(texts.action) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (field(ctx, &email_field))
            (button(&ctx.t(texts.button), ButtonStyle::Primary))
        }
        ul class="list list--links" { li { a href=(paths::SIGN_IN) { (ctx.t("link-back-to-sign-in")) } } }
    };
    let mut page = Page::new(texts.title, body);
    page.has_errors = !errors.is_empty();
    render(ctx, page)
}

/// "Check your e-mail": the same page whether or not the address is known.
pub fn sent(ctx: &PageContext, text: &'static str, expiry: &'static str) -> Markup {
    let body = html! {
        h1 { (ctx.t("link-sent-title")) }
        p class="lead" { (ctx.t(text)) }
        p { (ctx.t(expiry)) }
        h2 { (ctx.t("activate-sent-none-heading")) }
        p {
            (ctx.t("activate-sent-none-text")) " "
            a href=(paths::CONTACT) { (ctx.t("home-help-link")) }
        }
    };
    render(ctx, Page::new("link-sent-title", body))
}

/// The page an e-mailed link opens: what will happen, and one button to do it.
pub fn use_link(
    ctx: &PageContext,
    csrf_token: &str,
    title: &'static str,
    text: String,
    button_label: &'static str,
    action: &str,
) -> Markup {
    let body = html! {
        h1 { (ctx.t(title)) }
        p class="lead" { (text) }
        form method="post" action=(action) {
            (hidden(csrf::FIELD, csrf_token))
            (button(&ctx.t(button_label), ButtonStyle::Primary))
        }
    };
    render(ctx, Page::new(title, body))
}

/// The link was used already, has expired, was replaced by a newer one, or never existed.
pub fn link_invalid(ctx: &PageContext, again: &str) -> Markup {
    let body = html! {
        h1 { (ctx.t("link-invalid-title")) }
        p class="lead" { (ctx.t("link-invalid-text")) }
        ul class="list list--links" { li { a href=(again) { (ctx.t("link-invalid-again")) } } }
    };
    render(ctx, Page::new("link-invalid-title", body))
}

/// What a link did, for a visitor who is not signed in here (with the way to sign in).
pub fn done(ctx: &PageContext, title: &'static str, text: &'static str) -> Markup {
    let body = html! {
        h1 { (ctx.t(title)) }
        p class="lead" { (ctx.t(text)) }
        ul class="list list--links" { li { a href=(paths::SIGN_IN) { (ctx.t("link-back-to-sign-in")) } } }
    };
    render(ctx, Page::new(title, body))
}

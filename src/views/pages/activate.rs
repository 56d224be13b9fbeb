//! Activating portal access: customer number and e-mail address, then a link by e-mail,
//! then a password.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::paths;
use crate::views::components::{
    ButtonStyle, Field, FieldError, InputKind, button, error_summary, field, hidden,
};
use crate::views::{Page, PageContext, render};

/// The request form, as typed.
#[derive(Default)]
pub struct ActivateForm<'a> {
    pub customer_number: &'a str,
    pub email: &'a str,
    pub errors: Vec<FieldError>,
}

fn error_for(errors: &[FieldError], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == name)
        .map(|e| e.message.clone())
}

pub fn request(ctx: &PageContext, csrf_token: &str, form: &ActivateForm) -> Markup {
    let mut number = Field::new(
        "customer_number",
        ctx.t("activate-customer-number"),
        InputKind::Text,
        "off",
    );
    number.hint = Some(ctx.t("activate-customer-number-hint"));
    number.value = form.customer_number;
    number.inputmode = Some("numeric");
    number.error = error_for(&form.errors, "customer_number");
    let mut email = Field::new("email", ctx.t("activate-email"), InputKind::Email, "email");
    email.hint = Some(ctx.t("activate-email-hint"));
    email.value = form.email;
    email.error = error_for(&form.errors, "email");
    let body = html! {
        h1 { (ctx.t("activate-title")) }
        (error_summary(ctx, &form.errors))
        p { (ctx.t("activate-intro")) }
        form method="post" action=(paths::ACTIVATE) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (field(ctx, &number))
            (field(ctx, &email))
            (button(&ctx.t("activate-button"), ButtonStyle::Primary))
        }
    };
    let mut page = Page::new("activate-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

pub fn sent(ctx: &PageContext) -> Markup {
    let body = html! {
        h1 { (ctx.t("activate-sent-title")) }
        p class="lead" { (ctx.t("activate-sent-text")) }
        p { (ctx.t("activate-sent-expiry")) }
        h2 { (ctx.t("activate-sent-none-heading")) }
        p {
            (ctx.t("activate-sent-none-text")) " "
            a href=(paths::CONTACT) { (ctx.t("home-help-link")) }
        }
    };
    render(ctx, Page::new("activate-sent-title", body))
}

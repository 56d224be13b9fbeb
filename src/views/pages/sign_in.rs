//! The sign-in page: e-mail address and password, with the session limits stated.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::routes::paths;
use crate::views::components::{
    ButtonStyle, Field, FieldError, InputKind, button, error_summary, field, hidden,
};
use crate::views::{Page, PageContext, render};

/// What the form shows again after a failed attempt: the e-mail typed, never the password.
#[derive(Default)]
pub struct SignInForm<'a> {
    pub email: &'a str,
    pub errors: Vec<FieldError>,
}

pub fn sign_in(
    ctx: &PageContext,
    csrf_token: &str,
    form: &SignInForm,
    idle_minutes: u32,
    absolute_hours: u32,
) -> Markup {
    let error_for = |name: &str| {
        form.errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| e.message.clone())
    };
    let mut email = Field::new(
        "email",
        ctx.t("sign-in-email"),
        InputKind::Email,
        "username",
    );
    email.value = form.email;
    email.error = error_for("email");
    let mut password = Field::new(
        "password",
        ctx.t("sign-in-password"),
        InputKind::Password,
        "current-password",
    );
    password.error = error_for("password");
    let body = html! {
        h1 { (ctx.t("sign-in-title")) }
        (error_summary(ctx, &form.errors))
        p { (ctx.t_args("sign-in-limits", &[("idle", &idle_minutes.to_string()), ("absolute", &absolute_hours.to_string())])) }
        form method="post" action=(paths::SIGN_IN) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (field(ctx, &email))
            (field(ctx, &password))
            (button(&ctx.t("sign-in-button"), ButtonStyle::Primary))
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

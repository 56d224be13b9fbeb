//! Choosing a password (after activation or a reset link) and changing it when signed in.
//! Every password field can be shown as text without JavaScript (see `components::password`).

use maud::{Markup, html};

use crate::auth::{csrf, password_policy};
use crate::paths;
use crate::views::components::{
    ButtonStyle, FieldError, button, error_summary, field, hidden, password_field, password_toggle,
};
use crate::views::{Page, PageContext, render};

fn error_for(errors: &[FieldError], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == name)
        .map(|e| e.message.clone())
}

fn rules_hint(ctx: &PageContext) -> String {
    ctx.t_args(
        "activate-password-hint",
        &[
            ("min", &password_policy::MIN_CHARS.to_string()),
            (
                "recommended",
                &password_policy::RECOMMENDED_CHARS.to_string(),
            ),
        ],
    )
}

/// What the form shows again: the typed values (shown only when asked) and the errors.
#[derive(Default)]
pub struct PasswordForm<'a> {
    pub current: &'a str,
    pub new: &'a str,
    pub shown: bool,
    pub errors: Vec<FieldError>,
}

/// One new password, for the page an activation or reset link opens.
pub fn choose_password(
    ctx: &PageContext,
    csrf_token: &str,
    action: &str,
    title: &'static str,
    form: &PasswordForm,
) -> Markup {
    let mut password = password_field(
        "password",
        ctx.t("activate-password"),
        "new-password",
        if form.shown { form.new } else { "" },
        form.shown,
    );
    password.hint = Some(rules_hint(ctx));
    password.error = error_for(&form.errors, "password");
    let body = html! {
        h1 { (ctx.t(title)) }
        (error_summary(ctx, &form.errors))
        form method="post" action=(action) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (field(ctx, &password))
            div class="button-group" {
                (button(&ctx.t("activate-password-button"), ButtonStyle::Primary))
                (password_toggle(ctx, form.shown))
            }
        }
    };
    let mut page = Page::new(title, body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

/// The signed-in change: the current password again, then the new one.
pub fn change_password(ctx: &PageContext, csrf_token: &str, form: &PasswordForm) -> Markup {
    let mut current = password_field(
        "current_password",
        ctx.t("change-password-current"),
        "current-password",
        if form.shown { form.current } else { "" },
        form.shown,
    );
    current.error = error_for(&form.errors, "current_password");
    let mut new = password_field(
        "password",
        ctx.t("activate-password"),
        "new-password",
        if form.shown { form.new } else { "" },
        form.shown,
    );
    new.hint = Some(rules_hint(ctx));
    new.error = error_for(&form.errors, "password");
    let body = html! {
        h1 { (ctx.t("change-password-title")) }
        (error_summary(ctx, &form.errors))
        p { (ctx.t("change-password-intro")) }
        form method="post" action=(paths::CHANGE_PASSWORD) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (field(ctx, &current))
            (field(ctx, &new))
            div class="button-group" {
                (button(&ctx.t("change-password-button"), ButtonStyle::Primary))
                (password_toggle(ctx, form.shown))
            }
        }
        ul class="list list--links" { li { a href=(paths::PASSWORD_FORGOTTEN) { (ctx.t("sign-in-forgotten-link")) } } }
    };
    let mut page = Page::new("change-password-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

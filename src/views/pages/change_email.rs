//! Changing the e-mail address: the password again and the new address, then a link to
//! the new address; the old address is told when it is done.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::paths;
use crate::views::components::{
    ButtonStyle, Field, FieldError, FlashKind, InputKind, button, error_summary, field, flash,
    hidden, password_field, password_toggle,
};
use crate::views::{Page, PageContext, render};

#[derive(Default)]
pub struct EmailForm<'a> {
    pub current_email: &'a str,
    pub new_email: &'a str,
    pub password: &'a str,
    pub shown: bool,
    /// The new address was kept from a form posted after the session ran out.
    pub restored: bool,
    pub errors: Vec<FieldError>,
}

pub fn change_email(ctx: &PageContext, csrf_token: &str, form: &EmailForm) -> Markup {
    let error_for = |name: &str| {
        form.errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| e.message.clone())
    };
    let mut new_email = Field::new(
        "new_email",
        ctx.t("change-email-new"),
        InputKind::Email,
        "email",
    );
    new_email.hint = Some(ctx.t("change-email-new-hint"));
    new_email.value = form.new_email;
    new_email.error = error_for("new_email");
    let mut password = password_field(
        "current_password",
        ctx.t("change-password-current"),
        "current-password",
        if form.shown { form.password } else { "" },
        form.shown,
    );
    password.hint = Some(ctx.t("change-email-password-hint"));
    password.error = error_for("current_password");
    let body = html! {
        h1 { (ctx.t("change-email-title")) }
        (error_summary(ctx, &form.errors))
        @if form.restored {
            (flash(ctx, FlashKind::Info, &ctx.t("form-restored")))
        }
        p { (ctx.t_args("change-email-intro", &[("email", form.current_email)])) }
        form method="post" action=(paths::CHANGE_EMAIL) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (field(ctx, &new_email))
            (field(ctx, &password))
            div class="button-group" {
                (button(&ctx.t("change-email-button"), ButtonStyle::Primary))
                (password_toggle(ctx, form.shown))
            }
        }
    };
    let mut page = Page::new("change-email-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

/// "Check your new inbox".
pub fn sent(ctx: &PageContext) -> Markup {
    let body = html! {
        h1 { (ctx.t("link-sent-title")) }
        p class="lead" { (ctx.t("change-email-sent-text")) }
        p { (ctx.t("change-email-sent-expiry")) }
        ul class="list list--links" { li { a href=(paths::ACCOUNT) { (ctx.t("back-to-account")) } } }
    };
    render(ctx, Page::new("link-sent-title", body))
}

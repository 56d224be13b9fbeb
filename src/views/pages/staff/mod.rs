//! The staff entrance and the staff area's pages: sign-in and the administrator's list
//! of staff with a form to add someone here; the start page (`dashboard`) beside it.

pub mod action;
pub mod audit;
pub mod breaches;
pub mod common;
pub mod dashboard;
pub mod queue;
pub mod register;
pub mod request;
pub mod retention;

use maud::{Markup, html};

use crate::auth::csrf;
use crate::paths;
use crate::staff::{Role, StaffMember};
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, Field, FieldError, FlashKind, InputKind, Table, button,
    choices, data_table, error_summary, field, flash, hidden, password_field, password_toggle,
};
use crate::views::{Page, PageContext, render};

fn error_for(errors: &[FieldError], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == name)
        .map(|e| e.message.clone())
}

/// What the staff sign-in form shows again.
#[derive(Default)]
pub struct StaffSignInForm<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub shown: bool,
    pub errors: Vec<FieldError>,
}

pub fn sign_in(ctx: &PageContext, csrf_token: &str, form: &StaffSignInForm) -> Markup {
    let mut email = Field::account_email("email", ctx.t("sign-in-email"));
    email.value = form.email;
    email.error = error_for(&form.errors, "email");
    let mut password = password_field(
        "password",
        ctx.t("sign-in-password"),
        "current-password",
        if form.shown { form.password } else { "" },
        form.shown,
    );
    password.error = error_for(&form.errors, "password");
    let body = html! {
        h1 { (ctx.t("staff-sign-in-title")) }
        (error_summary(ctx, &form.errors))
        p { (ctx.t("staff-sign-in-intro")) }
        form method="post" action=(paths::STAFF_SIGN_IN) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (field(ctx, &email))
            (field(ctx, &password))
            div class="button-group" {
                (button(&ctx.t("sign-in-button"), ButtonStyle::Primary))
                (password_toggle(ctx, form.shown))
            }
        }
    };
    let mut page = Page::new("staff-sign-in-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

/// What the "add a staff member" form shows again.
#[derive(Default)]
pub struct NewStaffForm<'a> {
    pub email: &'a str,
    pub role: &'a str,
    pub errors: Vec<FieldError>,
    /// Set after someone was added: their address.
    pub added: Option<&'a str>,
}

pub fn team(
    ctx: &PageContext,
    csrf_token: &str,
    members: &[StaffMember],
    form: &NewStaffForm,
) -> Markup {
    let rows: Vec<Vec<Markup>> = members
        .iter()
        .map(|m| {
            vec![
                html! { (m.email) },
                html! { (ctx.t(m.role.name_id())) },
                html! { (ctx.t(if m.active { "staff-team-active" } else { "staff-team-invited" })) },
            ]
        })
        .collect();
    let table = Table {
        id: "staff_team",
        caption: ctx.t("staff-team-caption"),
        headers: vec![
            ctx.t("sign-in-email"),
            ctx.t("staff-team-role"),
            ctx.t("staff-team-status"),
        ],
        rows,
    };
    let mut email = Field::new("email", ctx.t("sign-in-email"), InputKind::Email, "off");
    email.value = form.email;
    email.error = error_for(&form.errors, "email");
    let role_choices: Vec<Choice> = Role::ALL
        .iter()
        .map(|role| Choice {
            value: role.code(),
            label: ctx.t(role.name_id()),
            hint: None,
            checked: form.role == role.code(),
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("staff-team-title")) }
        (error_summary(ctx, &form.errors))
        @if let Some(added) = form.added {
            (flash(ctx, FlashKind::Success, &ctx.t_args("staff-team-added", &[("email", added)])))
        }
        (data_table(&table))
        h2 { (ctx.t("staff-team-add-heading")) }
        p { (ctx.t("staff-team-add-intro")) }
        form method="post" action=(paths::STAFF_TEAM) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (field(ctx, &email))
            (choices(ctx, "role", &ctx.t("staff-team-role"), None, error_for(&form.errors, "role").as_deref(), ChoiceKind::Radio, &role_choices))
            (button(&ctx.t("staff-team-add-button"), ButtonStyle::Primary))
        }
    };
    let mut page = Page::new("staff-team-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

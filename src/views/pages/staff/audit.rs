//! The privacy officer's audit search: the filter form (kept in the URL), the records
//! found, a CSV export of the same, and the state of the chain's last verification.

use maud::{Markup, html};

use super::error_for;
use crate::audit::verify::LastVerification;
use crate::auth::csrf;
use crate::db::AuditEntry;
use crate::domain::Period;
use crate::i18n::{moment_in_words, try_t};
use crate::paths;
use crate::staff::{Role, StaffMember};
use crate::vault::AuditSearchPage;
use crate::views::components::{
    ButtonStyle, Field, FieldError, InputKind, Select, Table, button, data_table, error_summary,
    field, hidden, page_count, pagination, period_choices, select,
};
use crate::views::{Page, PageContext, render};

/// The filter as typed, shown again as it was, with its problems.
pub struct AuditForm<'a> {
    pub customer: &'a str,
    pub staff: &'a str,
    pub action: &'a str,
    pub reference: &'a str,
    pub period: Option<Period>,
    pub from: &'a str,
    pub to: &'a str,
    pub errors: Vec<FieldError>,
}

impl AuditForm<'_> {
    /// The filter's query string (without the page), as the form itself sends it.
    fn query(&self) -> url::form_urlencoded::Serializer<'static, String> {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("customer", self.customer),
            ("staff", self.staff),
            ("action", self.action),
            ("reference", self.reference),
            ("period", self.period.map_or("", Period::code)),
            ("from", self.from),
            ("to", self.to),
        ] {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        query
    }

    fn page_url(&self, page: i64) -> String {
        let mut query = self.query();
        query.append_pair("page", &page.to_string());
        format!("{}?{}", paths::STAFF_AUDIT, query.finish())
    }

    fn csv_url(&self) -> String {
        let query = self.query().finish();
        if query.is_empty() {
            paths::STAFF_AUDIT_CSV.to_string()
        } else {
            format!("{}?{query}", paths::STAFF_AUDIT_CSV)
        }
    }
}

/// What a valid search found, and which page of it this is.
pub struct Results<'a> {
    pub found: &'a AuditSearchPage,
    pub page: i64,
    pub per_page: i64,
}

pub fn audit(
    ctx: &PageContext,
    csrf_token: &str,
    form: &AuditForm,
    members: &[StaffMember],
    results: Option<Results>,
    last: Option<&LastVerification>,
) -> Markup {
    let body = html! {
        h1 { (ctx.t("staff-audit-title")) }
        (error_summary(ctx, &form.errors))
        p class="lead" { (ctx.t("staff-audit-intro")) }
        (verification(ctx, csrf_token, last))
        h2 { (ctx.t("staff-audit-filter-heading")) }
        (filters(ctx, form, members))
        @if let Some(results) = results {
            (found(ctx, form, members, &results))
        }
    };
    let mut page = Page::new("staff-audit-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

fn verification(ctx: &PageContext, csrf_token: &str, last: Option<&LastVerification>) -> Markup {
    let zone = &ctx.organisation.time_zone;
    html! {
        section class="audit-verification" aria-labelledby="verification" {
            h2 id="verification" { (ctx.t("staff-audit-verify-heading")) }
            @match last {
                None => p { (ctx.t("staff-audit-verify-never")) },
                Some(last) => {
                    @if let Some(records) = last.records {
                        p class="audit-verification__verdict" {
                            strong { (ctx.t("staff-audit-verify-intact")) } " "
                            (ctx.t_with_number("staff-audit-verify-intact-records", "count", records))
                        }
                    } @else {
                        p class="audit-verification__verdict audit-verification__verdict--broken" {
                            strong { (ctx.t("staff-audit-verify-broken")) } " "
                            (ctx.t_args("staff-audit-verify-broken-at", &[
                                ("seq", &last.broken_at.unwrap_or_default().to_string()),
                                ("problem", &ctx.t(&format!("staff-audit-problem-{}", last.problem.as_deref().unwrap_or("changed")))),
                            ]))
                        }
                    }
                    p { (ctx.t_args("staff-audit-verify-when", &[("moment", &moment_in_words(ctx.lang, zone, last.at))])) }
                }
            }
            form method="post" action=(paths::STAFF_AUDIT_VERIFY) {
                (hidden(csrf::FIELD, csrf_token))
                (button(&ctx.t("staff-audit-verify-button"), ButtonStyle::Secondary))
            }
        }
    }
}

fn filters(ctx: &PageContext, form: &AuditForm, members: &[StaffMember]) -> Markup {
    let mut customer = Field::new(
        "customer",
        ctx.t("staff-audit-customer"),
        InputKind::Text,
        "off",
    );
    customer.value = form.customer;
    customer.inputmode = Some("numeric");
    customer.hint = Some(ctx.t("staff-audit-customer-hint"));
    customer.error = error_for(&form.errors, "customer");
    let ids: Vec<String> = members.iter().map(|m| m.id.to_string()).collect();
    let mut options = vec![("", ctx.t("staff-audit-staff-all"))];
    options.extend(members.iter().zip(&ids).map(|(m, id)| {
        (
            id.as_str(),
            format!("{} ({})", m.email, ctx.t(m.role.name_id())),
        )
    }));
    let staff = Select {
        name: "staff",
        label: ctx.t("staff-audit-staff"),
        hint: None,
        error: error_for(&form.errors, "staff"),
        options,
        selected: form.staff,
        autocomplete: "off",
        optional: false,
    };
    let mut action = Field::new(
        "action",
        ctx.t("staff-audit-action"),
        InputKind::Text,
        "off",
    );
    action.value = form.action;
    action.hint = Some(ctx.t("staff-audit-action-hint"));
    action.spellcheck_off = true;
    let mut reference = Field::new(
        "reference",
        ctx.t("staff-audit-reference"),
        InputKind::Text,
        "off",
    );
    reference.value = form.reference;
    reference.hint = Some(ctx.t("staff-audit-reference-hint"));
    reference.spellcheck_off = true;
    // Plain text, not `type=date`: the browser's own date widget differs per browser and
    // language and traps Tab in its parts; the hint says what to type.
    let mut from = Field::new("from", ctx.t("staff-audit-from"), InputKind::Text, "off");
    from.value = form.from;
    from.hint = Some(ctx.t("staff-audit-date-hint"));
    from.error = error_for(&form.errors, "from");
    let mut to = Field::new("to", ctx.t("staff-audit-to"), InputKind::Text, "off");
    to.value = form.to;
    to.hint = Some(ctx.t("staff-audit-date-hint"));
    to.error = error_for(&form.errors, "to");
    html! {
        form method="get" action=(paths::STAFF_AUDIT) class="filters audit-filters" novalidate {
            (field(ctx, &customer))
            (select(ctx, &staff))
            (field(ctx, &action))
            (field(ctx, &reference))
            (period_choices(ctx, form.period))
            (field(ctx, &from))
            (field(ctx, &to))
            div class="button-group" {
                (button(&ctx.t("staff-audit-search-button"), ButtonStyle::Primary))
                a href=(paths::STAFF_AUDIT) { (ctx.t("staff-audit-clear")) }
            }
        }
    }
}

fn found(
    ctx: &PageContext,
    form: &AuditForm,
    members: &[StaffMember],
    results: &Results,
) -> Markup {
    let pages = page_count(results.found.total, results.per_page);
    let zone = &ctx.organisation.time_zone;
    let rows = results
        .found
        .records
        .iter()
        .map(|row| {
            let r = &row.entry;
            vec![
                html! { (moment_in_words(ctx.lang, zone, r.at)) },
                html! { (who(ctx, members, r)) },
                html! {
                    (action_in_words(ctx, &r.action))
                    br;
                    code class="audit-code" { (r.action) }
                },
                html! {
                    @match r.customer_id {
                        Some(id) => code class="audit-code" { (id) },
                        None => (ctx.t("staff-audit-no-customer")),
                    }
                },
                html! { (r.reason.clone().unwrap_or_else(|| ctx.t("staff-audit-no-reason"))) },
            ]
        })
        .collect();
    html! {
        h2 { (ctx.t("staff-audit-results-heading")) }
        p { (ctx.t_with_number("staff-audit-found", "count", results.found.total)) }
        ul class="list list--links" { li { a href=(form.csv_url()) download { (ctx.t("staff-audit-csv-link")) } } }
        @if !results.found.records.is_empty() {
            (data_table(&Table {
                id: "audit_records",
                caption: ctx.t_args("staff-audit-caption", &[("page", &results.page.to_string()), ("pages", &pages.to_string())]),
                headers: vec![
                    ctx.t("staff-audit-when"),
                    ctx.t("staff-audit-who"),
                    ctx.t("staff-audit-what"),
                    ctx.t("staff-audit-whose"),
                    ctx.t("staff-audit-why"),
                ],
                rows,
            }))
        }
        (pagination(ctx, results.page, pages, |n| form.page_url(n)))
    }
}

/// Who acted: a staff member by e-mail address and role, a customer, or a job.
fn who(ctx: &PageContext, members: &[StaffMember], r: &AuditEntry) -> String {
    match r.actor_kind.as_str() {
        "staff" => {
            let role = Role::from_code(&r.actor_role)
                .map_or_else(|| r.actor_role.clone(), |role| ctx.t(role.name_id()));
            match members.iter().find(|m| m.id.to_string() == r.actor_id) {
                Some(member) => format!("{} ({role})", member.email),
                None => ctx.t_args("staff-audit-who-staff-unknown", &[("role", &role)]),
            }
        }
        "customer" => ctx.t("staff-audit-who-customer"),
        _ => ctx.t_args("staff-audit-who-system", &[("job", &r.actor_id)]),
    }
}

/// The action in words where there is a text for it, else its code.
fn action_in_words(ctx: &PageContext, code: &str) -> String {
    try_t(
        ctx.lang,
        &format!("audit-action-{}", code.replace('.', "-")),
    )
    .unwrap_or_else(|| code.to_string())
}

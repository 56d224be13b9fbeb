//! `/staff/breaches/{reference}/edit`: the privacy officer's form for the whole record.
//! Saving appends an event; nothing is overwritten. Moments are typed as text with a
//! hint (no date widgets), in the organisation's local time.

use maud::{Markup, html};

use super::{BreachForm, NATURE, NATURE_HOW, decision_id, nature_id, status_id};
use crate::auth::csrf;
use crate::paths;
use crate::privacy::register::Register;
use crate::staff::breach::{Decision, Status};
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, Field, FieldError, InputKind, TextArea, button, choices,
    error_summary, field, fieldset, hidden, optional_note, textarea,
};
use crate::views::{Page, PageContext, render};

pub struct EditView<'a> {
    pub reference: &'a str,
    pub csrf_token: &'a str,
    pub form: &'a BreachForm,
    pub errors: &'a [FieldError],
    pub register: &'a Register,
}

pub fn edit(ctx: &PageContext, view: &EditView) -> Markup {
    let form = view.form;
    let errors = view.errors;
    let error = |name: &str| FieldError::find(errors, name);
    let line = |name: &'static str, label_id: &str, value: &str, hint: Option<String>| {
        let mut f = Field::new(name, ctx.t(label_id), InputKind::Text, "off");
        f.value = value;
        f.hint = hint;
        f.error = error(name);
        // A record filled in as the facts come in: only its title is needed to save it.
        f.optional = name != "title";
        field(ctx, &f)
    };
    let moment = |name: &'static str, label_id: &str, value: &str| {
        line(name, label_id, value, Some(ctx.t("breach-moment-hint")))
    };
    let number = |name: &'static str, label_id: &str, value: &str| {
        let mut f = Field::new(name, ctx.t(label_id), InputKind::Text, "off");
        f.value = value;
        f.inputmode = Some("numeric");
        f.error = error(name);
        f.optional = true;
        field(ctx, &f)
    };
    let area = |name: &'static str, label_id: &str, value: &str, hint: Option<String>| {
        let mut a = TextArea::new(name, ctx.t(label_id));
        a.value = value;
        a.hint = hint;
        a.error = error(name);
        a.rows = 4;
        a.optional = true;
        textarea(ctx, &a)
    };
    let yes_no = |name: &str, legend_id: &str, chosen: &str| {
        let options: Vec<Choice> = [
            ("yes", "breach-yes"),
            ("no", "breach-no"),
            ("unknown", "breach-unknown"),
        ]
        .into_iter()
        .map(|(value, label)| Choice {
            value,
            label: ctx.t(label),
            hint: None,
            checked: chosen == value,
        })
        .collect();
        choices(
            ctx,
            name,
            &ctx.t(legend_id),
            None,
            error(name).as_deref(),
            ChoiceKind::Radio,
            &options,
        )
    };
    let ticks = |name: &str,
                 legend_id: &str,
                 hint: Option<&str>,
                 options: Vec<(&str, String)>,
                 chosen: &[String]| {
        let options: Vec<Choice> = options
            .into_iter()
            .map(|(value, label)| Choice {
                value,
                label,
                hint: None,
                checked: chosen.iter().any(|c| c == value),
            })
            .collect();
        choices(
            ctx,
            name,
            &ctx.t(legend_id),
            hint,
            error(name).as_deref(),
            ChoiceKind::Checkbox,
            &options,
        )
    };
    let statuses: Vec<Choice> = Status::ALL
        .iter()
        .map(|s| Choice {
            value: s.code(),
            label: ctx.t(status_id(*s)),
            hint: None,
            checked: form.status == s.code(),
        })
        .collect();
    let decisions: Vec<Choice> = Decision::ALL
        .iter()
        .map(|d| Choice {
            value: d.code(),
            label: ctx.t(decision_id(Some(*d))),
            hint: None,
            checked: form.decision == d.code(),
        })
        .collect();
    let categories: Vec<(&str, String)> = view
        .register
        .categories()
        .iter()
        .map(|c| (c.id, crate::privacy::texts::name(ctx.lang, c)))
        .collect();
    let aware_hint = ctx.t("breach-field-aware-at-hint");
    let body = html! {
        h1 { (ctx.t_args("breach-edit-heading", &[("reference", view.reference)])) }
        (error_summary(ctx, errors))
        p class="lead" { (ctx.t("breach-edit-intro")) }
        form method="post" action=(paths::staff_breach_page(view.reference, "edit")) novalidate {
            (hidden(csrf::FIELD, view.csrf_token))
            (hidden("version", &form.version))
            (optional_note(ctx))
            (fieldset(&ctx.t("breach-section-notification"), false, html! {
                (line("title", "breach-field-title", &form.title, None))
                (choices(ctx, "status", &ctx.t("breach-col-status"), None, error("status").as_deref(), ChoiceKind::Radio, &statuses))
                (line("ap_reference", "breach-field-ap-reference", &form.ap_reference, None))
            }))
            (fieldset(&ctx.t("breach-section-timeline"), false, html! {
                (moment("occurred_from", "breach-field-occurred-from", &form.occurred_from))
                (moment("occurred_to", "breach-field-occurred-to", &form.occurred_to))
                (yes_no("ongoing", "breach-field-ongoing", &form.ongoing))
                (moment("noticed_at", "breach-field-noticed-at", &form.noticed_at))
                (moment("discovered_at", "breach-field-discovered-at", &form.discovered_at))
                (line("aware_at", "breach-field-aware-at", &form.aware_at, Some(aware_hint)))
                (moment("processor_told_at", "breach-field-processor-told-at", &form.processor_told_at))
                (moment("ap_notified_at", "breach-field-ap-notified-at", &form.ap_notified_at))
                (area("delay_reasons", "breach-field-delay-reasons", &form.delay_reasons, Some(ctx.t("breach-field-delay-reasons-hint"))))
            }))
            (fieldset(&ctx.t("breach-section-breach"), false, html! {
                (area("what_happened", "breach-field-what-happened", &form.what_happened, None))
                (area("how_noticed", "breach-field-how-noticed", &form.how_noticed, None))
                (ticks("nature", "breach-field-nature", None, NATURE.iter().map(|c| (*c, ctx.t(nature_id(c)))).collect(), &form.nature))
                (ticks("nature_how", "breach-field-nature-how", None, NATURE_HOW.iter().map(|c| (*c, ctx.t(nature_id(c)))).collect(), &form.nature_how))
            }))
            (fieldset(&ctx.t("breach-section-data"), false, html! {
                (area("affected", "breach-field-affected", &form.affected, None))
                (ticks("categories", "breach-field-categories", Some(&ctx.t("breach-field-categories-hint")), categories, &form.categories))
                (number("records_min", "breach-field-records-min", &form.records_min))
                (number("records_max", "breach-field-records-max", &form.records_max))
                (yes_no("special_categories", "breach-field-special", &form.special_categories))
                (area("encryption", "breach-field-encryption", &form.encryption, None))
            }))
            (fieldset(&ctx.t("breach-section-people"), false, html! {
                (area("subject_categories", "breach-field-subject-categories", &form.subject_categories, None))
                (number("people_min", "breach-field-people-min", &form.people_min))
                (number("people_max", "breach-field-people-max", &form.people_max))
                (yes_no("vulnerable", "breach-field-vulnerable", &form.vulnerable))
            }))
            (fieldset(&ctx.t("breach-section-consequences"), false, html! {
                (area("consequences", "breach-field-consequences", &form.consequences, None))
                (line("severity", "breach-field-severity", &form.severity, None))
                (choices(ctx, "decision", &ctx.t("breach-field-decision"), Some(&ctx.t("breach-field-decision-hint")), error("decision").as_deref(), ChoiceKind::Radio, &decisions))
                (area("rationale", "breach-field-rationale", &form.rationale, Some(ctx.t("breach-field-rationale-hint"))))
            }))
            (fieldset(&ctx.t("breach-section-measures"), false, html! {
                (area("measures", "breach-field-measures", &form.measures, None))
            }))
            (fieldset(&ctx.t("breach-section-follow-up"), false, html! {
                (area("follow_up", "breach-field-follow-up", &form.follow_up, Some(ctx.t("breach-field-follow-up-hint"))))
            }))
            (button(&ctx.t("breach-edit-button"), ButtonStyle::Primary))
        }
        ul class="list list--links" {
            li { a href=(paths::staff_breach(view.reference)) { (ctx.t("breach-back-to-record")) } }
        }
    };
    let mut page = Page::new("breach-edit-title", body);
    page.has_errors = !errors.is_empty();
    render(ctx, page)
}

/// The record changed since the form was shown: nothing was saved (409).
pub fn stale(ctx: &PageContext, reference: &str) -> Markup {
    let body = html! {
        h1 { (ctx.t("breach-stale-title")) }
        p class="lead" { (ctx.t("breach-stale-text")) }
        ul class="list list--links" {
            li { a href=(paths::staff_breach(reference)) { (ctx.t("breach-back-to-record")) } }
        }
    };
    render(ctx, Page::new("breach-stale-title", body))
}

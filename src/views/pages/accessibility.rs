//! The accessibility statement, in the form of the Dutch model statement
//! (toegankelijkheidsverklaring, digitoegankelijk.nl): organisation and scope, status and
//! date, standard, how it was tested, what does not work yet, how to report a problem and
//! how soon we answer, and where to go when our answer does not help. Status, date and the
//! failed criteria come from the accessibility suite's last report; nothing is typed by hand.

use maud::{Markup, html};

use crate::a11y_report::{Criteria, Status, TestRun};
use crate::i18n::date_in_words;
use crate::paths;
use crate::views::pages::contact::email_reply;
use crate::views::{Page, PageContext, render};

/// What the last run of the suite says, as the statement needs it.
pub struct Evaluation<'a> {
    pub run: Option<&'a TestRun>,
    pub criteria: Option<&'a Criteria>,
    pub status: Status,
    pub has_wcag_em: bool,
}

pub fn accessibility(ctx: &PageContext, evaluation: &Evaluation) -> Markup {
    let org = &ctx.organisation;
    let organisation = org.name.as_str();
    let date = evaluation.run.map(|run| {
        date_in_words(
            ctx.lang,
            crate::i18n::local(&org.time_zone, run.date).date(),
        )
    });
    let to_check = evaluation.criteria.map_or(0, |c| c.to_check);
    let body = html! {
        h1 { (ctx.t("a11y-title")) }
        p class="lead" { (ctx.t_args("a11y-intro", &[("organisation", organisation)])) }

        h2 { (ctx.t("a11y-scope-heading")) }
        p { (ctx.t_args("a11y-scope-text", &[("organisation", organisation)])) }

        h2 { (ctx.t("a11y-status-heading")) }
        @match (evaluation.status, &date) {
            (Status::Compliant, Some(date)) => {
                p { strong { (ctx.t("a11y-status-compliant")) } }
                p { (ctx.t_args("a11y-status-compliant-text", &[("date", date)])) }
            }
            (Status::PartiallyCompliant, Some(date)) => {
                p { strong { (ctx.t("a11y-status-partial")) } }
                @if let Some(failed) = evaluation.criteria.map(|c| c.failed.len()).filter(|n| *n > 0) {
                    p { (ctx.t_with_number("a11y-status-partial-failed", "count", failed as i64)) }
                } @else if evaluation.run.is_some_and(|run| run.summary.failed > 0) {
                    p { (ctx.t("a11y-status-partial-checks-failed")) }
                }
                @if to_check > 0 {
                    p {
                        (crate::i18n::t_with(ctx.lang, "a11y-status-partial-to-check", &[
                            ("count", crate::i18n::Arg::Number(to_check as i64)),
                            ("total", crate::i18n::Arg::Number(evaluation.criteria.map_or(0, Criteria::total) as i64)),
                        ]))
                    }
                }
                p { (ctx.t_args("a11y-status-date", &[("date", date)])) }
            }
            _ => {
                p { strong { (ctx.t("a11y-status-no-insight")) } }
                p { (ctx.t("a11y-no-run")) }
            }
        }

        h2 { (ctx.t("a11y-standard-heading")) }
        p { (ctx.t("a11y-standard-text")) }

        h2 { (ctx.t("a11y-tested-heading")) }
        p { (ctx.t("a11y-tested-text")) }
        @if let (Some(run), Some(date)) = (evaluation.run, &date) {
            p {
                (ctx.t_args("a11y-last-run", &[
                    ("date", date),
                    ("axe", &run.axe_version),
                    ("chromium", &run.chromium_version),
                ]))
            }
            p {
                (ctx.t_args("a11y-last-run-result", &[
                    ("combinations", &run.summary.combinations.to_string()),
                    ("passed", &run.summary.passed.to_string()),
                    ("failed", &run.summary.failed.to_string()),
                ]))
            }
        }
        @if evaluation.has_wcag_em {
            p { (ctx.t("a11y-wcag-em-text")) }
            // The report is in English; the link text says so (no hreflang: on this page
            // hreflang marks the language switch, whose text is in the other language).
            ul class="list list--links" {
                li { a href=(paths::ACCESSIBILITY_REPORT) { (ctx.t("a11y-wcag-em-link")) } }
                li { a href=(paths::ACCESSIBILITY_REPORT_JSON) type="application/ld+json" { (ctx.t("a11y-wcag-em-json-link")) } }
            }
        }

        h2 { (ctx.t("a11y-limits-heading")) }
        ul class="list list--bullet" {
            @for criterion in evaluation.criteria.iter().flat_map(|c| &c.failed) {
                li {
                    (ctx.t("a11y-limit-failed")) " "
                    span lang="en" { (criterion) }
                }
            }
            @if to_check > 0 {
                li { (ctx.t_with_number("a11y-limit-to-check", "count", to_check as i64)) }
            }
            li { (ctx.t("a11y-limit-auditor")) }
            li { (ctx.t("a11y-limit-emails")) }
            li { (ctx.t("a11y-limit-files")) }
            @if evaluation.has_wcag_em {
                li { (ctx.t("a11y-limit-report-english")) }
            }
        }

        h2 { (ctx.t("a11y-report-heading")) }
        p { (ctx.t("a11y-report-text")) }
        ul class="list" {
            li {
                (ctx.t("contact-email")) ": "
                a href={ "mailto:" (org.customer_service_email) } { (org.customer_service_email) }
            }
            li { (ctx.t("contact-phone")) ": " (org.customer_service_phone) }
            @if let Some(number) = &org.customer_service_text_number {
                li { (ctx.t("contact-text")) ": " (number) }
            }
        }
        p { (email_reply(ctx)) }

        h2 { (ctx.t("a11y-escalate-heading")) }
        p {
            (ctx.t_args("a11y-escalate-text", &[("body", &org.accessibility_complaints_name)])) " "
            a href=(org.accessibility_complaints_url.as_str()) { (org.accessibility_complaints_name) }
        }

        h2 { (ctx.t("a11y-other-way-heading")) }
        p {
            (ctx.t("a11y-other-way-text")) " "
            a href=(paths::CONTACT) { (ctx.t("a11y-other-way-link")) }
        }
    };
    render(ctx, Page::new("a11y-title", body))
}

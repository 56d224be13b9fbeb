//! The accessibility statement, in the form of the Dutch toegankelijkheidsverklaring.

use maud::{Markup, html};

use crate::a11y_report::TestRun;
use crate::i18n::date_in_words;
use crate::paths;
use crate::views::{Page, PageContext, render};

pub fn accessibility(ctx: &PageContext, last_run: Option<&TestRun>, has_wcag_em: bool) -> Markup {
    let org = &ctx.organisation;
    let organisation = org.name.as_str();
    let body = html! {
        h1 { (ctx.t("a11y-title")) }
        p class="lead" { (ctx.t_args("a11y-intro", &[("organisation", organisation)])) }

        h2 { (ctx.t("a11y-scope-heading")) }
        p { (ctx.t_args("a11y-scope-text", &[("organisation", organisation)])) }

        h2 { (ctx.t("a11y-standard-heading")) }
        p { (ctx.t("a11y-standard-text")) }

        h2 { (ctx.t("a11y-status-heading")) }
        p { (ctx.t("a11y-status-text")) }

        h2 { (ctx.t("a11y-tested-heading")) }
        p { (ctx.t("a11y-tested-text")) }
        @match last_run {
            Some(run) => {
                p {
                    (ctx.t_args("a11y-last-run", &[
                        ("date", &date_in_words(ctx.lang, crate::i18n::local(&ctx.organisation.time_zone, run.date).date())),
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
            None => p { (ctx.t("a11y-no-run")) },
        }
        @if has_wcag_em {
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
            li { (ctx.t("a11y-limit-sign-in")) }
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

        h2 { (ctx.t("a11y-other-way-heading")) }
        p {
            (ctx.t("a11y-other-way-text")) " "
            a href=(paths::CONTACT) { (ctx.t("a11y-other-way-link")) }
        }
    };
    render(ctx, Page::new("a11y-title", body))
}

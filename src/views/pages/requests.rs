//! The request pages: the list, the form to file one, its confirmation (the GOV.UK
//! confirmation pattern), one request with its history, and cancelling it.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::domain::{EventKind, Request, RequestEvent, RequestKind, RequestStatus};
use crate::i18n::date_in_words;
use crate::paths::{self, request_path};
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, FieldError, FlashKind, Table, TextArea, button, choices,
    data_table, error_summary, flash, hidden, stacked_table, textarea,
};
use crate::views::{Page, PageContext, render};

/// The message id of a kind's label (`request-kind-access`); its hint adds `-hint`.
pub fn kind_label_id(kind: RequestKind) -> String {
    format!("request-kind-{}", kind.code())
}

fn status_id(status: RequestStatus) -> String {
    format!("request-status-{}", status.code())
}

fn event_id(kind: EventKind) -> String {
    format!("request-event-{}", kind.code())
}

/// The status in words: an open request that waits for the customer says so.
pub fn status_text(ctx: &PageContext, request: &Request) -> String {
    if request.waits_for_customer() {
        ctx.t("request-status-waiting")
    } else {
        ctx.t(&status_id(request.status))
    }
}

/// The day of `at` where the organisation is, in words.
fn day(ctx: &PageContext, at: time::OffsetDateTime) -> String {
    date_in_words(
        ctx.lang,
        crate::i18n::local(&ctx.organisation.time_zone, at).date(),
    )
}

/// `GET /account/requests`: open ones first, then the rest, each newest first.
pub fn list(ctx: &PageContext, requests: &[Request]) -> Markup {
    let rows = requests
        .iter()
        .map(|r| {
            let due = date_in_words(ctx.lang, r.answer_by());
            vec![
                html! { a href=(request_path(paths::REQUEST, &r.reference)) { (r.reference) } },
                html! { (ctx.t(&kind_label_id(r.kind))) },
                html! { (day(ctx, r.received_at)) },
                html! {
                    @if r.extended_until.is_some() {
                        (ctx.t_args("requests-due-extended", &[("date", &due)]))
                    } @else {
                        (due)
                    }
                },
                html! { (status_text(ctx, r)) },
            ]
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("requests-title")) }
        p { (ctx.t("requests-intro")) }
        p { a class="button" href=(paths::REQUEST_NEW) { (ctx.t("requests-new-link")) } }
        @if requests.is_empty() {
            p { (ctx.t("requests-none")) }
        } @else {
            (stacked_table(&Table {
                id: "requests",
                caption: ctx.t("requests-caption"),
                headers: vec![
                    ctx.t("requests-header-reference"),
                    ctx.t("requests-header-kind"),
                    ctx.t("requests-header-received"),
                    ctx.t("requests-header-due"),
                    ctx.t("requests-header-status"),
                ],
                rows,
            }))
        }
        ul class="list list--links" { li { a href=(paths::ACCOUNT) { (ctx.t("back-to-account")) } } }
    };
    render(ctx, Page::new("requests-title", body))
}

/// What the new-request form shows (again): the choice, the text, and the errors.
#[derive(Default)]
pub struct RequestForm<'a> {
    /// Only a kind the customer chose (or the link they followed named); never a default.
    pub kind: Option<RequestKind>,
    pub details: &'a str,
    /// The values were kept from a form posted after the session ran out.
    pub restored: bool,
    pub errors: Vec<FieldError>,
}

/// The most characters the "what is it about" text may have.
pub const DETAILS_MAX_CHARS: usize = 2000;

/// `GET/POST /account/requests/new`.
pub fn new_request(ctx: &PageContext, csrf_token: &str, form: &RequestForm) -> Markup {
    let error_for = |name: &str| {
        form.errors
            .iter()
            .find(|e| e.field == name)
            .map(|e| e.message.clone())
    };
    let options: Vec<Choice> = RequestKind::ALL
        .into_iter()
        .map(|kind| Choice {
            value: kind.code(),
            label: ctx.t(&kind_label_id(kind)),
            hint: Some(ctx.t(&format!("{}-hint", kind_label_id(kind)))),
            checked: form.kind == Some(kind),
        })
        .collect();
    let kind_error = error_for("kind");
    let mut details = TextArea::new("details", ctx.t("request-details-label"));
    details.hint = Some(ctx.t_args(
        "request-details-hint",
        &[("max", &DETAILS_MAX_CHARS.to_string())],
    ));
    details.value = form.details;
    details.error = error_for("details");
    let body = html! {
        h1 { (ctx.t("request-new-title")) }
        (error_summary(ctx, &form.errors))
        @if form.restored {
            (flash(ctx, FlashKind::Info, &ctx.t("request-new-restored")))
        }
        p { (ctx.t("request-new-intro")) }
        form method="post" action=(paths::REQUEST_NEW) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (choices(ctx, "kind", &ctx.t("request-kind-legend"), None, kind_error.as_deref(), ChoiceKind::Radio, &options))
            (textarea(ctx, &details))
            (button(&ctx.t("request-new-button"), ButtonStyle::Primary))
        }
        ul class="list list--links" { li { a href=(paths::REQUESTS) { (ctx.t("requests-back-link")) } } }
    };
    let mut page = Page::new("request-new-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

/// `GET /account/requests/{reference}/sent`: the confirmation panel with the reference,
/// then what happens next and by when.
pub fn sent(ctx: &PageContext, request: &Request) -> Markup {
    let body = html! {
        div class="panel" {
            h1 { (ctx.t("request-sent-title")) }
            p { (ctx.t("request-sent-reference")) }
            p class="panel__reference" { (request.reference) }
        }
        h2 { (ctx.t("request-sent-next-heading")) }
        p { (ctx.t("request-sent-email")) }
        p { (ctx.t_args("request-sent-due", &[("date", &date_in_words(ctx.lang, request.answer_by()))])) }
        p { (ctx.t("request-sent-extension")) }
        p { (ctx.t("request-sent-follow")) }
        ul class="list list--links" {
            li { a href=(request_path(paths::REQUEST, &request.reference)) { (ctx.t("request-view-link")) } }
            li { a href=(paths::REQUESTS) { (ctx.t("requests-back-link")) } }
        }
    };
    render(ctx, Page::new("request-sent-title", body))
}

/// `GET /account/requests/{reference}`: where it stands, the deadline (and an extension
/// with its reason), a refusal with the right to complain, and the history.
pub fn detail(
    ctx: &PageContext,
    request: &Request,
    events: &[RequestEvent],
    notice: Option<&str>,
) -> Markup {
    let last_note = |kind: EventKind| {
        events
            .iter()
            .rev()
            .find(|e| e.kind == kind)
            .and_then(|e| e.note.as_deref())
    };
    let refusal = last_note(EventKind::Refused);
    let answer = last_note(EventKind::Completed);
    let question = last_note(EventKind::Asked).filter(|_| request.waits_for_customer());
    let authority = ctx.organisation.supervisory_authority_name.as_str();
    let history = events
        .iter()
        .map(|event| {
            vec![
                html! { (day(ctx, event.at)) },
                html! {
                    (ctx.t(&event_id(event.kind)))
                    @if let Some(note) = &event.note {
                        br;
                        span class="text-kept" { (note) }
                    }
                },
            ]
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("request-title")) }
        @if let Some(notice) = notice {
            (flash(ctx, FlashKind::Success, &ctx.t(notice)))
        }
        @if let Some(question) = question {
            div class="callout" role="region" aria-labelledby="question-heading" {
                h2 id="question-heading" { (ctx.t("request-question-heading")) }
                p class="text-kept" { (question) }
                p { (ctx.t_args("request-question-clock", &[("date", &date_in_words(ctx.lang, request.answer_by()))])) }
                p { a class="button" href=(request_path(paths::REQUEST_REPLY, &request.reference)) { (ctx.t("request-reply-link")) } }
            }
        }
        (summary(ctx, request))
        @if let Some(answer) = answer.filter(|_| request.status == RequestStatus::Completed) {
            h2 { (ctx.t("request-answer-heading")) }
            p class="text-kept" { (answer) }
            @if request.kind == RequestKind::Access {
                p { a href=(paths::DOWNLOAD) { (ctx.t("request-answer-download")) } }
            }
        }
        @if request.status == RequestStatus::Refused {
            h2 { (ctx.t("request-refused-heading")) }
            @if let Some(code) = request.handling.refusal_reason {
                p { (ctx.t(&format!("request-refusal-reason-{}", code.code()))) }
            }
            @if let Some(reason) = refusal {
                p { (ctx.t("request-refused-reason")) }
                p class="text-kept" { (reason) }
            }
            h2 { (ctx.t("request-complain-heading")) }
            p { (ctx.t_args("request-complain-text", &[("authority", authority)])) }
            ul class="list list--links" {
                li {
                    a href=(ctx.organisation.supervisory_authority_url.as_str()) {
                        (ctx.t_args("request-complain-link", &[("authority", authority)]))
                    }
                }
            }
        }
        @if request.status.is_open() {
            ul class="list list--links" {
                li { a href=(request_path(paths::REQUEST_CANCEL, &request.reference)) { (ctx.t("request-cancel-link")) } }
            }
        }
        h2 { (ctx.t("request-history-heading")) }
        (data_table(&Table {
            id: "history",
            caption: ctx.t("request-history-caption"),
            headers: vec![ctx.t("request-history-when"), ctx.t("request-history-what")],
            rows: history,
        }))
        ul class="list list--links" {
            li { a href=(paths::REQUESTS) { (ctx.t("requests-back-link")) } }
            li { a href=(paths::REQUEST_NEW) { (ctx.t("requests-new-link")) } }
        }
    };
    render(ctx, Page::new("request-title", body))
}

/// The request's facts as a summary list (detail page and cancel page share it).
fn summary(ctx: &PageContext, request: &Request) -> Markup {
    html! {
        dl class="summary-list" {
            div class="summary-list__row" { dt { (ctx.t("request-field-reference")) } dd { (request.reference) } }
            div class="summary-list__row" { dt { (ctx.t("request-field-kind")) } dd { (ctx.t(&kind_label_id(request.kind))) } }
            div class="summary-list__row" { dt { (ctx.t("request-field-status")) } dd { (status_text(ctx, request)) } }
            div class="summary-list__row" { dt { (ctx.t("request-field-received")) } dd { (day(ctx, request.received_at)) } }
            div class="summary-list__row" { dt { (ctx.t("request-field-due")) } dd { (date_in_words(ctx.lang, request.due_on)) } }
            @if let Some(extended) = request.extended_until {
                div class="summary-list__row" { dt { (ctx.t("request-field-extended")) } dd { (date_in_words(ctx.lang, extended)) } }
                @if let Some(reason) = &request.extension_reason {
                    div class="summary-list__row" { dt { (ctx.t("request-field-extension-reason")) } dd class="text-kept" { (reason) } }
                }
            }
            @if let Some(closed) = request.closed_at {
                div class="summary-list__row" { dt { (ctx.t("request-field-closed")) } dd { (day(ctx, closed)) } }
            }
            @if let Some(details) = &request.details {
                div class="summary-list__row" { dt { (ctx.t("request-field-details")) } dd class="text-kept" { (details) } }
            }
        }
    }
}

/// `GET /account/requests/{reference}/cancel`: what cancelling means, then one clear button
/// and a way back.
pub fn cancel(ctx: &PageContext, csrf_token: &str, request: &Request) -> Markup {
    let body = html! {
        h1 { (ctx.t("request-cancel-title")) }
        p class="lead" { (ctx.t("request-cancel-what")) }
        (summary(ctx, request))
        form method="post" action=(request_path(paths::REQUEST_CANCEL, &request.reference)) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            div class="button-group" {
                (button(&ctx.t("request-cancel-button"), ButtonStyle::Warning))
                a href=(request_path(paths::REQUEST, &request.reference)) { (ctx.t("request-cancel-back")) }
            }
        }
    };
    render(ctx, Page::new("request-cancel-title", body))
}

/// A closed request cannot be cancelled: said plainly (409), with the way back.
pub fn closed(ctx: &PageContext, reference: &str) -> Markup {
    let body = html! {
        h1 { (ctx.t("request-closed-title")) }
        p class="lead" { (ctx.t_args("request-closed-text", &[("reference", reference)])) }
        ul class="list list--links" {
            li { a href=(request_path(paths::REQUEST, reference)) { (ctx.t("request-view-link")) } }
            li { a href=(paths::REQUESTS) { (ctx.t("requests-back-link")) } }
        }
    };
    render(ctx, Page::new("request-closed-title", body))
}

/// `GET /account/requests/{reference}/reply`: the question staff asked, and a box for the
/// answer. The deadline is not moved by the question, and the page says so.
pub fn reply(
    ctx: &PageContext,
    csrf_token: &str,
    request: &Request,
    question: &str,
    text: &str,
    errors: &[FieldError],
) -> Markup {
    let mut area = TextArea::new("text", ctx.t("request-reply-label"));
    area.hint = Some(ctx.t("request-reply-hint"));
    area.value = text;
    area.error = errors.first().map(|e| e.message.clone());
    let body = html! {
        h1 { (ctx.t("request-reply-title")) }
        (error_summary(ctx, errors))
        p class="lead" { (ctx.t_args("request-reply-lead", &[("reference", &request.reference)])) }
        h2 { (ctx.t("request-question-heading")) }
        p class="text-kept" { (question) }
        form method="post" action=(request_path(paths::REQUEST_REPLY, &request.reference)) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (textarea(ctx, &area))
            div class="button-group" {
                (button(&ctx.t("request-reply-button"), ButtonStyle::Primary))
                a href=(request_path(paths::REQUEST, &request.reference)) { (ctx.t("request-view-link")) }
            }
        }
    };
    let mut page = Page::new("request-reply-title", body);
    page.has_errors = !errors.is_empty();
    render(ctx, page)
}

//! The contact history (calls, chats, e-mails, letters) and one contact moment in full.

use maud::{Markup, html};

use crate::domain::{ContactMoment, Period};
use crate::i18n::{date_in_words, moment_in_words};
use crate::paths;
use crate::privacy::register::Register;
use crate::vault::{ContactPage, contact_category};
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, Table, button, choices, page_count, pagination,
    period_choices, stacked_table, summary_row,
};
use crate::views::{Page, PageContext, render};

/// The channels the filter offers (and the database knows).
pub const CHANNELS: [&str; 4] = ["phone", "chat", "email", "letter"];

/// The filter and page the customer asked for, already checked.
#[derive(Debug, Clone, Default)]
pub struct ContactQuery {
    pub channel: Option<&'static str>,
    pub period: Option<Period>,
    pub page: i64,
}

impl ContactQuery {
    /// This list's URL for `page`, with the same filter.
    fn url(&self, page: i64) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if let Some(channel) = self.channel {
            query.append_pair("channel", channel);
        }
        if let Some(period) = self.period {
            query.append_pair("period", period.code());
        }
        query.append_pair("page", &page.to_string());
        format!("{}?{}", paths::CONTACTS, query.finish())
    }
}

/// `/account/contacts/{id}` for one moment.
pub fn moment_url(id: uuid::Uuid) -> String {
    paths::CONTACT_MOMENT.replace("{id}", &id.to_string())
}

pub fn contacts(
    ctx: &PageContext,
    query: &ContactQuery,
    page: &ContactPage,
    per_page: i64,
    register: &Register,
) -> Markup {
    let pages = page_count(page.total, per_page);
    let channel_options =
        std::iter::once(("", ctx.t("contacts-all-channels"), query.channel.is_none()))
            .chain(CHANNELS.iter().map(|c| {
                (
                    *c,
                    ctx.t(&format!("contacts-channel-{c}")),
                    query.channel == Some(*c),
                )
            }))
            .map(|(value, label, checked)| Choice {
                value,
                label,
                hint: None,
                checked,
            })
            .collect::<Vec<_>>();
    let rows = page
        .moments
        .iter()
        .map(|m| {
            let deleted_on = register
                .category(contact_category(&m.channel))
                .and_then(|c| c.retention.expires_on(m.occurred_at.date()));
            vec![
                html! { a href=(moment_url(m.id)) { (moment_in_words(ctx.lang, &ctx.organisation.time_zone, m.occurred_at)) } },
                html! { (ctx.t(&format!("contacts-channel-{}", m.channel))) },
                html! { (m.subject) },
                html! { @if let Some(date) = deleted_on { (date_in_words(ctx.lang, date)) } },
            ]
        })
        .collect();
    let body = html! {
        h1 { (ctx.t("contacts-title")) }
        p class="lead" { (ctx.t("contacts-intro")) }
        form method="get" action=(paths::CONTACTS) class="filters filters--choices" {
            (choices(ctx, "channel", &ctx.t("contacts-channel-legend"), None, None, ChoiceKind::Radio, &channel_options))
            (period_choices(ctx, query.period))
            div class="filters__actions" { (button(&ctx.t("filter-button"), ButtonStyle::Secondary)) }
        }
        p { (ctx.t_with_number("contacts-found", "count", page.total)) }
        @if page.moments.is_empty() {
            p { (ctx.t("contacts-none")) }
        } @else {
            (stacked_table(&Table {
                id: "contacts",
                caption: ctx.t_args("contacts-caption", &[("page", &query.page.to_string()), ("pages", &pages.to_string())]),
                headers: vec![ctx.t("contacts-when"), ctx.t("contacts-channel"), ctx.t("contacts-subject"), ctx.t("contacts-deleted-on")],
                rows,
            }))
        }
        (pagination(ctx, query.page, pages, |n| query.url(n)))
    };
    render(ctx, Page::new("contacts-title", body))
}

pub fn contact_moment(ctx: &PageContext, m: &ContactMoment, register: &Register) -> Markup {
    let lang = ctx.lang;
    let yes_no = |yes: bool| ctx.t(if yes { "my-data-yes" } else { "my-data-no" });
    let deleted_on = |category: &str| {
        register
            .category(category)
            .and_then(|c| c.retention.expires_on(m.occurred_at.date()))
            .map(|date| date_in_words(lang, date))
            .unwrap_or_default()
    };
    // Each contact moment its own title: what kind, and on which day.
    let day = date_in_words(
        lang,
        crate::i18n::local(&ctx.organisation.time_zone, m.occurred_at).date(),
    );
    let heading = ctx.t_args(
        &format!("contact-moment-heading-{}", m.channel),
        &[("date", &day)],
    );
    let body = html! {
        p { a class="back-link" href=(paths::CONTACTS) { (ctx.t("contacts-back")) } }
        h1 { (heading) }
        dl class="summary-list" {
            (summary_row(ctx.t("contacts-when"), html! { (moment_in_words(lang, &ctx.organisation.time_zone, m.occurred_at)) }))
            (summary_row(ctx.t("contacts-channel"), html! { (ctx.t(&format!("contacts-channel-{}", m.channel))) }))
            (summary_row(ctx.t("contacts-subject"), html! { (m.subject) }))
            (summary_row(ctx.t("contacts-summary"), html! { (m.summary) }))
            (summary_row(ctx.t("contacts-answered-by"), html! {
                @if m.by_bot { (ctx.t("contacts-answered-by-bot")) }
                @else { (ctx.t_args("contacts-answered-by-agent", &[("agent", &m.agent)])) }
            }))
            @if m.channel == "phone" {
                (summary_row(ctx.t("contacts-recorded"), html! { (yes_no(m.recorded)) }))
                @if m.recorded {
                    // What the customer heard and agreed to, in words; the codes of the
                    // notice text and the receipt are the organisation's, not theirs.
                    (summary_row(ctx.t("register-field-recording-notice"), html! {
                        (ctx.t(if m.recording_notice.is_some() { "contacts-recording-notice-heard" } else { "contacts-recording-notice-none" }))
                    }))
                    (summary_row(ctx.t("register-field-recording-consent"), html! {
                        @if m.recording_consent.is_some() {
                            (ctx.t("contacts-recording-consent-given")) " "
                            a href=(paths::CONSENT) { (ctx.t("contacts-recording-consent-link")) }
                        } @else {
                            (ctx.t("contacts-recording-consent-none"))
                        }
                    }))
                    (summary_row(ctx.t("contacts-recording-deleted-on"), html! { (deleted_on("call-recordings")) }))
                }
            }
            (summary_row(ctx.t("contacts-deleted-on"), html! { (deleted_on(contact_category(&m.channel))) }))
        }
        h2 { (ctx.t("contacts-transcript")) }
        @match &m.transcript {
            Some(text) => p class="transcript" { (text) },
            None => p { (ctx.t("contacts-no-transcript")) },
        }
    };
    let mut page = Page::new("contact-moment-title", body);
    page.title_text = Some(heading);
    render(ctx, page)
}

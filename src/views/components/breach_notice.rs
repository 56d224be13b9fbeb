//! A notice about a data breach (Art. 34) as the customer reads it: the organisation's
//! text in five parts, each under its own heading, and whom to ask. The privacy officer's
//! preview shows exactly this, so what they check is what the customer gets.

use maud::{Markup, html};

use crate::config::PrivacyOfficer;
use crate::i18n::{Lang, t, t_args};
use crate::staff::breach_notice::NoticeMessage;

/// The headings' level: `h2` on the customer's page, `h3` inside the officer's preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    H2,
    H3,
}

/// The text in `lang`, with `lang` on the block when it differs from the page's.
pub fn notice_text(
    lang: Lang,
    page_lang: Lang,
    message: &NoticeMessage,
    officer: &PrivacyOfficer,
    level: Level,
) -> Markup {
    let text = message.text(lang);
    let heading = |id: &str| {
        let words = t(lang, id);
        match level {
            Level::H2 => html! { h2 { (words) } },
            Level::H3 => html! { h3 { (words) } },
        }
    };
    let contact = t_args(
        lang,
        "breach-notice-contact",
        &[
            ("name", &officer.name),
            ("email", &officer.email),
            ("phone", &officer.phone),
        ],
    );
    html! {
        div class="breach-notice" lang=[(lang != page_lang).then_some(lang.code())] {
            @for (part, value) in text.parts() {
                (heading(&part.heading_id()))
                @for paragraph in value.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
                    p class="breach-text" { (paragraph) }
                }
            }
            (heading("breach-notice-part-questions"))
            p { (contact) }
            p class="link-line" { a href={ "mailto:" (officer.email) } { (officer.email) } }
        }
    }
}

//! One register category in words: purpose, legal basis, source, recipients, retention,
//! what erasure does, automated decisions. The privacy statement and "my data" both show
//! it, phrased once in `crate::privacy::texts`.

use maud::{Markup, html};

use crate::privacy::register::Category;
use crate::privacy::texts;
use crate::views::PageContext;

/// The category's register entry as summary-list rows (without the surrounding `dl`, so a
/// page can add rows of its own).
pub fn register_rows(ctx: &PageContext, category: &Category) -> Markup {
    let lang = ctx.lang;
    let recipients = texts::recipients(lang, category);
    html! {
        (summary_row(ctx.t("privacy-label-data"), list(texts::fields(lang, category))))
        (summary_row(ctx.t("privacy-label-why"), list(texts::purposes(lang, category))))
        (summary_row(ctx.t("privacy-label-basis"), list(texts::legal_basis(lang, category))))
        (summary_row(ctx.t("privacy-label-source"), html! { (texts::source(lang, category)) }))
        (summary_row(ctx.t("privacy-label-recipients"), if recipients.is_empty() {
            html! { (ctx.t_args("privacy-no-recipients", &[("organisation", &ctx.organisation.name)])) }
        } else { list(recipients) }))
        (summary_row(ctx.t("privacy-label-retention"), html! { (texts::retention(lang, category)) }))
        (summary_row(ctx.t("privacy-label-erasure"), html! { (texts::erasure(lang, category)) }))
        (summary_row(ctx.t("privacy-label-automated"), html! { (texts::automated_decisions(lang, category)) }))
    }
}

/// One row of a summary list: a term and its value.
pub fn summary_row(label: String, value: Markup) -> Markup {
    html! { div class="summary-list__row" { dt { (label) } dd { (value) } } }
}

/// One item as text, several as a bulleted list.
pub fn list(items: Vec<String>) -> Markup {
    html! {
        @if items.len() == 1 { (items[0]) } @else {
            ul class="list list--bullet" { @for item in items { li { (item) } } }
        }
    }
}

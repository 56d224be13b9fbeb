//! Paging by plain links: previous, "page 2 of 7", next; in a labelled `nav`.

use maud::{Markup, html};

use crate::domain::Period;
use crate::views::PageContext;
use crate::views::components::{Choice, ChoiceKind, choices};

/// Links to the pages around `page` of `pages`; `url(n)` is page `n`'s address (same
/// filter). Nothing when everything fits on one page.
pub fn pagination(ctx: &PageContext, page: i64, pages: i64, url: impl Fn(i64) -> String) -> Markup {
    let (page_text, pages_text) = (page.to_string(), pages.to_string());
    html! {
        @if pages > 1 {
            nav aria-label=(ctx.t("pages-label")) {
                ul class="pagination" {
                    @if page > 1 { li { a href=(url(page - 1)) rel="prev" { (ctx.t("pages-previous")) } } }
                    li { (ctx.t_args("pages-page-of", &[("page", &page_text), ("pages", &pages_text)])) }
                    @if page < pages { li { a href=(url(page + 1)) rel="next" { (ctx.t("pages-next")) } } }
                }
            }
        }
    }
}

/// How many pages `total` items fill, at least one.
pub fn page_count(total: i64, per_page: i64) -> i64 {
    ((total + per_page - 1) / per_page).max(1)
}

/// The period filter's radio group: all, or one of `Period::ALL`; `chosen` is checked.
pub fn period_choices(ctx: &PageContext, chosen: Option<Period>) -> Markup {
    let options = std::iter::once(("", ctx.t("period-all"), chosen.is_none()))
        .chain(Period::ALL.into_iter().map(|p| {
            (
                p.code(),
                ctx.t(&format!("period-{}", p.code())),
                chosen == Some(p),
            )
        }))
        .map(|(value, label, checked)| Choice {
            value,
            label,
            hint: None,
            checked,
        })
        .collect::<Vec<_>>();
    choices(
        ctx,
        "period",
        &ctx.t("period-legend"),
        None,
        None,
        ChoiceKind::Radio,
        &options,
    )
}

//! `/staff/breaches/report`: the short form any staff member fills in when they suspect a
//! breach. The privacy officer takes it from there.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::paths;
use crate::views::components::{
    ButtonStyle, Field, FieldError, FlashKind, InputKind, TextArea, button, error_summary, field,
    flash, hidden, optional_note, textarea,
};
use crate::views::{Page, PageContext, render};

/// What the report form shows again. `id` makes the same form sent twice one report.
#[derive(Default)]
pub struct ReportForm {
    pub id: String,
    pub title: String,
    pub what_happened: String,
    pub noticed_at: String,
    pub how_noticed: String,
    pub affected: String,
    pub errors: Vec<FieldError>,
}

pub fn report(
    ctx: &PageContext,
    csrf_token: &str,
    form: &ReportForm,
    reported: Option<&str>,
) -> Markup {
    let error = |name: &str| FieldError::find(&form.errors, name);
    let mut title = Field::new("title", ctx.t("breach-field-title"), InputKind::Text, "off");
    title.value = &form.title;
    title.hint = Some(ctx.t("breach-field-title-hint"));
    title.error = error("title");
    let mut what = TextArea::new("what_happened", ctx.t("breach-field-what-happened"));
    what.value = &form.what_happened;
    what.error = error("what_happened");
    let mut noticed = Field::new(
        "noticed_at",
        ctx.t("breach-field-noticed-at"),
        InputKind::Text,
        "off",
    );
    noticed.value = &form.noticed_at;
    noticed.hint = Some(ctx.t("breach-moment-hint"));
    noticed.error = error("noticed_at");
    noticed.optional = true;
    let mut how = TextArea::new("how_noticed", ctx.t("breach-field-how-noticed"));
    how.value = &form.how_noticed;
    how.rows = 3;
    how.optional = true;
    let mut affected = TextArea::new("affected", ctx.t("breach-field-affected"));
    affected.value = &form.affected;
    affected.hint = Some(ctx.t("breach-field-affected-hint"));
    affected.rows = 3;
    affected.optional = true;
    let body = html! {
        h1 { (ctx.t("breach-report-title")) }
        (error_summary(ctx, &form.errors))
        @if let Some(reference) = reported {
            (flash(ctx, FlashKind::Success, &ctx.t_args("breach-report-done", &[("reference", reference)])))
        }
        p class="lead" { (ctx.t("breach-report-intro")) }
        p { (ctx.t("breach-report-clock")) }
        form method="post" action=(paths::STAFF_BREACH_REPORT) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (hidden("id", &form.id))
            (optional_note(ctx))
            (field(ctx, &title))
            (textarea(ctx, &what))
            (field(ctx, &noticed))
            (textarea(ctx, &how))
            (textarea(ctx, &affected))
            (button(&ctx.t("breach-report-button"), ButtonStyle::Primary))
        }
    };
    let mut page = Page::new("breach-report-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

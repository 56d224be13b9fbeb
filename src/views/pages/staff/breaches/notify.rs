//! `/staff/breaches/{reference}/notify`: the privacy officer writes the notice to the
//! customers affected by a high-risk breach (Art. 34): whom, and the text in five parts in
//! Dutch and in English. The next page shows it as the customer will see it.

use maud::{Markup, html};

use crate::auth::csrf;
use crate::i18n::Lang;
use crate::paths;
use crate::staff::breach::Breach;
use crate::staff::breach_notice::{Audience, NoticeMessage, Part};
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, FieldError, TextArea, button, choices, error_summary, hidden,
    textarea,
};
use crate::views::{Page, PageContext, render};

/// What the form shows (again, after an error: everything as typed).
pub struct NotifyForm {
    /// The notice's id: the same form sent twice is one notice.
    pub id: String,
    pub audience: String,
    pub message: NoticeMessage,
    pub errors: Vec<FieldError>,
}

impl NotifyForm {
    /// Reads a sent form. Unknown fields are ignored.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let value = |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let mut message = NoticeMessage {
            numbers: value("numbers"),
            ..Default::default()
        };
        for lang in Lang::ALL {
            for part in Part::ALL {
                message.text_mut(lang).set(part, value(&part.field(lang)));
            }
        }
        Self {
            id: value("notice"),
            audience: value("audience"),
            message,
            errors: Vec::new(),
        }
    }

    pub fn audience(&self) -> Option<Audience> {
        Audience::from_code(&self.audience)
    }
}

/// The label of a part in the form: its heading as the customer reads it, and in which
/// language the text is, both in the page's language.
fn part_label(ctx: &PageContext, part: Part, lang: Lang) -> String {
    ctx.t_args(
        "breach-notify-part-label",
        &[
            ("part", &ctx.t(&part.heading_id())),
            (
                "language",
                &ctx.t(&format!("breach-notify-in-{}", lang.code())),
            ),
        ],
    )
}

pub fn notify(ctx: &PageContext, breach: &Breach, csrf_token: &str, form: &NotifyForm) -> Markup {
    let error = |name: &str| FieldError::find(&form.errors, name);
    let audience_error = error("audience");
    let audience = choices(
        ctx,
        "audience",
        &ctx.t("breach-notify-audience"),
        None,
        audience_error.as_deref(),
        ChoiceKind::Radio,
        &[
            Choice {
                value: Audience::List.code(),
                label: ctx.t("breach-notify-audience-list"),
                hint: Some(ctx.t("breach-notify-audience-list-hint")),
                checked: form.audience == Audience::List.code(),
            },
            Choice {
                value: Audience::All.code(),
                label: ctx.t("breach-notify-audience-all"),
                hint: Some(ctx.t("breach-notify-audience-all-hint")),
                checked: form.audience == Audience::All.code(),
            },
        ],
    );
    let mut numbers = TextArea::new("numbers", ctx.t("breach-notify-numbers"));
    numbers.value = &form.message.numbers;
    numbers.hint = Some(ctx.t("breach-notify-numbers-hint"));
    numbers.error = error("numbers");
    numbers.rows = 5;
    let officer = &ctx.organisation.privacy_officer;
    let action = paths::STAFF_BREACH_NOTIFY.replace("{reference}", &breach.reference);
    let body = html! {
        h1 { (ctx.t_args("breach-notify-heading", &[("reference", &breach.reference)])) }
        (error_summary(ctx, &form.errors))
        p class="lead" { (ctx.t("breach-notify-intro")) }
        p { (ctx.t("breach-notify-plain")) }
        form method="post" action=(action) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            (hidden("notice", &form.id))
            h2 { (ctx.t("breach-notify-who-heading")) }
            (audience)
            (textarea(ctx, &numbers))
            @for lang in Lang::ALL {
                h2 { (ctx.t(&format!("breach-notify-text-heading-{}", lang.code()))) }
                @for part in Part::ALL {
                    @let name = part.field(lang);
                    (textarea(ctx, &part_area(ctx, form, lang, part, &name)))
                }
            }
            h2 { (ctx.t("breach-notify-contact-heading")) }
            p { (ctx.t("breach-notify-contact-intro")) }
            p { (officer.name) ", " (officer.email) ", " (officer.phone) }
            (button(&ctx.t("breach-notify-button"), ButtonStyle::Primary))
        }
        p class="link-line" { a href=(paths::staff_breach(&breach.reference)) { (ctx.t("breach-notify-back")) } }
    };
    let mut page = Page::new("breach-notify-title", body);
    page.has_errors = !form.errors.is_empty();
    render(ctx, page)
}

/// The text area of one part in one language.
fn part_area<'a>(
    ctx: &PageContext,
    form: &'a NotifyForm,
    lang: Lang,
    part: Part,
    name: &'a str,
) -> TextArea<'a> {
    let mut area = TextArea::new(name, part_label(ctx, part, lang));
    area.value = part_value(&form.message, lang, part);
    area.hint = Some(ctx.t(&format!("{}-hint", part.heading_id())));
    area.error = FieldError::find(&form.errors, name);
    area.rows = 4;
    area.lang = (lang != ctx.lang).then_some(lang.code());
    area
}

fn part_value(message: &NoticeMessage, lang: Lang, part: Part) -> &str {
    message
        .text(lang)
        .parts()
        .into_iter()
        .find(|(p, _)| *p == part)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

/// The page instead of the form when the decision is not "high risk": only then may
/// customers be told this way (Art. 34(1)).
pub fn not_high_risk(ctx: &PageContext, breach: &Breach) -> Markup {
    let body = html! {
        h1 { (ctx.t_args("breach-notify-heading", &[("reference", &breach.reference)])) }
        p class="lead" { (ctx.t("breach-notify-only-high-risk")) }
        ul class="list list--links" {
            li { a href=(paths::staff_breach_page(&breach.reference, "edit")) { (ctx.t("breach-notify-change-decision")) } }
            li { a href=(paths::staff_breach(&breach.reference)) { (ctx.t("breach-notify-back")) } }
        }
    };
    render(ctx, Page::new("breach-notify-title", body))
}

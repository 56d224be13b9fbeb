//! Correct my data (Art. 16): the overview of what can be corrected, one form per group of
//! fields, and "check your answers" before anything is saved (WCAG 3.3.4).

use maud::{Markup, html};

use crate::auth::csrf;
use crate::domain::country::{COUNTRIES, NETHERLANDS, country_name_id};
use crate::domain::{PostalAddress, Profile, ProfileChange};
use crate::i18n::{Lang, date_in_words};
use crate::paths;
use crate::views::components::{
    ButtonStyle, Choice, ChoiceKind, Field, FieldError, FlashKind, InputKind, Select, button,
    choices, error_summary, field, fieldset, flash, hidden, optional_note, select,
};
use crate::views::{Page, PageContext, render};

/// What a group's pages need to know about it.
pub struct Group {
    /// Title (and `h1`) of the form.
    pub title_id: &'static str,
    /// What is changed, in a few words for the hidden part of "Change ..." links.
    pub what_id: &'static str,
    pub form: &'static str,
    pub check: &'static str,
}

/// The values a form shows: what the customer has now, or what they typed.
pub enum Values<'a> {
    Name {
        name: &'a str,
    },
    Phone {
        phone: &'a str,
    },
    Address {
        street: &'a str,
        house_number: &'a str,
        addition: &'a str,
        postcode: &'a str,
        city: &'a str,
        country: &'a str,
    },
    Language {
        language: &'a str,
    },
}

/// "Change <what>": the visible word, with the rest for screen readers and voice control.
fn change_link(ctx: &PageContext, href: &str, what_id: &str) -> Markup {
    html! {
        a href=(href) {
            (ctx.t("correct-change")) span class="visually-hidden" { " " (ctx.t(what_id)) }
        }
    }
}

/// An address on separate lines, as on an envelope.
fn address_lines(ctx: &PageContext, a: &PostalAddress) -> Markup {
    let number = match &a.addition {
        Some(addition) => format!("{} {}", a.house_number, addition),
        None => a.house_number.clone(),
    };
    html! {
        span class="address-line" { (a.street) " " (number) }
        br;
        span class="address-line" { (a.postcode) @if !a.postcode.is_empty() { " " } (a.city) }
        br;
        span class="address-line" { (ctx.t(&country_name_id(&a.country))) }
    }
}

fn language_name(ctx: &PageContext, lang: Lang) -> String {
    ctx.t(&format!("correct-language-{}", lang.code()))
}

/// `/account/correct`: every group with its value and a way to change it.
pub fn overview(ctx: &PageContext, profile: &Profile, notice: Option<&str>) -> Markup {
    let not_known = ctx.t("account-not-known");
    let row = |label: String, value: Markup, action: Markup| {
        html! {
            div class="summary-list__row" {
                dt { (label) }
                dd { (value) }
                dd class="summary-list__actions" { (action) }
            }
        }
    };
    let birth_date = profile
        .birth_date
        .map(|d| date_in_words(ctx.lang, d))
        .unwrap_or_else(|| not_known.clone());
    let rectification = format!("{}?kind=rectification", paths::REQUEST_NEW);
    let body = html! {
        h1 { (ctx.t("correct-title")) }
        @if let Some(notice) = notice {
            (flash(ctx, FlashKind::Success, &ctx.t(notice)))
        }
        p class="lead" { (ctx.t("correct-intro")) }
        dl class="summary-list" {
            (row(ctx.t("register-field-name"), html! { (profile.name) },
                change_link(ctx, paths::CORRECT_NAME, "correct-what-name")))
            (row(ctx.t("register-field-email"), html! { (profile.email) },
                change_link(ctx, paths::CHANGE_EMAIL, "correct-what-email")))
            (row(ctx.t("register-field-phone"),
                html! { (profile.phone.clone().unwrap_or_else(|| not_known.clone())) },
                change_link(ctx, paths::CORRECT_PHONE, "correct-what-phone")))
            (row(ctx.t("register-field-postal-address"),
                html! {
                    @match &profile.address {
                        Some(address) => (address_lines(ctx, address)),
                        None => (not_known),
                    }
                },
                change_link(ctx, paths::CORRECT_ADDRESS, "correct-what-address")))
            (row(ctx.t("correct-language-label"), html! { (language_name(ctx, profile.language)) },
                change_link(ctx, paths::CORRECT_LANGUAGE, "correct-what-language")))
            (row(ctx.t("register-field-birth-date"), html! { (birth_date) },
                html! {
                    a href=(rectification) {
                        (ctx.t("correct-ask")) span class="visually-hidden" { ": " (ctx.t("correct-what-birth-date")) }
                    }
                }))
        }
        h2 { (ctx.t("correct-birth-date-heading")) }
        p { (ctx.t("correct-birth-date-text")) }
        ul class="list list--links" { li { a href=(rectification) { (ctx.t("correct-birth-date-link")) } } }
        h2 { (ctx.t("correct-email-heading")) }
        p { (ctx.t("correct-email-text")) }
        ul class="list list--links" {
            li { a href=(paths::CHANGE_EMAIL) { (ctx.t("change-email-title")) } }
            li { a href=(paths::ACCOUNT) { (ctx.t("back-to-account")) } }
        }
    };
    render(ctx, Page::new("correct-title", body))
}

/// One group's form, empty of errors or shown again with them (values kept).
pub fn form(
    ctx: &PageContext,
    csrf_token: &str,
    group: &Group,
    values: &Values,
    errors: &[FieldError],
    restored: bool,
) -> Markup {
    let fields = match values {
        Values::Name { name } => {
            let mut f = Field::new(
                "name",
                ctx.t("register-field-name"),
                InputKind::Text,
                "name",
            );
            f.value = name;
            f.hint = Some(ctx.t("correct-name-hint"));
            f.error = FieldError::find(errors, "name");
            field(ctx, &f)
        }
        Values::Phone { phone } => {
            let mut f = Field::new(
                "phone",
                ctx.t("register-field-phone"),
                InputKind::Tel,
                "tel",
            );
            f.value = phone;
            f.hint = Some(ctx.t("correct-phone-hint"));
            f.optional = true;
            f.error = FieldError::find(errors, "phone");
            field(ctx, &f)
        }
        Values::Address {
            street,
            house_number,
            addition,
            postcode,
            city,
            country,
        } => address_fields(
            ctx,
            errors,
            [street, house_number, addition, postcode, city, country],
        ),
        Values::Language { language } => {
            let options: Vec<Choice> = Lang::ALL
                .into_iter()
                .map(|lang| Choice {
                    value: lang.code(),
                    label: language_name(ctx, lang),
                    hint: None,
                    checked: *language == lang.code(),
                })
                .collect();
            choices(
                ctx,
                "language",
                &ctx.t("correct-language-label"),
                Some(&ctx.t("correct-language-hint")),
                FieldError::find(errors, "language").as_deref(),
                ChoiceKind::Radio,
                &options,
            )
        }
    };
    let body = html! {
        h1 { (ctx.t(group.title_id)) }
        (error_summary(ctx, errors))
        @if restored {
            (flash(ctx, FlashKind::Info, &ctx.t("correct-restored")))
        }
        p { (ctx.t("correct-form-intro")) }
        form method="post" action=(group.form) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            @if matches!(values, Values::Phone { .. } | Values::Address { .. }) { (optional_note(ctx)) }
            (fields)
            div class="button-group" {
                (button(&ctx.t("correct-continue"), ButtonStyle::Primary))
            }
        }
        @if matches!(values, Values::Address { .. }) {
            p { (ctx.t("correct-country-missing")) " "
                a href=(format!("{}?kind=rectification", paths::REQUEST_NEW)) { (ctx.t("correct-country-missing-link")) } }
        }
        ul class="list list--links" { li { a href=(paths::CORRECT) { (ctx.t("correct-back")) } } }
    };
    let mut page = Page::new(group.title_id, body);
    page.has_errors = !errors.is_empty();
    render(ctx, page)
}

fn address_fields(ctx: &PageContext, errors: &[FieldError], values: [&&str; 6]) -> Markup {
    let [street, house_number, addition, postcode, city, country] = values;
    let mut street_f = Field::new(
        "street",
        ctx.t("correct-street"),
        InputKind::Text,
        "address-line1",
    );
    street_f.value = street;
    street_f.error = FieldError::find(errors, "street");
    let mut number_f = Field::new(
        "house_number",
        ctx.t("correct-house-number"),
        InputKind::Text,
        "off",
    );
    number_f.value = house_number;
    number_f.hint = Some(ctx.t("correct-house-number-hint"));
    number_f.error = FieldError::find(errors, "house_number");
    let mut addition_f = Field::new(
        "addition",
        ctx.t("correct-addition"),
        InputKind::Text,
        "off",
    );
    addition_f.value = addition;
    addition_f.hint = Some(ctx.t("correct-addition-hint"));
    addition_f.optional = true;
    addition_f.error = FieldError::find(errors, "addition");
    let mut postcode_f = Field::new(
        "postcode",
        ctx.t("correct-postcode"),
        InputKind::Text,
        "postal-code",
    );
    postcode_f.value = postcode;
    postcode_f.hint = Some(ctx.t("correct-postcode-hint"));
    postcode_f.error = FieldError::find(errors, "postcode");
    postcode_f.spellcheck_off = true;
    let mut city_f = Field::new(
        "city",
        ctx.t("correct-city"),
        InputKind::Text,
        "address-level2",
    );
    city_f.value = city;
    city_f.error = FieldError::find(errors, "city");
    // The Netherlands first, the rest by their name in the page's language.
    let mut countries: Vec<(&str, String)> = COUNTRIES
        .into_iter()
        .map(|code| (code, ctx.t(&country_name_id(code))))
        .collect();
    countries.sort_by_key(|(code, name)| (*code != NETHERLANDS, name.to_lowercase()));
    let country_s = Select {
        name: "country",
        label: ctx.t("correct-country"),
        hint: Some(ctx.t("correct-country-hint")),
        error: FieldError::find(errors, "country"),
        options: countries,
        selected: country,
        autocomplete: "country",
        optional: false,
    };
    fieldset(
        &ctx.t("register-field-postal-address"),
        false,
        // The country first: it decides the rules for the number and the postcode.
        html! {
            (select(ctx, &country_s))
            (field(ctx, &street_f))
            (field(ctx, &number_f))
            (field(ctx, &addition_f))
            (field(ctx, &postcode_f))
            (field(ctx, &city_f))
        },
    )
}

/// "Check your answers": the new values, a way back to change them, and Save. The Save
/// form also carries the answer (`carried`): the save itself ignores it and uses the one
/// waiting in the session, but if the session has run out, the answer is what is kept
/// over the sign-in. `restored`: it was.
pub fn check(
    ctx: &PageContext,
    csrf_token: &str,
    group: &Group,
    change: &ProfileChange,
    carried: &[(&str, &str)],
    restored: bool,
) -> Markup {
    let mut rows: Vec<(String, Markup)> = Vec::new();
    if let Some(name) = &change.name {
        rows.push((ctx.t("register-field-name"), html! { (name.as_str()) }));
    }
    if let Some(phone) = &change.phone {
        let value = match phone {
            Some(phone) => html! { (phone.as_str()) },
            None => html! { (ctx.t("correct-phone-removed")) },
        };
        rows.push((ctx.t("register-field-phone"), value));
    }
    if let Some(address) = &change.address {
        rows.push((
            ctx.t("register-field-postal-address"),
            address_lines(ctx, address),
        ));
    }
    if let Some(language) = change.language {
        rows.push((
            ctx.t("correct-language-label"),
            html! { (language_name(ctx, language)) },
        ));
    }
    let body = html! {
        h1 { (ctx.t("correct-check-title")) }
        @if restored {
            (flash(ctx, FlashKind::Info, &ctx.t("correct-restored-check")))
        }
        p class="lead" { (ctx.t("correct-check-intro")) }
        dl class="summary-list" {
            @for (label, value) in rows {
                div class="summary-list__row" {
                    dt { (label) }
                    dd { (value) }
                    dd class="summary-list__actions" { (change_link(ctx, group.form, group.what_id)) }
                }
            }
        }
        form method="post" action=(group.check) novalidate {
            (hidden(csrf::FIELD, csrf_token))
            @for (name, value) in carried { (hidden(name, value)) }
            div class="button-group" {
                (button(&ctx.t("correct-save"), ButtonStyle::Primary))
            }
        }
        ul class="list list--links" { li { a href=(paths::CORRECT) { (ctx.t("correct-cancel")) } } }
    };
    render(ctx, Page::new("correct-check-title", body))
}

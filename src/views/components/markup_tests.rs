//! The exact markup of the form components in each of their states, as it was before
//! `labelled` took over their label, hint and error wiring: a change to that wiring that
//! changes a single byte of what a page sends shows up here.

use std::sync::Arc;

use maud::Markup;

use super::*;
use crate::config::Organisation;
use crate::i18n::Lang;
use crate::views::PageContext;

fn ctx() -> PageContext {
    PageContext {
        lang: Lang::Nl,
        current: "/".into(),
        route: None,
        organisation: Arc::new(Organisation::default()),
        sign_out_token: None,
        staff: false,
        staff_role: None,
    }
}

const HINT: &str = "Bijvoorbeeld 1234 AB";
const ERROR: &str = "Vul een postcode <in>";

/// One state of a labelled control.
struct State {
    what: &'static str,
    hint: Option<&'static str>,
    error: Option<&'static str>,
    value: &'static str,
    optional: bool,
}

const fn state(
    what: &'static str,
    hint: Option<&'static str>,
    error: Option<&'static str>,
    value: &'static str,
    optional: bool,
) -> State {
    State {
        what,
        hint,
        error,
        value,
        optional,
    }
}

/// The states every labelled control has.
const STATES: [State; 5] = [
    state("empty", None, None, "", false),
    state("value", None, None, "12<34 \"x\"", false),
    state("hint", Some(HINT), None, "", true),
    state("error", None, Some(ERROR), "12", false),
    state("hint and error", Some(HINT), Some(ERROR), "12", true),
];

/// `render` in every state, each named "`control` state".
fn in_every_state(
    control: &str,
    render: impl Fn(&PageContext, &State) -> Markup,
) -> Vec<(String, Markup)> {
    let ctx = ctx();
    STATES
        .iter()
        .map(|state| (format!("{control} {}", state.what), render(&ctx, state)))
        .collect()
}

fn fields() -> Vec<(String, Markup)> {
    let mut out = in_every_state("field", |ctx, state| {
        let mut f = Field::new(
            "postcode",
            "Postcode".into(),
            InputKind::Text,
            "postal-code",
        );
        f.hint = state.hint.map(Into::into);
        f.error = state.error.map(Into::into);
        f.value = state.value;
        f.optional = state.optional;
        if state.optional {
            f.inputmode = Some("numeric");
        }
        field(ctx, &f)
    });
    let ctx = ctx();
    let f = Field::new("email", "E-mail".into(), InputKind::Email, "email");
    out.push(("field email".into(), field(&ctx, &f)));
    for shown in [false, true] {
        let mut p = password_field(
            "password",
            "Wachtwoord".into(),
            "new-password",
            "s3<cr",
            shown,
        );
        p.error = (!shown).then(|| ERROR.into());
        let what = if shown { "shown" } else { "hidden" };
        out.push((format!("password {what}"), field(&ctx, &p)));
    }
    out
}

fn textareas() -> Vec<(String, Markup)> {
    in_every_state("textarea", |ctx, state| {
        let mut f = TextArea::new("details", "Toelichting".into());
        f.hint = state.hint.map(Into::into);
        f.error = state.error.map(Into::into);
        f.value = state.value;
        f.optional = state.optional;
        textarea(ctx, &f)
    })
}

fn selects() -> Vec<(String, Markup)> {
    in_every_state("select", |ctx, state| {
        let s = Select {
            name: "country",
            label: "Land".into(),
            hint: state.hint.map(Into::into),
            error: state.error.map(Into::into),
            options: vec![("NL", "Nederland".into()), ("BE", "België".into())],
            // A typed value matches no option: nothing chosen yet.
            selected: if state.value.is_empty() {
                "BE"
            } else {
                state.value
            },
            autocomplete: "country",
            optional: state.optional,
        };
        select(ctx, &s)
    })
}

fn choice_groups() -> Vec<(String, Markup)> {
    in_every_state("choices", |ctx, state| {
        let options = [
            Choice {
                value: "yes",
                label: "Ja".into(),
                hint: Some("Eens per maand".into()),
                checked: !state.value.is_empty(),
            },
            Choice {
                value: "no",
                label: "Nee".into(),
                hint: None,
                checked: false,
            },
        ];
        choices(
            ctx,
            "newsletter",
            "Nieuwsbrief?",
            state.hint,
            state.error,
            ChoiceKind::Radio,
            &options,
        )
    })
}

fn all() -> Vec<(String, Markup)> {
    let mut out = fields();
    out.extend(textareas());
    out.extend(selects());
    out.extend(choice_groups());
    out.push((
        "fieldset".into(),
        fieldset("Adres", true, maud::html! { "inhoud" }),
    ));
    out
}

/// What each state rendered before the refactor, to the byte.
const EXPECTED: &[(&str, &str)] = &[
    (
        "field empty",
        r#"<div class="field"><label class="field__label" for="postcode">Postcode</label><input class="field__input" id="postcode" name="postcode" type="text" value="" autocomplete="postal-code"></div>"#,
    ),
    (
        "field value",
        r#"<div class="field"><label class="field__label" for="postcode">Postcode</label><input class="field__input" id="postcode" name="postcode" type="text" value="12&lt;34 &quot;x&quot;" autocomplete="postal-code"></div>"#,
    ),
    (
        "field hint",
        r#"<div class="field"><label class="field__label" for="postcode">Postcode <span class="field__optional">(optioneel)</span></label><p class="field__hint" id="postcode-hint">Bijvoorbeeld 1234 AB</p><input class="field__input" id="postcode" name="postcode" type="text" value="" autocomplete="postal-code" inputmode="numeric" aria-describedby="postcode-hint"></div>"#,
    ),
    (
        "field error",
        r#"<div class="field field--error"><label class="field__label" for="postcode">Postcode</label><p class="field__error" id="postcode-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><input class="field__input" id="postcode" name="postcode" type="text" value="12" autocomplete="postal-code" aria-describedby="postcode-error" aria-invalid="true"></div>"#,
    ),
    (
        "field hint and error",
        r#"<div class="field field--error"><label class="field__label" for="postcode">Postcode <span class="field__optional">(optioneel)</span></label><p class="field__hint" id="postcode-hint">Bijvoorbeeld 1234 AB</p><p class="field__error" id="postcode-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><input class="field__input" id="postcode" name="postcode" type="text" value="12" autocomplete="postal-code" inputmode="numeric" aria-describedby="postcode-hint postcode-error" aria-invalid="true"></div>"#,
    ),
    (
        "field email",
        r#"<div class="field"><label class="field__label" for="email">E-mail</label><input class="field__input" id="email" name="email" type="email" value="" autocomplete="email" spellcheck="false"></div>"#,
    ),
    (
        "password hidden",
        r#"<div class="field field--error"><label class="field__label" for="password">Wachtwoord</label><p class="field__error" id="password-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><input class="field__input" id="password" name="password" type="password" value="s3&lt;cr" autocomplete="new-password" spellcheck="false" aria-describedby="password-error" aria-invalid="true"></div>"#,
    ),
    (
        "password shown",
        r#"<div class="field"><label class="field__label" for="password">Wachtwoord</label><input class="field__input" id="password" name="password" type="text" value="s3&lt;cr" autocomplete="new-password" spellcheck="false"></div>"#,
    ),
    (
        "textarea empty",
        r#"<div class="field"><label class="field__label" for="details">Toelichting</label><textarea class="field__input field__textarea" id="details" name="details" rows="6" spellcheck="true" autocomplete="off">
</textarea></div>"#,
    ),
    (
        "textarea value",
        r#"<div class="field"><label class="field__label" for="details">Toelichting</label><textarea class="field__input field__textarea" id="details" name="details" rows="6" spellcheck="true" autocomplete="off">
12&lt;34 &quot;x&quot;</textarea></div>"#,
    ),
    (
        "textarea hint",
        r#"<div class="field"><label class="field__label" for="details">Toelichting <span class="field__optional">(optioneel)</span></label><p class="field__hint" id="details-hint">Bijvoorbeeld 1234 AB</p><textarea class="field__input field__textarea" id="details" name="details" rows="6" spellcheck="true" autocomplete="off" aria-describedby="details-hint">
</textarea></div>"#,
    ),
    (
        "textarea error",
        r#"<div class="field field--error"><label class="field__label" for="details">Toelichting</label><p class="field__error" id="details-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><textarea class="field__input field__textarea" id="details" name="details" rows="6" spellcheck="true" autocomplete="off" aria-describedby="details-error" aria-invalid="true">
12</textarea></div>"#,
    ),
    (
        "textarea hint and error",
        r#"<div class="field field--error"><label class="field__label" for="details">Toelichting <span class="field__optional">(optioneel)</span></label><p class="field__hint" id="details-hint">Bijvoorbeeld 1234 AB</p><p class="field__error" id="details-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><textarea class="field__input field__textarea" id="details" name="details" rows="6" spellcheck="true" autocomplete="off" aria-describedby="details-hint details-error" aria-invalid="true">
12</textarea></div>"#,
    ),
    (
        "select empty",
        r#"<div class="field"><label class="field__label" for="country">Land</label><select class="field__input" id="country" name="country" autocomplete="country"><option value="NL">Nederland</option><option value="BE" selected>België</option></select></div>"#,
    ),
    (
        "select value",
        r#"<div class="field"><label class="field__label" for="country">Land</label><select class="field__input" id="country" name="country" autocomplete="country"><option value="" selected>Kies een land</option><option value="NL">Nederland</option><option value="BE">België</option></select></div>"#,
    ),
    (
        "select hint",
        r#"<div class="field"><label class="field__label" for="country">Land <span class="field__optional">(optioneel)</span></label><p class="field__hint" id="country-hint">Bijvoorbeeld 1234 AB</p><select class="field__input" id="country" name="country" autocomplete="country" aria-describedby="country-hint"><option value="NL">Nederland</option><option value="BE" selected>België</option></select></div>"#,
    ),
    (
        "select error",
        r#"<div class="field field--error"><label class="field__label" for="country">Land</label><p class="field__error" id="country-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><select class="field__input" id="country" name="country" autocomplete="country" aria-describedby="country-error" aria-invalid="true"><option value="" selected>Kies een land</option><option value="NL">Nederland</option><option value="BE">België</option></select></div>"#,
    ),
    (
        "select hint and error",
        r#"<div class="field field--error"><label class="field__label" for="country">Land <span class="field__optional">(optioneel)</span></label><p class="field__hint" id="country-hint">Bijvoorbeeld 1234 AB</p><p class="field__error" id="country-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><select class="field__input" id="country" name="country" autocomplete="country" aria-describedby="country-hint country-error" aria-invalid="true"><option value="" selected>Kies een land</option><option value="NL">Nederland</option><option value="BE">België</option></select></div>"#,
    ),
    (
        "choices empty",
        r#"<div class="field"><fieldset class="fieldset"><legend class="fieldset__legend">Nieuwsbrief?</legend><div class="choices"><div class="choices__item"><input class="choices__input" id="newsletter" name="newsletter" type="radio" value="yes" aria-describedby="newsletter-item-hint"><label class="choices__label" for="newsletter">Ja</label><p class="field__hint choices__hint" id="newsletter-item-hint">Eens per maand</p></div><div class="choices__item"><input class="choices__input" id="newsletter-1" name="newsletter" type="radio" value="no"><label class="choices__label" for="newsletter-1">Nee</label></div></div></fieldset></div>"#,
    ),
    (
        "choices value",
        r#"<div class="field"><fieldset class="fieldset"><legend class="fieldset__legend">Nieuwsbrief?</legend><div class="choices"><div class="choices__item"><input class="choices__input" id="newsletter" name="newsletter" type="radio" value="yes" checked aria-describedby="newsletter-item-hint"><label class="choices__label" for="newsletter">Ja</label><p class="field__hint choices__hint" id="newsletter-item-hint">Eens per maand</p></div><div class="choices__item"><input class="choices__input" id="newsletter-1" name="newsletter" type="radio" value="no"><label class="choices__label" for="newsletter-1">Nee</label></div></div></fieldset></div>"#,
    ),
    (
        "choices hint",
        r#"<div class="field"><fieldset class="fieldset" aria-describedby="newsletter-hint"><legend class="fieldset__legend">Nieuwsbrief?</legend><p class="field__hint" id="newsletter-hint">Bijvoorbeeld 1234 AB</p><div class="choices"><div class="choices__item"><input class="choices__input" id="newsletter" name="newsletter" type="radio" value="yes" aria-describedby="newsletter-item-hint"><label class="choices__label" for="newsletter">Ja</label><p class="field__hint choices__hint" id="newsletter-item-hint">Eens per maand</p></div><div class="choices__item"><input class="choices__input" id="newsletter-1" name="newsletter" type="radio" value="no"><label class="choices__label" for="newsletter-1">Nee</label></div></div></fieldset></div>"#,
    ),
    (
        "choices error",
        r#"<div class="field field--error"><fieldset class="fieldset" aria-describedby="newsletter-error"><legend class="fieldset__legend">Nieuwsbrief?</legend><p class="field__error" id="newsletter-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><div class="choices"><div class="choices__item"><input class="choices__input" id="newsletter" name="newsletter" type="radio" value="yes" checked aria-describedby="newsletter-item-hint"><label class="choices__label" for="newsletter">Ja</label><p class="field__hint choices__hint" id="newsletter-item-hint">Eens per maand</p></div><div class="choices__item"><input class="choices__input" id="newsletter-1" name="newsletter" type="radio" value="no"><label class="choices__label" for="newsletter-1">Nee</label></div></div></fieldset></div>"#,
    ),
    (
        "choices hint and error",
        r#"<div class="field field--error"><fieldset class="fieldset" aria-describedby="newsletter-hint newsletter-error"><legend class="fieldset__legend">Nieuwsbrief?</legend><p class="field__hint" id="newsletter-hint">Bijvoorbeeld 1234 AB</p><p class="field__error" id="newsletter-error"><span class="visually-hidden">Fout: </span>Vul een postcode &lt;in&gt;</p><div class="choices"><div class="choices__item"><input class="choices__input" id="newsletter" name="newsletter" type="radio" value="yes" checked aria-describedby="newsletter-item-hint"><label class="choices__label" for="newsletter">Ja</label><p class="field__hint choices__hint" id="newsletter-item-hint">Eens per maand</p></div><div class="choices__item"><input class="choices__input" id="newsletter-1" name="newsletter" type="radio" value="no"><label class="choices__label" for="newsletter-1">Nee</label></div></div></fieldset></div>"#,
    ),
    (
        "fieldset",
        r#"<fieldset class="fieldset"><legend class="fieldset__legend"><h1>Adres</h1></legend>inhoud</fieldset>"#,
    ),
];

#[test]
fn the_form_components_render_exactly_as_before() {
    let rendered = all();
    assert_eq!(rendered.len(), EXPECTED.len(), "one expectation per state");
    for ((what, markup), (expected_what, expected)) in rendered.iter().zip(EXPECTED) {
        assert_eq!(what, expected_what);
        assert_eq!(&markup.0, expected, "{what}");
    }
}

/// After a form error the summary takes the focus as the page loads, without script
/// (issue 13, point 17): `autofocus` on the region, which `tabindex="-1"` makes focusable
/// but keeps out of the Tab order. A page with no errors has no summary to focus.
#[test]
fn the_error_summary_takes_the_focus_without_script() {
    let ctx = ctx();
    let errors = [FieldError {
        field: "postcode".into(),
        message: ERROR.into(),
    }];
    assert_eq!(
        error_summary(&ctx, &errors).0,
        r##"<div class="error-summary" role="region" aria-labelledby="error-summary-title" tabindex="-1" autofocus><h2 id="error-summary-title" class="error-summary__title">Er is een probleem</h2><ul class="error-summary__list"><li><a href="#postcode">Vul een postcode &lt;in&gt;</a></li></ul></div>"##
    );
    assert_eq!(error_summary(&ctx, &[]).0, "");
}

/// Only optional controls are marked (GOV.UK), and the form says once what that means
/// (issue 13, point 20); a required control carries no marker at all.
#[test]
fn only_optional_controls_are_marked() {
    let ctx = ctx();
    let mut f = Field::new("phone", "Telefoonnummer".into(), InputKind::Tel, "tel");
    assert!(
        !field(&ctx, &f).0.contains("field__optional"),
        "required: no marker"
    );
    f.optional = true;
    assert!(
        field(&ctx, &f)
            .0
            .contains(r#"Telefoonnummer <span class="field__optional">(optioneel)</span></label>"#)
    );
    assert_eq!(
        optional_note(&ctx).0,
        r#"<p class="form-note">Vakken met (optioneel) mag u leeg laten. De andere vakken moet u invullen.</p>"#
    );
}

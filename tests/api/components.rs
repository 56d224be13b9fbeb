//! The form and page components get labels, hints, errors and headers right by themselves.

use std::sync::Arc;

use inzage::i18n::Lang;
use inzage::views::PageContext;
use inzage::views::components::*;

fn ctx(lang: Lang) -> PageContext {
    PageContext {
        lang,
        current: "/".into(),
        route: None,
        organisation: Arc::new(inzage::config::Organisation::default()),
        sign_out_token: None,
        staff: false,
        staff_role: None,
    }
}

#[test]
fn a_field_ties_its_label_hint_and_error_together() {
    let mut f = Field::new(
        "postcode",
        "Postcode".into(),
        InputKind::Text,
        "postal-code",
    );
    f.hint = Some("Bijvoorbeeld 1234 AB".into());
    f.error = Some("Vul een postcode in zoals 1234 AB".into());
    f.value = "12<34";
    let html = field(&ctx(Lang::Nl), &f).into_string();
    assert!(
        html.contains(r#"<label class="field__label" for="postcode">Postcode</label>"#),
        "a required field is not marked: {html}"
    );
    assert!(html.contains(r#"id="postcode" name="postcode" type="text" value="12&lt;34" autocomplete="postal-code""#), "typed value kept, escaped: {html}");
    assert!(html.contains(r#"aria-describedby="postcode-hint postcode-error""#));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains(r#"<span class="visually-hidden">Fout: </span>"#));
}

#[test]
fn a_field_without_problems_claims_none() {
    let html = field(
        &ctx(Lang::En),
        &Field::new("email", "E-mail".into(), InputKind::Email, "email"),
    )
    .into_string();
    assert!(!html.contains("aria-invalid"));
    assert!(!html.contains("aria-describedby"));
    assert!(html.contains(r#"type="email""#));
}

#[test]
fn the_error_summary_links_to_each_field() {
    let errors = [FieldError {
        field: "postcode".into(),
        message: "Fill in a postcode".into(),
    }];
    let html = error_summary(&ctx(Lang::En), &errors).into_string();
    assert!(html.contains("There is a problem"));
    assert!(html.contains(r##"<a href="#postcode">Fill in a postcode</a>"##));
    assert!(error_summary(&ctx(Lang::En), &[]).into_string().is_empty());
}

#[test]
fn choices_are_never_pre_ticked_unless_chosen_and_sit_in_a_fieldset() {
    let options = [
        Choice {
            value: "yes",
            label: "Yes".into(),
            hint: Some("Once a month".into()),
            checked: false,
        },
        Choice {
            value: "no",
            label: "No".into(),
            hint: None,
            checked: false,
        },
    ];
    let html = choices(
        &ctx(Lang::En),
        "newsletter",
        "Newsletter?",
        None,
        None,
        ChoiceKind::Radio,
        &options,
    )
    .into_string();
    assert!(
        html.contains("<fieldset")
            && html.contains("<legend class=\"fieldset__legend\">Newsletter?</legend>")
    );
    assert!(!html.contains("checked"));
    assert!(html.contains(r#"id="newsletter" name="newsletter" type="radio" value="yes" aria-describedby="newsletter-item-hint""#), "{html}");
    assert!(html.contains(r#"<label class="choices__label" for="newsletter-1">No</label>"#));
}

#[test]
fn a_table_has_a_caption_and_header_cells() {
    let html = data_table(&Table {
        id: "t",
        caption: "Invoices".into(),
        headers: vec!["Number".into(), "Amount".into()],
        rows: vec![vec![maud::html! { "F-1" }, maud::html! { "€ 10" }]],
    })
    .into_string();
    assert!(html.contains(r#"<caption id="t-caption" class="table__caption">Invoices</caption>"#));
    assert!(html.contains(r#"<th scope="col">Number</th>"#));
    assert!(html.contains(r#"<th scope="row">F-1</th><td>€ 10</td>"#));
    assert!(html.contains(r#"role="region" aria-labelledby="t-caption" tabindex="0""#));
}

/// A stacked table is the same table; at narrow widths each cell shows its column's name,
/// which screen readers skip (they hear the real header cells).
#[test]
fn a_stacked_table_names_each_cell_for_the_eye_only() {
    let table = Table {
        id: "t",
        caption: "Invoices".into(),
        headers: vec!["Number".into(), "Amount".into()],
        rows: vec![vec![maud::html! { "F-1" }, maud::html! { "€ 10" }]],
    };
    let html = stacked_table(&table).into_string();
    assert!(
        html.contains(r#"<table class="table table--stacked" id="t">"#),
        "{html}"
    );
    assert!(html.contains(r#"<th scope="col">Amount</th>"#));
    assert!(html.contains(r#"<th scope="row">F-1</th><td><span class="table__label" aria-hidden="true">Amount</span>€ 10</td>"#), "{html}");
    assert!(!data_table(&table).into_string().contains("table__label"));
}

#[test]
fn a_status_message_says_what_it_is_in_words() {
    let html = flash(&ctx(Lang::Nl), FlashKind::Success, "Opgeslagen.").into_string();
    assert!(
        html.contains(r#"role="status""#) && html.contains("<strong>Gelukt:</strong> Opgeslagen.")
    );
}

#[test]
fn a_post_action_is_a_form_with_a_button() {
    let html = post_button("/sign-out", "Sign out", &[("csrf", "t0k3n")]).into_string();
    assert!(html.contains(r#"<form class="post-button" method="post" action="/sign-out">"#));
    assert!(html.contains(r#"<input type="hidden" name="csrf" value="t0k3n">"#));
    assert!(html.contains(r#"<button type="submit" class="link-button">Sign out</button>"#));
    assert!(
        button("Save", ButtonStyle::Primary)
            .into_string()
            .contains(r#"<button type="submit" class="button">Save</button>"#)
    );
}

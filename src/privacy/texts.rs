//! The register's entries in words, in the visitor's language. The privacy statement and
//! (later) the "my data" page and the export use these, so each is phrased once.

use super::register::{Category, OnErasure, Retention};
use crate::i18n::{Arg, Lang, t, t_args, t_with};

pub fn name(lang: Lang, category: &Category) -> String {
    t(lang, &format!("register-category-{}", category.id))
}

pub fn description(lang: Lang, category: &Category) -> String {
    t(
        lang,
        &format!("register-category-{}-description", category.id),
    )
}

pub fn fields(lang: Lang, category: &Category) -> Vec<String> {
    category
        .fields
        .iter()
        .map(|f| t(lang, &format!("register-field-{f}")))
        .collect()
}

pub fn purposes(lang: Lang, category: &Category) -> Vec<String> {
    category
        .purposes
        .iter()
        .map(|p| t(lang, &format!("register-purpose-{p}")))
        .collect()
}

/// The legal basis, with the law behind a (c) basis when there is one.
pub fn legal_basis(lang: Lang, category: &Category) -> Vec<String> {
    let mut lines = vec![t(
        lang,
        &format!("register-basis-{}", category.legal_basis.letter()),
    )];
    lines.extend(
        category
            .legal_basis_note
            .map(|law| t(lang, &format!("register-law-{law}"))),
    );
    lines
}

pub fn source(lang: Lang, category: &Category) -> String {
    t(lang, &format!("register-source-{}", category.source))
}

/// The recipients; empty when only the organisation itself uses the data.
pub fn recipients(lang: Lang, category: &Category) -> Vec<String> {
    category
        .recipients
        .iter()
        .map(|r| t(lang, &format!("register-recipient-{r}")))
        .collect()
}

pub fn retention(lang: Lang, category: &Category) -> String {
    match category.retention {
        Retention::Period {
            months,
            days,
            counted_from,
        } => {
            let event = t(lang, &format!("register-event-{counted_from}"));
            let (id, count) = match (months, days) {
                (0, days) => ("register-retention-days", days),
                (months, _) if months % 12 == 0 => ("register-retention-years", months / 12),
                (months, _) => ("register-retention-months", months),
            };
            t_with(
                lang,
                id,
                &[
                    ("count", Arg::Number(count.into())),
                    ("event", Arg::Text(&event)),
                ],
            )
        }
        Retention::WhileAccountExists => t(lang, "register-retention-while-account-exists"),
        Retention::UntilConsentWithdrawn => t(lang, "register-retention-until-consent-withdrawn"),
    }
}

pub fn erasure(lang: Lang, category: &Category) -> String {
    match category.on_erasure {
        OnErasure::Delete => t(lang, "register-erasure-delete"),
        OnErasure::Keep { because } => {
            let law = t(lang, &format!("register-law-{because}"));
            t_args(lang, "register-erasure-keep", &[("law", &law)])
        }
    }
}

pub fn automated_decisions(lang: Lang, category: &Category) -> String {
    t(
        lang,
        if category.automated_decisions {
            "register-automated-yes"
        } else {
            "register-automated-no"
        },
    )
}

//! Fluent messages, compiled into the binary from `locales/<lang>/*.ftl`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::static_loader;

use super::Lang;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "nl",
        customise: |bundle| {
            // Without this every inserted value is wrapped in invisible bidi marks,
            // which screen readers may announce and copy-paste carries along.
            bundle.set_use_isolating(false);
            // Fluent writes 45840; people read 45.840 (nl) or 45,840 (en) more easily.
            let code = bundle.locales.first().map(|l| l.language.to_string());
            let code = code.as_deref().unwrap_or("nl");
            bundle.set_formatter(Some(super::numbers::fluent_formatter(code)));
        },
    };
}

/// The message `id` in `lang` if it exists and needs no arguments.
pub fn try_t(lang: Lang, id: &str) -> Option<String> {
    LOCALES
        .lookup_single_language::<&str>(&lang.langid(), id, None)
        .ok()
}

/// Messages without arguments, per language, each formatted the first time it is asked
/// for: most of a page's words, formatted once instead of on every page view (issue 14
/// measured about 80 µs for a big page). The set is bounded by the locale files.
static PLAIN: LazyLock<[RwLock<HashMap<String, String>>; 2]> = LazyLock::new(Default::default);

fn plain(lang: Lang) -> &'static RwLock<HashMap<String, String>> {
    &PLAIN[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// The message `id` in `lang`. A missing id is a bug the locale test catches; at run time
/// it is logged and the id itself is shown rather than failing the page.
pub fn t(lang: Lang, id: &str) -> String {
    let cache = plain(lang);
    if let Some(text) = cache.read().unwrap_or_else(|e| e.into_inner()).get(id) {
        return text.clone();
    }
    match LOCALES.lookup_single_language::<&str>(&lang.langid(), id, None) {
        Ok(text) => {
            let mut cache = cache.write().unwrap_or_else(|e| e.into_inner());
            cache.insert(id.to_string(), text.clone());
            text
        }
        Err(_) => missing(lang, id),
    }
}

/// The message `id` in `lang` with named text arguments filled in.
pub fn t_args(lang: Lang, id: &str, args: &[(&'static str, &str)]) -> String {
    let args: Vec<(&'static str, Arg)> = args.iter().map(|(n, v)| (*n, Arg::Text(v))).collect();
    t_with(lang, id, &args)
}

/// A message argument: text, or a number (which plural selectors such as `[one]` need).
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

/// The message `id` in `lang` with text and number arguments filled in.
pub fn t_with(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.to_string()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect();
    let text = LOCALES
        .lookup_single_language(&lang.langid(), id, Some(&args))
        .unwrap_or_else(|_| missing(lang, id));
    without_double_stops(text, args.values())
}

/// A sentence that ends on a value which itself ends in a full stop ("Voorbeeld Energie
/// B.V.") would show two ("B.V.."); the message's own stop is dropped then.
fn without_double_stops<'a>(
    mut text: String,
    values: impl Iterator<Item = &'a FluentValue<'a>>,
) -> String {
    for value in values {
        if let FluentValue::String(value) = value
            && value.ends_with('.')
        {
            text = text.replace(&format!("{value}."), value);
        }
    }
    text
}

fn missing(lang: Lang, id: &str) -> String {
    tracing::error!(lang = lang.code(), id, "missing Fluent message or argument");
    id.to_string()
}

/// The message ids defined in one `.ftl` source (terms, starting with `-`, excluded),
/// or the parser's complaint when the source is not valid Fluent.
pub fn message_ids_in(ftl_source: &str) -> Result<Vec<String>, String> {
    use fluent_syntax::ast::Entry;
    use fluent_templates::fluent_bundle::FluentResource as Resource;
    let resource =
        Resource::try_new(ftl_source.to_string()).map_err(|(_, errors)| format!("{errors:?}"))?;
    Ok(resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_count_is_grouped_and_still_picks_its_plural() {
        let count = |lang, n| t_with(lang, "my-data-audit-records", &[("count", Arg::Number(n))]);
        assert_eq!(count(Lang::Nl, 45_840), "45.840 vastleggingen");
        assert_eq!(count(Lang::En, 45_840), "45,840 records");
        assert_eq!(count(Lang::Nl, 1), "1 vastlegging");
        assert_eq!(count(Lang::Nl, 2026), "2026 vastleggingen");
    }

    #[test]
    fn a_name_ending_in_a_full_stop_gets_no_second_one() {
        let text = t_args(
            Lang::En,
            "privacy-no-recipients",
            &[("organisation", "Voorbeeld Energie B.V.")],
        );
        assert!(text.ends_with("B.V."), "{text:?}");
        assert!(!text.contains(".."), "{text:?}");
        let plain = t_args(
            Lang::En,
            "privacy-no-recipients",
            &[("organisation", "Acme")],
        );
        assert!(
            plain.ends_with("Acme."),
            "the message's own stop stays: {plain:?}"
        );
    }
}

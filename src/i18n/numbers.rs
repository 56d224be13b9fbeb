//! Whole numbers as each language writes them: "45.840" in Dutch, "45,840" in English.
//! Fluent's own number formatting does not group digits, so the message bundles use
//! `fluent_formatter` below.

use fluent_templates::fluent_bundle::FluentValue;

use super::Lang;

/// The character between groups of three digits.
pub(super) fn thousands(lang: Lang) -> char {
    match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    }
}

/// `digits` (ASCII digits only) with `separator` between each group of three, from the right.
pub(super) fn group(digits: &str, separator: char) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// `n` as `lang` writes a count, for a number shown outside a message (messages group
/// their numbers themselves, through the formatter below). Numbers under 10,000 stay as they are: the Dutch
/// Taalunie advice leaves four digits ungrouped, and a year in a sentence must not
/// read "2.026".
pub fn count(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    if digits.len() < 5 {
        return format!("{sign}{digits}");
    }
    format!("{sign}{}", group(&digits, thousands(lang)))
}

/// A Fluent bundle's formatter for `lang`: whole numbers as `count` writes them; anything
/// else (fractions, text) is left to Fluent.
fn format_in(lang: Lang, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 && number.value.abs() < 1e15 => {
            Some(count(lang, number.value as i64))
        }
        _ => None,
    }
}

fn format_nl<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_in(Lang::Nl, value)
}

fn format_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_in(Lang::En, value)
}

/// The formatter for a bundle of the language `code` ("nl", "en").
pub(super) fn fluent_formatter<M>(code: &str) -> fn(&FluentValue, &M) -> Option<String> {
    if code == Lang::En.code() {
        format_en::<M>
    } else {
        format_nl::<M>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_five_digits_or_more_are_grouped_the_languages_own_way() {
        assert_eq!(count(Lang::Nl, 45_840), "45.840");
        assert_eq!(count(Lang::En, 45_840), "45,840");
        assert_eq!(count(Lang::Nl, 1_000_000), "1.000.000");
        assert_eq!(count(Lang::En, -123_456), "-123,456");
    }

    #[test]
    fn short_numbers_and_years_stay_as_they_are() {
        assert_eq!(count(Lang::Nl, 2026), "2026");
        assert_eq!(count(Lang::En, 9_999), "9999");
        assert_eq!(count(Lang::Nl, 0), "0");
        assert_eq!(count(Lang::En, -12), "-12");
    }
}

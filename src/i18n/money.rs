//! Amounts in euros as each language writes them: "€ 1.234,56" in Dutch, "€1,234.56" in
//! English.

use super::Lang;

/// `cents` as an amount in euros, written the way `lang` writes it.
pub fn euros(lang: Lang, cents: i64) -> String {
    let (decimal, space) = match lang {
        Lang::Nl => (',', " "),
        Lang::En => ('.', ""),
    };
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let grouped =
        super::numbers::group(&(cents / 100).to_string(), super::numbers::thousands(lang));
    format!("{sign}€{space}{grouped}{decimal}{:02}", cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_group_and_separate_their_own_way() {
        assert_eq!(euros(Lang::Nl, 123_456), "€ 1.234,56");
        assert_eq!(euros(Lang::En, 123_456), "€1,234.56");
        assert_eq!(euros(Lang::Nl, 5), "€ 0,05");
        assert_eq!(euros(Lang::En, -100_000_000), "-€1,000,000.00");
    }
}

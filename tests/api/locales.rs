//! Every message exists in both languages, and every message id the code uses exists.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use inzage::i18n::message_ids_in;
use inzage::privacy::register::Retention;

fn ftl_files(lang: &str) -> Vec<PathBuf> {
    let mut files: Vec<_> = fs::read_dir(Path::new("locales").join(lang))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
}

fn ids(lang: &str) -> BTreeSet<String> {
    ftl_files(lang)
        .iter()
        .flat_map(|file| {
            message_ids_in(&fs::read_to_string(file).unwrap())
                .unwrap_or_else(|e| panic!("{} is not valid Fluent: {e}", file.display()))
        })
        .collect()
}

#[test]
fn both_languages_have_the_same_files_and_message_ids() {
    let names = |lang| {
        ftl_files(lang)
            .iter()
            .map(|p| p.file_name().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(names("nl"), names("en"), "same .ftl files");
    let (nl, en) = (ids("nl"), ids("en"));
    assert!(!nl.is_empty());
    let only_nl: Vec<_> = nl.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nl).collect();
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "only in nl: {only_nl:?}; only in en: {only_en:?}"
    );
}

#[test]
fn ftl_files_hold_no_html() {
    for lang in ["nl", "en"] {
        for file in ftl_files(lang) {
            let text = fs::read_to_string(&file).unwrap();
            assert!(!text.contains('<'), "{} contains markup", file.display());
        }
    }
}

/// Message ids in the code are string literals in kebab case whose first word is one of
/// the prefixes the locale files use (`home-`, `error-`...). CSS classes and element ids
/// share that shape, so attribute values are left out, and so do the register's category
/// and event ids (their texts are checked when the register loads).
#[test]
fn every_message_id_used_in_the_code_exists() {
    let known = ids("nl");
    let prefixes: BTreeSet<String> = known
        .iter()
        .map(|id| id.split('-').next().unwrap().to_string())
        .collect();
    let register = inzage::privacy::register::Register::embedded().unwrap();
    let mut used = BTreeSet::new();
    for file in rust_files(Path::new("src")) {
        for line in fs::read_to_string(&file).unwrap().lines() {
            for literal in line.split('"').skip(1).step_by(2) {
                let looks_like_id = literal.contains('-')
                    && !literal.contains("--")
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && prefixes.contains(literal.split('-').next().unwrap());
                let is_attribute = ["class=\"", "id=\"", "for=\"", "aria-labelledby=\""]
                    .iter()
                    .any(|attr| line.contains(&format!("{attr}{literal}\"")));
                let is_category = register.category(literal).is_some()
                    || register.categories().iter().any(|c| {
                        matches!(c.retention, Retention::Period { counted_from, .. } if counted_from == literal)
                    });
                if looks_like_id && !is_attribute && !is_category {
                    used.insert((literal.to_string(), file.display().to_string()));
                }
            }
        }
    }
    assert!(
        used.len() > 50,
        "the scan found the ids ({} found)",
        used.len()
    );
    let missing: Vec<_> = used.iter().filter(|(id, _)| !known.contains(id)).collect();
    assert!(
        missing.is_empty(),
        "used in code but not in locales/: {missing:?}"
    );
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

/// One word for one thing (issue 13, point 11): a request's "kenmerk" (never
/// "referentie"), "wijzigen" for changing your details (never "verbeteren"), and
/// "Opslaan" for saving (never "Keuzes bewaren", "bewaard" for a saved form). In English:
/// "reference", "change" and "Save". The words that lost are nowhere in the texts, staff
/// pages and e-mails included. Comment lines do not count.
#[test]
fn one_term_each_in_both_languages() {
    let lost: [(&str, &[&str]); 2] = [
        (
            "nl",
            &[
                "referentie",
                "verbeter",
                "keuzes bewaren",
                "is bewaard",
                "niets bewaard",
                "hebben bewaard",
            ],
        ),
        (
            "en",
            &[
                "save choices",
                "correct my",
                "correct your",
                "correct it",
                "corrected your",
                "correction",
            ],
        ),
    ];
    for (lang, words) in lost {
        for file in ftl_files(lang) {
            let text = fs::read_to_string(&file).unwrap().to_lowercase();
            for (n, line) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim_start().starts_with('#'))
            {
                for word in words {
                    assert!(
                        !line.contains(word),
                        "{}:{}: \"{word}\" is the other term; use the chosen one: {line}",
                        file.display(),
                        n + 1
                    );
                }
            }
        }
    }
}

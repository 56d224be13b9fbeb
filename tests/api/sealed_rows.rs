//! The vault is the only way to a customer's personal data (DESIGN.md): the store methods
//! that hand out sealed customer rows are called from `src/vault/` alone, and those that
//! hand out staff accounts (with their sealed e-mail address) from `src/staff/` alone.
//! The methods are found in `src/db/` by what they return, so a new reader is held to the
//! rule without being listed here. Store handles are named `store` throughout the code
//! base (`state.store`, `self.store`, `store: &dyn Store`), which is what the calls are
//! recognised by.

use std::collections::BTreeMap;
use std::path::Path;

use crate::sources::{module_path, rust_files};

/// Row type -> the one top-level module that may read it from the store.
const SEALED_ROWS: &[(&str, &str)] = &[
    ("CustomerRow", "vault"),
    ("ContactMomentRow", "vault"),
    ("InvoiceRow", "vault"),
    ("PaymentRow", "vault"),
    ("ConsentRow", "vault"),
    ("RequestRow", "vault"),
    ("RequestEventRow", "vault"),
    ("StaffRow", "staff"),
    ("BreachRow", "staff"),
    ("BreachEventRow", "staff"),
];

/// Method name -> the module allowed to call it, for every area method whose return type
/// names a sealed row.
fn sealed_readers(db: &Path) -> BTreeMap<String, &'static str> {
    let mut readers = BTreeMap::new();
    let mut files = Vec::new();
    rust_files(db, &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        for (at, _) in text.match_indices("async fn ") {
            let rest = &text[at + "async fn ".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let signature = &rest[..rest.find(['{', ';']).unwrap_or(rest.len())];
            let Some(returns) = signature.split("->").nth(1) else {
                continue;
            };
            for (row, owner) in SEALED_ROWS {
                let named = returns
                    .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .any(|word| word == *row);
                if named {
                    readers.insert(name.clone(), *owner);
                }
            }
        }
    }
    readers
}

#[test]
fn sealed_rows_are_read_only_where_they_are_opened() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let readers = sealed_readers(&src.join("db"));
    assert!(
        readers.contains_key("customer") && readers.contains_key("contact_moments_after"),
        "the readers of sealed rows are found in src/db: {readers:?}"
    );
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut problems = Vec::new();
    for file in &files {
        let top = module_path(&src, file).first().cloned().unwrap_or_default();
        if top == "db" {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("a readable source file");
        // `state\n    .store\n    .staff(id)` is one call: compare without white space.
        let code: String = text.split_whitespace().collect();
        for (method, owner) in &readers {
            if top == *owner {
                continue;
            }
            for receiver in ["store.", "store()."] {
                if code.contains(&format!("{receiver}{method}(")) {
                    problems.push(format!(
                        "{}: calls `{method}`, which only `{owner}` may call",
                        file.display()
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "sealed rows read outside their module:\n{}",
        problems.join("\n")
    );
}

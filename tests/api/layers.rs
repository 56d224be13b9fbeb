//! The import rule of DESIGN.md, held by reading the sources: every module of `src/` has a
//! place in `LAYERS`, and a module may import only modules below its own place. So a view
//! never imports a route, nothing below `startup` imports it, and the layers cannot grow an
//! import circle again. Comments are not imports; `super::` that climbs out of a top-level
//! module to another one counts as an import of it.

use std::collections::BTreeSet;
use std::path::Path;

use crate::sources::{code_of, module_path, rust_files};

/// Top to bottom (`main` stands above them all). The tiers of DESIGN.md, each in an order
/// of its own, so that siblings cannot import each other in a circle either.
const LAYERS: &[&str] = &[
    "startup",
    "routes",
    // Middleware: the signed-in areas, error pages, body limits.
    "http",
    "views",
    // What every handler may reach.
    "state",
    // Services.
    "seed",
    "export",
    "staff",
    "auth",
    "email",
    "retention",
    "vault",
    // The privacy core.
    "domain",
    "privacy",
    "audit",
    "crypto",
    "db",
    // Foundations: no personal data, no database.
    "a11y_report",
    "telemetry",
    "error",
    "assets",
    "paths",
    "i18n",
    "config",
    "clock",
];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|m| *m == module)
}

fn identifier_at(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level modules that `code` names through `crate::` (also `$crate::` in macros,
/// and `crate::{a, b}` groups) or through `super::` climbing out of `here`.
fn imports_in(code: &str, here: &[String], found: &mut BTreeSet<String>) {
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => item_start = true,
                    c if c.is_whitespace() => {}
                    _ if item_start && depth == 1 => {
                        found.insert(identifier_at(&group[i..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(identifier_at(rest));
        }
    }
    for (at, _) in code.match_indices("super::") {
        // Only the first `super` of a chain: count how far the chain climbs.
        if code[..at].ends_with("super::") {
            continue;
        }
        let mut rest = &code[at..];
        let mut climbs = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            climbs += 1;
            rest = r;
        }
        // Landing at the crate root names a top-level module; what is not one of those is
        // an item seen from an inline module (`mod tests { use super::Role; }`).
        let landed = identifier_at(rest);
        if climbs >= here.len() && rank(&landed).is_some() {
            found.insert(landed);
        }
    }
}

#[test]
fn every_module_imports_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut problems = Vec::new();
    for file in &files {
        let here = module_path(&src, file);
        let top = here.first().cloned().unwrap_or_default();
        if top == "lib" || top == "main" {
            continue;
        }
        let Some(own) = rank(&top) else {
            problems.push(format!(
                "{}: module `{top}` has no place in LAYERS",
                file.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("a readable source file");
        for (number, line) in text.lines().enumerate() {
            let mut found = BTreeSet::new();
            imports_in(code_of(line), &here, &mut found);
            for target in found.into_iter().filter(|t| *t != top && !t.is_empty()) {
                match rank(&target) {
                    Some(theirs) if theirs > own => {}
                    Some(_) => problems.push(format!(
                        "{}:{}: `{top}` imports `{target}`, which is not below it",
                        file.display(),
                        number + 1
                    )),
                    None => problems.push(format!(
                        "{}:{}: `{target}` has no place in LAYERS",
                        file.display(),
                        number + 1
                    )),
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "imports that point up:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_reader_sees_imports_in_every_form_it_claims_to() {
    let here = vec!["auth".to_string(), "sessions".to_string()];
    let mut found = BTreeSet::new();
    imports_in(
        "use crate::{db::Store, paths, views::{a, b}};",
        &here,
        &mut found,
    );
    imports_in("let x = $crate::audit::chain::hex(h);", &here, &mut found);
    imports_in("use super::super::routes::x;", &here, &mut found);
    imports_in("use super::tokens;", &here, &mut found);
    imports_in(
        code_of("let url = \"a//b\"; // crate::startup"),
        &here,
        &mut found,
    );
    let names: Vec<&str> = found.iter().map(String::as_str).collect();
    assert_eq!(names, ["audit", "db", "paths", "routes", "views"]);
}

//! The stylesheet and icon, compiled into the binary and served with content-hash URLs
//! so browsers may cache them for a year.

use std::collections::HashMap;
use std::sync::LazyLock;

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Files;

/// File name -> first 16 hex digits of its SHA-256.
static HASHES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    Files::iter()
        .filter_map(|name| {
            let file = Files::get(&name)?;
            let hex: String = file.metadata.sha256_hash()[..8]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            Some((name.to_string(), hex))
        })
        .collect()
});

/// The URL of a static file, with its content hash as version.
pub fn url(name: &str) -> String {
    let version = HASHES.get(name).map(String::as_str).unwrap_or("0");
    format!("/static/{name}?v={version}")
}

/// A static file's bytes, MIME type and content hash, if there is such a file.
pub fn get(name: &str) -> Option<(rust_embed::EmbeddedFile, String)> {
    let file = Files::get(name)?;
    let hash = HASHES.get(name).cloned().unwrap_or_default();
    Some((file, hash))
}

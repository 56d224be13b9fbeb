//! The stylesheet and icon, compiled into the binary and served with content-hash URLs
//! so browsers may cache them for a year.

use std::collections::HashMap;
use std::sync::LazyLock;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Assets;

/// File name -> first 16 hex digits of its SHA-256.
static HASHES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    Assets::iter()
        .filter_map(|name| {
            let file = Assets::get(&name)?;
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

pub async fn asset_get(file: web::Path<String>, req: HttpRequest) -> HttpResponse {
    let Some(content) = Assets::get(&file) else {
        return HttpResponse::NotFound().finish();
    };
    let hash = HASHES.get(file.as_str()).cloned().unwrap_or_default();
    let etag = format!("\"{hash}\"");
    // Only the current version may be cached forever; an old `?v=` gets revalidated.
    let current = req.query_string() == format!("v={hash}");
    let cache = if current {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let not_modified = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .is_some_and(|value| value.as_bytes() == etag.as_bytes());
    let mut response = if not_modified {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((header::ETAG, etag))
        .content_type(content.metadata.mimetype());
    if not_modified {
        response.finish()
    } else {
        response.body(content.data.into_owned())
    }
}

//! Serves the stylesheet and icon (`crate::assets`) with their content hash as ETag, so
//! browsers may cache the current version for a year.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

pub async fn asset_get(file: web::Path<String>, req: HttpRequest) -> HttpResponse {
    let Some((content, hash)) = crate::assets::get(&file) else {
        return HttpResponse::NotFound().finish();
    };
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

//! Turns every bare error response (404, 405, 413, 500...) into a localized HTML page.

use actix_web::body::{BoxBody, EitherBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};

use crate::error::StorageDown;
use crate::views::{PageContext, pages};

/// Client and server errors both get a page in the visitor's language. A response that
/// already has a body of its own (a form shown again with its errors, the JSON of
/// `/health`) is left as it is; bare ones and actix's plain-text errors are replaced.
pub fn error_pages<B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new()
        .default_handler_client(render)
        .default_handler_server(render)
}

fn render<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    if has_own_body(&res) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    if status.is_server_error() {
        // The error's text goes to the log (ids only by construction), never to the page.
        if let Some(error) = res.response().error() {
            tracing::error!(status = status.as_u16(), error = %error, "request failed");
        } else {
            tracing::error!(status = status.as_u16(), "request failed");
        }
    }
    let storage_down = res.response().extensions().get::<StorageDown>().is_some();
    let (req, old) = res.into_parts();
    let ctx = PageContext::from_request(&req);
    let markup = if storage_down {
        pages::error::storage_down_page(&ctx)
    } else {
        pages::error::error_page(&ctx, status)
    };
    let mut response = old.set_body(BoxBody::new(markup.into_string()));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response.headers_mut().remove(header::CONTENT_LENGTH);
    let res = ServiceResponse::new(req, response).map_body(|_, body| EitherBody::right(body));
    Ok(ErrorHandlerResponse::Response(res))
}

fn has_own_body<B>(res: &ServiceResponse<B>) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| !value.starts_with("text/plain"))
}

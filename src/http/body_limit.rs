//! Refuses oversized request bodies before any handler reads them.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::CONTENT_LENGTH;
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse, web};

use crate::state::AppState;

/// Answers 413 (rendered as a localized page by the error pages) when `Content-Length`
/// announces more than `http.max_body_bytes`. Chunked bodies without a length are capped
/// by the extractors' own limits, set to the same number in start-up.
pub async fn reject_oversized_bodies(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let limit = req
        .app_data::<web::Data<AppState>>()
        .map_or(usize::MAX, |state| state.max_body_bytes);
    let announced = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    if announced.is_some_and(|length| length > limit) {
        let response = HttpResponse::PayloadTooLarge()
            .insert_header(("Connection", "close"))
            .finish();
        return Ok(req.into_response(response).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

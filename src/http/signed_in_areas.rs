//! The doors of the signed-in areas. Every request under `/account` must come from a
//! signed-in customer and every request under `/staff` (but its own sign-in and activation)
//! from signed-in staff; everyone else is turned away here, before any handler runs.
//! A POST is checked for its CSRF token first, so a forged one gets 403 wherever it goes.
//!
//! A customer whose session ran out while filling in a form does not lose it: when the
//! POST carries the session's valid token, what was typed is kept (see `kept_form`) and
//! offered again after the next sign-in.

use actix_session::SessionExt;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse, ResponseError, web};

use crate::auth::sessions::{self, SignedIn};
use crate::auth::{csrf, kept_form};
use crate::paths;
use crate::state::AppState;

pub async fn signed_in_areas(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let path = req.path().to_string();
    let customer_area = paths::is_customer_area(&path);
    let staff_area = paths::is_staff_area(&path);
    if !customer_area && !staff_area {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let session = req.get_session();
    // Read before the checks, which end an expired session.
    let (had, expected) = (sessions::had_sign_in(&session), csrf::expected(&session));
    let allowed = if customer_area {
        SignedIn::of(req.request()).is_ok()
    } else {
        sessions::staff_of(req.request()).is_some()
    };
    if allowed {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let mut kept = false;
    if req.method() == Method::POST {
        let body = req.extract::<web::Bytes>().await.unwrap_or_default();
        if let Err(refused) = csrf::check(req.request(), &body, expected.as_deref()) {
            let response = refused.error_response();
            return Ok(req.into_response(response).map_into_right_body());
        }
        if let (true, Some(customer), Some(state)) = (
            customer_area,
            had,
            req.app_data::<web::Data<AppState>>().cloned(),
        ) {
            let key = &state.kept_form_key;
            let now = state.clock.now();
            kept = kept_form::keep(&session, key, customer, &path, &body, now).is_ok();
        }
    }
    let location = if staff_area {
        paths::STAFF_SIGN_IN.to_string()
    } else {
        let back_to = if req.method() == Method::GET || kept {
            path.as_str()
        } else {
            paths::ACCOUNT
        };
        paths::sign_in_then(back_to, had.is_some())
    };
    let response = HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish();
    Ok(req.into_response(response).map_into_right_body())
}

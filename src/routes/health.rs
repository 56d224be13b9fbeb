//! `/health` for load balancers and operators: 200 when the database answers and can begin
//! a write, else 503.

use actix_web::{HttpResponse, web};
use serde_json::json;

use crate::state::AppState;

pub async fn health_get(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.store.backend().name();
    let version = env!("CARGO_PKG_VERSION");
    match state.store.ping().await {
        Ok(()) => HttpResponse::Ok().json(json!({
            "status": "ok", "database": backend, "version": version
        })),
        Err(error) => {
            tracing::error!(error = %error, "health check: database did not answer");
            HttpResponse::ServiceUnavailable().json(json!({
                "status": "unavailable", "database": backend, "version": version
            }))
        }
    }
}

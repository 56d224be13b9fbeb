//! The error a handler returns when it cannot answer normally. Each variant has a status;
//! the error pages middleware turns the bare response into a localized page, and the
//! cause goes to the log, never to the page.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Something that does not exist, or that this visitor may not know exists.
    #[error("not found")]
    NotFound,
    /// The database or another part of the system failed.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A bare response: `http::error_pages` renders the page in the visitor's language.
    fn error_response(&self) -> HttpResponse {
        HttpResponse::new(self.status_code())
    }
}

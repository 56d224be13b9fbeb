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
    /// The database cannot store anything now (a full disk, a read-only file or mount,
    /// a failing device): 503, with a page saying nothing was saved.
    #[error("storage unavailable: {0}")]
    StorageUnavailable(anyhow::Error),
    /// The database or another part of the system failed.
    #[error(transparent)]
    Internal(anyhow::Error),
}

impl From<anyhow::Error> for AppError {
    fn from(error: anyhow::Error) -> Self {
        if is_storage_failure(&error) {
            AppError::StorageUnavailable(error)
        } else {
            AppError::Internal(error)
        }
    }
}

/// Marks a 503 as "the database cannot store anything now" for the error page.
#[derive(Debug, Clone, Copy)]
pub struct StorageDown;

/// Whether the database refused because it cannot write at all, rather than because of
/// this request: SQLite's FULL, READONLY and IOERR families, PostgreSQL's disk full, read
/// only transaction and insufficient resources (class 53), or an I/O error.
pub fn is_storage_failure(error: &anyhow::Error) -> bool {
    error
        .chain()
        .any(|cause| match cause.downcast_ref::<sqlx::Error>() {
            Some(sqlx::Error::Io(_)) => true,
            Some(sqlx::Error::Database(db)) => db.code().is_some_and(|code| {
                match code.parse::<u32>() {
                    // SQLite: the primary code is the low byte of the extended one.
                    Ok(sqlite) if code.len() < 5 => matches!(sqlite & 0xff, 8 | 10 | 13),
                    _ => code == "25006" || code.starts_with("53"),
                }
            }),
            _ => false,
        })
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::StorageUnavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A bare response: `http::error_pages` renders the page in the visitor's language.
    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::new(self.status_code());
        if matches!(self, AppError::StorageUnavailable(_)) {
            response.extensions_mut().insert(StorageDown);
        }
        response
    }
}

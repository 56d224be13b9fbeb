//! The breach register (issue 12): reporting (any staff member), and the privacy
//! officer's register, record, edit form and AP notification draft.

pub mod draft;
pub mod edit;
pub mod form;
pub mod notice;
pub mod notify;
pub mod record;
pub mod register;
pub mod report;

use std::collections::HashMap;

use actix_web::web;
use uuid::Uuid;

use crate::error::AppError;
use crate::staff::breach::{self, Breach, BreachEvent};
use crate::state::AppState;

/// The session key of the message shown once after a save.
const SAVED: &str = "breach_saved";

/// Staff members by id, shown by e-mail address (as the audit search shows them).
async fn staff_names(state: &AppState) -> Result<HashMap<Uuid, String>, AppError> {
    Ok(crate::staff::all(state.store.as_ref(), &state.vault.keys)
        .await?
        .into_iter()
        .map(|m| (m.id, m.email))
        .collect())
}

fn name_of(names: &HashMap<Uuid, String>) -> impl Fn(Uuid) -> String + '_ {
    |id| names.get(&id).cloned().unwrap_or_else(|| id.to_string())
}

/// The breach with this reference and its history, or 404.
async fn find(
    state: &web::Data<AppState>,
    reference: &str,
) -> Result<(Breach, Vec<BreachEvent>), AppError> {
    breach::find(state.store.as_ref(), &state.vault.keys, reference)
        .await?
        .ok_or(AppError::NotFound)
}

//! `GET/POST /staff/breaches/{reference}/edit`: the privacy officer changes the record.
//! A save appends one event; the form names the version it showed, so a double click,
//! the back button or a colleague saving first writes nothing (409).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::form::{from_facts, from_pairs, parse};
use super::{SAVED, find};
use crate::auth::csrf::{self, Protected};
use crate::error::AppError;
use crate::paths;
use crate::routes::account::redirect::see_other;
use crate::staff::breach::{self, Change, EventKind, Saved};
use crate::staff::guard::May;
use crate::staff::permissions::KeepBreachRegister;
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::staff::breaches::edit::{EditView, edit, stale};
use crate::views::{PageContext, html_response};

pub async fn view_staff_breach_edit_get(
    ctx: PageContext,
    _: May<KeepBreachRegister>,
    path: web::Path<String>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (breach, _) = find(&state, &path.into_inner()).await?;
    let form = from_facts(&breach.facts, breach.version, &ctx.organisation.time_zone);
    let view = EditView {
        reference: &breach.reference,
        csrf_token: &csrf::token(&session),
        form: &form,
        errors: &[],
        register: &state.register,
    };
    Ok(html_response(StatusCode::OK, edit(&ctx, &view)))
}

pub async fn staff_breach_edit_post(
    Protected(pairs): Protected<Vec<(String, String)>>,
    ctx: PageContext,
    who: May<KeepBreachRegister>,
    path: web::Path<String>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (breach, _) = find(&state, &path.into_inner()).await?;
    let form = from_pairs(&pairs);
    let Some(version) = form.version.trim().parse::<i64>().ok() else {
        return Ok(html_response(
            StatusCode::CONFLICT,
            stale(&ctx, &breach.reference),
        ));
    };
    if version != breach.version {
        return Ok(html_response(
            StatusCode::CONFLICT,
            stale(&ctx, &breach.reference),
        ));
    }
    let now = state.clock.now();
    let zone = &ctx.organisation.time_zone;
    let facts = match parse(&form, &breach.facts, &state.register, zone, now) {
        Ok(facts) => facts,
        Err(problems) => {
            let errors: Vec<FieldError> = problems
                .into_iter()
                .map(|(field, id)| FieldError {
                    field: field.into(),
                    message: ctx.t(id),
                })
                .collect();
            let view = EditView {
                reference: &breach.reference,
                csrf_token: &csrf::token(&session),
                form: &form,
                errors: &errors,
                register: &state.register,
            };
            return Ok(html_response(StatusCode::BAD_REQUEST, edit(&ctx, &view)));
        }
    };
    let record = paths::staff_breach(&breach.reference);
    if facts == breach.facts {
        // Nothing changed: no event, and nothing to say.
        return Ok(see_other(&record));
    }
    let only_follow_up = facts.follow_ups.len() > breach.facts.follow_ups.len()
        && BreachFactsWithoutFollowUps(&facts) == BreachFactsWithoutFollowUps(&breach.facts);
    let kind = if only_follow_up {
        EventKind::FollowUp
    } else {
        EventKind::Updated
    };
    let change = Change {
        version,
        kind,
        facts,
        by: who.staff.id,
        at: now,
    };
    let saved = breach::change(state.store.as_ref(), &state.vault.keys, &breach, change).await?;
    match saved {
        Saved::Stale => Ok(html_response(
            StatusCode::CONFLICT,
            stale(&ctx, &breach.reference),
        )),
        Saved::Saved => {
            tracing::info!(breach = %breach.id, "a breach record was changed");
            let _ = session.insert(SAVED, true);
            Ok(see_other(&record))
        }
    }
}

/// Compares two states apart from their follow-ups.
struct BreachFactsWithoutFollowUps<'a>(&'a crate::staff::breach::BreachFacts);

impl PartialEq for BreachFactsWithoutFollowUps<'_> {
    fn eq(&self, other: &Self) -> bool {
        let mut a = self.0.clone();
        let mut b = other.0.clone();
        a.follow_ups.clear();
        b.follow_ups.clear();
        a == b
    }
}

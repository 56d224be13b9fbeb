//! `GET/POST /staff/breaches/report`: any staff member reports a suspected breach. The
//! privacy officers are e-mailed the reference and a link, never the details. The form
//! carries the new breach's id, so the same form sent twice is one report.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use crate::auth::csrf::{self, Protected};
use crate::error::AppError;
use crate::paths;
use crate::routes::account::mail::{self, Mail};
use crate::routes::account::redirect::see_other;
use crate::staff::breach::{self, BreachFacts, Report};
use crate::staff::breach_rules::parse_moment;
use crate::staff::guard::May;
use crate::staff::permissions::ReportBreach;
use crate::staff::{self, Role};
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::staff::breaches::report::{ReportForm, report};
use crate::views::{PageContext, html_response};

/// The session key of the reference shown once after a report.
const REPORTED: &str = "breach_reported";
const TEXT_MAX_CHARS: usize = 10_000;

pub async fn view_staff_breach_report_get(
    ctx: PageContext,
    _: May<ReportBreach>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let reported = crate::auth::sessions::take::<String>(&session, REPORTED);
    let form = ReportForm {
        id: Uuid::new_v4().to_string(),
        ..Default::default()
    };
    Ok(html_response(
        StatusCode::OK,
        report(&ctx, &csrf::token(&session), &form, reported.as_deref()),
    ))
}

#[derive(Deserialize)]
pub struct Fields {
    #[serde(default)]
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    what_happened: String,
    #[serde(default)]
    noticed_at: String,
    #[serde(default)]
    how_noticed: String,
    #[serde(default)]
    affected: String,
}

pub async fn staff_breach_report_post(
    Protected(fields): Protected<Fields>,
    ctx: PageContext,
    who: May<ReportBreach>,
    session: Session,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let zone = &ctx.organisation.time_zone;
    let mut errors = Vec::new();
    let mut problem = |field: &str, id: &str| {
        errors.push(FieldError {
            field: field.into(),
            message: ctx.t(id),
        })
    };
    if fields.title.trim().is_empty() {
        problem("title", "breach-error-title");
    }
    if fields.what_happened.trim().is_empty() {
        problem("what_happened", "breach-error-what-happened");
    }
    let noticed_at = parse_moment(&fields.noticed_at, zone).unwrap_or_else(|()| {
        problem("noticed_at", "breach-error-moment");
        None
    });
    for (field, text) in [
        ("what_happened", &fields.what_happened),
        ("how_noticed", &fields.how_noticed),
        ("affected", &fields.affected),
    ] {
        if text.chars().count() > TEXT_MAX_CHARS {
            problem(field, "breach-error-too-long");
        }
    }
    let now = state.clock.now();
    if noticed_at.is_some_and(|at| at > now) {
        problem("noticed_at", "breach-error-future");
    }
    // A form without a usable id (an old page) still reports once: it gets a new id.
    let id = Uuid::parse_str(fields.id.trim()).unwrap_or_else(|_| Uuid::new_v4());
    if !errors.is_empty() {
        let form = ReportForm {
            id: id.to_string(),
            title: fields.title,
            what_happened: fields.what_happened,
            noticed_at: fields.noticed_at,
            how_noticed: fields.how_noticed,
            affected: fields.affected,
            errors,
        };
        return Ok(html_response(
            StatusCode::BAD_REQUEST,
            report(&ctx, &csrf::token(&session), &form, None),
        ));
    }
    let facts = BreachFacts {
        title: fields.title.trim().into(),
        what_happened: fields.what_happened.trim().into(),
        how_noticed: fields.how_noticed.trim().into(),
        affected: fields.affected.trim().into(),
        noticed_at,
        ..Default::default()
    };
    let already = breach::exists(state.store.as_ref(), id).await?;
    let reference = breach::report(
        state.store.as_ref(),
        &state.vault.keys,
        Report {
            id,
            reference: None,
            by: who.staff.id,
            facts,
        },
        now,
    )
    .await?;
    if !already {
        let link = format!("{}{}", state.public_base, paths::staff_breach(&reference));
        for officer in staff::all(state.store.as_ref(), &state.vault.keys).await? {
            if officer.role == Role::PrivacyOfficer && officer.active {
                mail::send_later(
                    &state,
                    Mail {
                        to: officer.email,
                        customer: None,
                        lang: ctx.lang,
                        subject: "breach-email-subject",
                        body: "breach-email-body",
                        args: vec![("reference", reference.clone()), ("link", link.clone())],
                    },
                );
            }
        }
        tracing::info!(breach = %id, "a suspected breach was reported");
    }
    let _ = session.insert(REPORTED, &reference);
    Ok(see_other(paths::STAFF_BREACH_REPORT))
}

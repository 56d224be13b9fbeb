//! `GET/POST /staff/requests/{reference}/{action}`: one action's form; for an action that
//! cannot be undone, a check page next; then the change, applied once, and the customer
//! told by e-mail in their language. The request's version travels with every form, so a
//! double click or the back button never applies anything twice.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use time::Date;
use tracing_actix_web::RequestId;

use super::detail::{DONE, actions};
use super::notify::{Told, tell_customer};
use super::{access, find, staff_names, today};
use crate::auth::csrf::{self, Protected};
use crate::domain::{
    ProposalKind, RefusalReason, Request, RequestKind, extended_due_on, received_on,
};
use crate::error::AppError;
use crate::i18n::date_in_words;
use crate::paths;
use crate::routes::account::redirect::see_other;
use crate::staff::Role;
use crate::staff::guard::{May, StaffSignedIn};
use crate::staff::permissions::{ApproveProposals, WorkRequests};
use crate::staff::workflow::{self, Action, ActionKind, may_act};
use crate::state::AppState;
use crate::vault::{Applied, Outcome};
use crate::views::components::FieldError;
use crate::views::pages::staff::action::{
    ActionForm, ActionOptions, action_check, action_form, not_allowed, stale,
};
use crate::views::{PageContext, html_response};

/// The longest text an action takes: a long letter.
const TEXT_MAX_CHARS: usize = 5_000;

pub async fn view_staff_action_get(
    ctx: PageContext,
    who: May<WorkRequests>,
    path: web::Path<(String, String)>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (reference, code) = path.into_inner();
    let action = ActionKind::parse(&code).ok_or(AppError::NotFound)?;
    let request = load(&state, &who.staff, &reference, action, &request_id).await?;
    if let Some(refused) = refusal(&ctx, &request, &who.staff, action) {
        return Ok(refused);
    }
    let form = ActionForm {
        version: request.handling.version.to_string(),
        ..Default::default()
    };
    show_form(
        &ctx,
        &session,
        &state,
        &request,
        action,
        &form,
        &[],
        StatusCode::OK,
    )
    .await
}

pub async fn staff_action_post(
    Protected(form): Protected<ActionForm>,
    ctx: PageContext,
    who: May<WorkRequests>,
    path: web::Path<(String, String)>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (reference, code) = path.into_inner();
    let action = ActionKind::parse(&code).ok_or(AppError::NotFound)?;
    let staff = &who.staff;
    let request = load(&state, staff, &reference, action, &request_id).await?;
    if form.version.parse::<i64>().ok() != Some(request.handling.version) {
        return Ok(html_response(StatusCode::CONFLICT, stale(&ctx, &reference)));
    }
    if let Some(refused) = refusal(&ctx, &request, staff, action) {
        return Ok(refused);
    }
    if form.change.is_some() {
        return show_form(
            &ctx,
            &session,
            &state,
            &request,
            action,
            &form,
            &[],
            StatusCode::OK,
        )
        .await;
    }
    let (_, workers) = staff_names(&state).await?;
    let (now, today) = (state.clock.now(), today(&state));
    let (checked, errors) = check(&ctx, &request, staff, action, &form, &workers, today);
    let Some((wanted, outcome)) = checked.filter(|_| errors.is_empty()) else {
        return show_form(
            &ctx,
            &session,
            &state,
            &request,
            action,
            &form,
            &errors,
            StatusCode::BAD_REQUEST,
        )
        .await;
    };
    let access = access(staff, &reference, &request_id);
    let applied = match wanted {
        Wanted::Note(text) => {
            state
                .vault
                .add_request_note(&request, &text, staff.id, now, &access)
                .await?
        }
        Wanted::Act(act) => {
            let received = received_on(&state.organisation.time_zone, request.received_at);
            let plan = match workflow::plan(&request, &act, staff, received, today, now) {
                Ok(plan) => plan,
                Err(refused) => {
                    let page = not_allowed(&ctx, &reference, refused.message_id());
                    return Ok(html_response(StatusCode::CONFLICT, page));
                }
            };
            if needs_check(action) && form.confirm.is_none() {
                let (rows, warning) = check_rows(&ctx, &request, staff, &act, received, &outcome);
                let page = action_check(
                    &ctx,
                    &csrf::token(&session),
                    &request,
                    action,
                    &form,
                    &rows,
                    warning,
                );
                return Ok(html_response(StatusCode::OK, page));
            }
            let notice = plan.notice;
            let refusal_reason = plan.handling.refusal_reason;
            let answer_by = plan.extended_until.unwrap_or(request.due_on);
            let note = plan.event_note.clone().unwrap_or_default();
            let change = plan.into_change(outcome);
            let applied = state
                .vault
                .apply_request_change(&request, &change, now, today, &access)
                .await?;
            if let (Applied::Done(Some(address)), Some(notice)) = (&applied, notice) {
                let told = Told {
                    notice,
                    text: &note,
                    refusal_reason: refusal_reason.map(|r| r.code()),
                };
                tell_customer(&state, &request, address.clone(), &told, answer_by);
            }
            applied
        }
    };
    match applied {
        Applied::Stale => Ok(html_response(StatusCode::CONFLICT, stale(&ctx, &reference))),
        Applied::Done(_) => {
            session
                .insert(DONE, action.code())
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            Ok(see_other(&paths::staff_request(&reference)))
        }
    }
}

/// The request, opened in full where the form shows its proposal (deciding on one).
async fn load(
    state: &AppState,
    staff: &StaffSignedIn,
    reference: &str,
    action: ActionKind,
    request_id: &RequestId,
) -> Result<Request, AppError> {
    let found = find(state, reference).await?;
    if action != ActionKind::Decide || !may_act(&found, staff, action) {
        return Ok(found);
    }
    Ok(state
        .vault
        .read_request_for_staff(&found, &access(staff, reference, request_id))
        .await?
        .map_or(found, |full| full.request))
}

/// 403 when this staff member may not act on the request at all; 409 with the reason
/// when the action is not possible now (closed, a proposal pending, extended already).
fn refusal(
    ctx: &PageContext,
    request: &Request,
    staff: &StaffSignedIn,
    action: ActionKind,
) -> Option<HttpResponse> {
    let approver = staff.role.may::<ApproveProposals>();
    if !may_act(request, staff, action) || (action == ActionKind::Decide && !approver) {
        return Some(HttpResponse::new(StatusCode::FORBIDDEN));
    }
    if actions(request, staff).contains(&action) {
        return None;
    }
    let why = if !request.status.is_open() {
        "staff-not-allowed-closed"
    } else if request.handling.proposal.is_some() {
        "staff-not-allowed-proposal-pending"
    } else if action == ActionKind::Decide {
        "staff-not-allowed-no-proposal"
    } else if request.extended_until.is_some() {
        "staff-not-allowed-extended-already"
    } else {
        "staff-not-allowed-erased"
    };
    let page = not_allowed(ctx, &request.reference, why);
    Some(html_response(StatusCode::CONFLICT, page))
}

/// Actions the customer hears of, or that cannot be undone, get a check page first.
fn needs_check(action: ActionKind) -> bool {
    !matches!(action, ActionKind::Assign | ActionKind::Note)
}

enum Wanted {
    Act(Action),
    Note(String),
}

/// The form read into an action and what completing does, or the errors to show.
fn check(
    ctx: &PageContext,
    request: &Request,
    staff: &StaffSignedIn,
    action: ActionKind,
    form: &ActionForm,
    workers: &[(uuid::Uuid, String)],
    today: Date,
) -> (Option<(Wanted, Outcome)>, Vec<FieldError>) {
    let mut errors = Vec::new();
    let mut error = |field: &str, id: &str| {
        errors.push(FieldError {
            field: field.into(),
            message: ctx.t(id),
        })
    };
    let text = form.text.trim().to_string();
    let text_needed = match action {
        ActionKind::Decide => form.decision == "reject",
        ActionKind::Assign => false,
        _ => true,
    };
    if text_needed && text.is_empty() {
        error(
            "text",
            &format!("staff-action-{}-text-missing", action.code()),
        );
    } else if text.chars().count() > TEXT_MAX_CHARS {
        error("text", "staff-action-text-too-long");
    }
    let mut outcome = Outcome::Answer;
    let wanted = match action {
        ActionKind::Assign => {
            let to = uuid::Uuid::parse_str(&form.to)
                .ok()
                .filter(|id| workers.iter().any(|(w, _)| w == id));
            match to {
                None => {
                    error("to", "staff-action-assign-to-missing");
                    None
                }
                Some(to)
                    if staff.role == Role::Agent
                        && request.handling.assigned_to != Some(staff.id)
                        && to != staff.id =>
                {
                    error("to", "staff-action-assign-only-yourself");
                    None
                }
                Some(to) => Some(Wanted::Act(Action::Assign { to })),
            }
        }
        ActionKind::Ask => Some(Wanted::Act(Action::Ask { question: text })),
        ActionKind::Note => Some(Wanted::Note(text)),
        ActionKind::Extend => match form.months.as_str() {
            "1" | "2" => Some(Wanted::Act(Action::Extend {
                months: form.months.parse().unwrap_or(1),
                reason: text,
            })),
            _ => {
                error("months", "staff-action-extend-months-missing");
                None
            }
        },
        ActionKind::Refuse => match RefusalReason::parse(&form.reason) {
            Some(reason) => Some(Wanted::Act(Action::Refuse { reason, text })),
            None => {
                error("reason", "staff-action-refuse-reason-missing");
                None
            }
        },
        ActionKind::Decide => match form.decision.as_str() {
            "approve" => Some(Wanted::Act(Action::Approve)),
            "reject" => Some(Wanted::Act(Action::Reject { note: text })),
            _ => {
                error("decision", "staff-action-decide-missing");
                None
            }
        },
        ActionKind::Complete => {
            outcome = match request.kind {
                RequestKind::Access | RequestKind::Complaint => Outcome::Answer,
                RequestKind::Erasure => Outcome::Erase,
                RequestKind::Restriction => Outcome::Restrict,
                RequestKind::Objection => Outcome::ObjectToMarketing,
                RequestKind::Rectification => match parse_birth_date(&form.birth_date, today) {
                    Ok(None) => Outcome::Answer,
                    Ok(Some(date)) => Outcome::CorrectBirthDate(date),
                    Err(()) => {
                        error("birth_date", "staff-action-complete-birth-date-invalid");
                        Outcome::Answer
                    }
                },
            };
            Some(Wanted::Act(Action::Complete { answer: text }))
        }
    };
    (wanted.map(|w| (w, outcome)), errors)
}

/// Empty: no correction. Otherwise a real day between 1900 and today, written the Dutch
/// way (17-04-1986) or as on forms abroad (1986-04-17).
fn parse_birth_date(typed: &str, today: Date) -> Result<Option<Date>, ()> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let dutch = time::macros::format_description!("[day]-[month]-[year]");
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    let date = Date::parse(typed, &dutch)
        .or_else(|_| Date::parse(typed, &iso))
        .map_err(|_| ())?;
    (date.year() >= 1900 && date <= today)
        .then_some(Some(date))
        .ok_or(())
}

/// What the check page says will happen, and a warning where it cannot be undone.
fn check_rows(
    ctx: &PageContext,
    request: &Request,
    staff: &StaffSignedIn,
    action: &Action,
    received: Date,
    outcome: &Outcome,
) -> (Vec<(String, String)>, Option<String>) {
    let agent = staff.role == Role::Agent;
    let day = |d: Date| date_in_words(ctx.lang, d);
    let mut rows = Vec::new();
    let mut warning = None;
    match action {
        Action::Ask { question } => {
            rows.push((ctx.t("staff-check-question"), question.clone()));
            rows.push((
                ctx.t("staff-check-told"),
                ctx.t("staff-check-told-email-and-page"),
            ));
            rows.push((
                ctx.t("staff-check-deadline"),
                ctx.t_args(
                    "staff-check-deadline-stays",
                    &[("date", &day(request.answer_by()))],
                ),
            ));
        }
        Action::Extend { months, reason } => {
            let until = extended_due_on(received, *months)
                .map(day)
                .unwrap_or_default();
            rows.push((ctx.t("staff-check-new-date"), until));
            rows.push((ctx.t("staff-check-reason"), reason.clone()));
            rows.push((
                ctx.t("staff-check-told"),
                ctx.t(if agent {
                    "staff-check-after-approval"
                } else {
                    "staff-check-told-email-and-page"
                }),
            ));
        }
        Action::Refuse { reason, text } => {
            rows.push((
                ctx.t("staff-check-refusal-reason"),
                ctx.t(&format!("staff-refusal-reason-{}", reason.code())),
            ));
            rows.push((ctx.t("staff-check-explanation"), text.clone()));
            rows.push((
                ctx.t("staff-check-told"),
                ctx.t(if agent {
                    "staff-check-after-approval"
                } else {
                    "staff-check-told-refusal"
                }),
            ));
            if !agent {
                warning = Some(ctx.t("staff-check-warning-final"));
            }
        }
        Action::Approve | Action::Reject { .. } => {
            if let Some(proposal) = &request.handling.proposal {
                let what = match proposal.kind {
                    ProposalKind::Extend { months } => {
                        ctx.t_with_number("staff-proposal-extend", "months", i64::from(months))
                    }
                    ProposalKind::Refuse { reason } => ctx.t_args(
                        "staff-proposal-refuse",
                        &[(
                            "reason",
                            &ctx.t(&format!("staff-refusal-reason-{}", reason.code())),
                        )],
                    ),
                };
                rows.push((ctx.t("staff-proposal-heading"), what));
                rows.push((ctx.t("staff-check-reason"), proposal.text.clone()));
            }
            match action {
                Action::Approve => {
                    rows.push((
                        ctx.t("staff-check-decision"),
                        ctx.t("staff-action-decide-approve"),
                    ));
                    warning = Some(ctx.t("staff-check-warning-approve"));
                }
                Action::Reject { note } => {
                    rows.push((
                        ctx.t("staff-check-decision"),
                        ctx.t("staff-action-decide-reject"),
                    ));
                    rows.push((ctx.t("staff-check-note"), note.clone()));
                }
                _ => {}
            }
        }
        Action::Complete { answer } => {
            rows.push((ctx.t("staff-check-answer"), answer.clone()));
            rows.push((
                ctx.t("staff-check-effect"),
                ctx.t(&format!("staff-complete-effect-{}", request.kind.code())),
            ));
            if let Outcome::CorrectBirthDate(date) = outcome {
                rows.push((ctx.t("staff-action-complete-birth-date"), day(*date)));
            }
            rows.push((
                ctx.t("staff-check-told"),
                ctx.t("staff-check-told-email-and-page"),
            ));
            warning = Some(ctx.t(if *outcome == Outcome::Erase {
                "staff-check-warning-erase"
            } else {
                "staff-check-warning-final"
            }));
        }
        Action::Assign { .. } => {}
    }
    (rows, warning)
}

#[allow(clippy::too_many_arguments)]
async fn show_form(
    ctx: &PageContext,
    session: &Session,
    state: &web::Data<AppState>,
    request: &Request,
    action: ActionKind,
    form: &ActionForm,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let (_, workers) = staff_names(state).await?;
    let received = received_on(&state.organisation.time_zone, request.received_at);
    let options = ActionOptions {
        staff: &workers,
        assigned: request.handling.assigned_to,
        extended_dates: [extended_due_on(received, 1), extended_due_on(received, 2)],
    };
    let page = action_form(
        ctx,
        &csrf::token(session),
        request,
        action,
        form,
        errors,
        &options,
    );
    Ok(html_response(status, page))
}

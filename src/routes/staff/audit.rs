//! The privacy officer's audit search: `GET /staff/audit` filters the whole trail by a
//! plain GET form kept in the URL, paged; `GET /staff/audit.csv` exports the same result;
//! `POST /staff/audit/verify` recomputes the hash chain. Every search and export is on the
//! trail itself. Bad filter input answers 400 with the form as typed and the problems.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use crate::audit::verify::{last_verification, verify_and_record};
use crate::auth::csrf::{self, Protected};
use crate::db::{AuditFilter, AuditRow};
use crate::domain::{Period, page_number, parse_day};
use crate::error::AppError;
use crate::export::csv::{table, write_row};
use crate::i18n::start_of_day;
use crate::paths;
use crate::staff::guard::May;
use crate::staff::permissions::SearchAudit;
use crate::staff::{self, StaffMember};
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::staff::audit::{self, AuditForm};
use crate::views::{PageContext, html_response};

/// Records per page.
pub const PER_PAGE: i64 = 50;

/// The filter as typed; read leniently, checked in `check`.
#[derive(Deserialize, Default)]
pub struct RawQuery {
    #[serde(default)]
    customer: String,
    #[serde(default)]
    staff: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    reference: String,
    period: Option<String>,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    page: Option<String>,
}

impl RawQuery {
    fn form(&self) -> AuditForm<'_> {
        AuditForm {
            customer: &self.customer,
            staff: &self.staff,
            action: &self.action,
            reference: &self.reference,
            period: Period::parse(self.period.as_deref()),
            from: &self.from,
            to: &self.to,
            errors: Vec::new(),
        }
    }
}

fn problem(field: &str, message: String) -> FieldError {
    FieldError {
        field: field.into(),
        message,
    }
}

/// The filter in domain terms, or every problem with what was typed.
async fn check(
    raw: &RawQuery,
    ctx: &PageContext,
    state: &AppState,
    members: &[StaffMember],
) -> Result<Result<AuditFilter, Vec<FieldError>>, AppError> {
    let mut errors = Vec::new();
    let mut filter = AuditFilter::default();
    let number = raw.customer.trim();
    if !number.is_empty() {
        if !number.chars().all(|c| c.is_ascii_digit()) {
            errors.push(problem(
                "customer",
                ctx.t("staff-audit-error-customer-digits"),
            ));
        } else {
            match state.vault.find_by_customer_number(number).await? {
                Some(id) => filter.customer = Some(id),
                None => errors.push(problem(
                    "customer",
                    ctx.t("staff-audit-error-customer-unknown"),
                )),
            }
        }
    }
    if !raw.staff.is_empty() {
        match members.iter().find(|m| m.id.to_string() == raw.staff) {
            Some(member) => filter.actor_id = Some(member.id.to_string()),
            None => errors.push(problem("staff", ctx.t("staff-audit-error-staff"))),
        }
    }
    let action = raw.action.trim();
    if !action.is_empty() {
        filter.action = Some(action.to_string());
    }
    let reference = raw.reference.trim();
    if !reference.is_empty() {
        filter.reason = Some(reference.to_string());
    }
    let zone = &ctx.organisation.time_zone;
    let day = |text: &str, field: &str, id: &str, errors: &mut Vec<FieldError>| {
        if text.trim().is_empty() {
            return None;
        }
        let parsed = parse_day(text);
        if parsed.is_none() {
            errors.push(problem(field, ctx.t(id)));
        }
        parsed
    };
    let from = day(&raw.from, "from", "staff-audit-error-from", &mut errors);
    let to = day(&raw.to, "to", "staff-audit-error-to", &mut errors);
    if matches!((from, to), (Some(from), Some(to)) if to < from) {
        errors.push(problem("to", ctx.t("staff-audit-error-order")));
    }
    let since = Period::parse(raw.period.as_deref()).map(|p| p.since(state.clock.now()));
    let from = from.map(|d| start_of_day(zone, d));
    filter.from = match (since, from) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    filter.until = to.and_then(|d| d.next_day()).map(|d| start_of_day(zone, d));
    Ok(if errors.is_empty() {
        Ok(filter)
    } else {
        Err(errors)
    })
}

pub async fn view_staff_audit_get(
    ctx: PageContext,
    may: May<SearchAudit>,
    query: web::Query<RawQuery>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let members = staff::all(state.store.as_ref(), &state.vault.keys).await?;
    let last = last_verification(state.store.as_ref()).await?;
    let token = csrf::token(&session);
    let mut form = query.form();
    let filter = match check(&query, &ctx, &state, &members).await? {
        Ok(filter) => filter,
        Err(errors) => {
            form.errors = errors;
            let page = audit::audit(&ctx, &token, &form, &members, None, last.as_ref());
            return Ok(html_response(StatusCode::BAD_REQUEST, page));
        }
    };
    let page = page_number(query.page.as_deref());
    let found = state
        .vault
        .search_audit(
            &filter,
            PER_PAGE,
            (page - 1) * PER_PAGE,
            &may.staff.access(&request_id, None),
        )
        .await?;
    let results = audit::Results {
        found: &found,
        page,
        per_page: PER_PAGE,
    };
    let html = audit::audit(&ctx, &token, &form, &members, Some(results), last.as_ref());
    Ok(html_response(StatusCode::OK, html))
}

pub async fn staff_audit_csv_get(
    ctx: PageContext,
    may: May<SearchAudit>,
    query: web::Query<RawQuery>,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let members = staff::all(state.store.as_ref(), &state.vault.keys).await?;
    let filter = match check(&query, &ctx, &state, &members).await? {
        Ok(filter) => filter,
        Err(errors) => {
            let last = last_verification(state.store.as_ref()).await?;
            let mut form = query.form();
            form.errors = errors;
            let token = csrf::token(&session);
            let page = audit::audit(&ctx, &token, &form, &members, None, last.as_ref());
            return Ok(html_response(StatusCode::BAD_REQUEST, page));
        }
    };
    let records = state
        .vault
        .export_audit(&filter, &may.staff.access(&request_id, None))
        .await?;
    let body = csv(&ctx, &records, &members)?;
    let name = format!("audit-{}.csv", state.clock.now().date());
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(body))
}

/// The records as CSV, every cell guarded against spreadsheet formulas.
fn csv(
    ctx: &PageContext,
    records: &[AuditRow],
    members: &[StaffMember],
) -> anyhow::Result<Vec<u8>> {
    let mut out = table(Vec::new(), b',');
    let headers = [
        "staff-audit-csv-seq",
        "staff-audit-csv-at",
        "staff-audit-csv-actor-kind",
        "staff-audit-csv-actor-id",
        "staff-audit-csv-actor-role",
        "staff-audit-csv-staff-email",
        "staff-audit-csv-action",
        "staff-audit-csv-customer",
        "staff-audit-csv-reason",
        "staff-audit-csv-request-id",
    ]
    .map(|id| ctx.t(id));
    write_row(&mut out, &headers)?;
    let rfc3339 = time::format_description::well_known::Rfc3339;
    for row in records {
        let r = &row.entry;
        let email = (r.actor_kind == "staff")
            .then(|| members.iter().find(|m| m.id.to_string() == r.actor_id))
            .flatten()
            .map(|m| m.email.clone())
            .unwrap_or_default();
        write_row(
            &mut out,
            &[
                row.seq.to_string(),
                r.at.format(&rfc3339)?,
                r.actor_kind.clone(),
                r.actor_id.clone(),
                r.actor_role.clone(),
                email,
                r.action.clone(),
                r.customer_id.map(|id| id.to_string()).unwrap_or_default(),
                r.reason.clone().unwrap_or_default(),
                r.request_id.clone().unwrap_or_default(),
            ],
        )?;
    }
    out.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))
}

#[derive(Deserialize)]
pub struct Empty {}

/// Recomputes the chain now, stores the verdict, and shows the audit page again.
pub async fn staff_audit_verify_post(
    _: Protected<Empty>,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    if let Err(refusal) = May::<SearchAudit>::of(&req) {
        return Ok(refusal.error_response());
    }
    verify_and_record(state.store.as_ref(), state.clock.now()).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("{}#verification", paths::STAFF_AUDIT),
        ))
        .finish())
}

//! Words the staff request pages share: a request's kind, where it stands, and how its
//! deadline stands, always in text (never colour alone).

use std::collections::HashMap;

use time::Date;
use uuid::Uuid;

use crate::domain::{RequestKind, RequestStatus};
use crate::i18n::date_in_words;
use crate::views::PageContext;

/// Staff members by id, as the pages name them (their e-mail address).
pub type StaffNames = HashMap<Uuid, String>;

pub fn kind_text(ctx: &PageContext, kind: RequestKind) -> String {
    ctx.t(&format!("request-kind-{}", kind.code()))
}

/// Where a request stands for staff, most specific first.
pub fn state_text(
    ctx: &PageContext,
    status: RequestStatus,
    waiting: bool,
    proposal_pending: bool,
    assigned: bool,
) -> String {
    let id = if !status.is_open() {
        format!("staff-state-{}", status.code())
    } else if proposal_pending {
        "staff-state-awaiting-approval".into()
    } else if waiting {
        "staff-state-waiting".into()
    } else if status == RequestStatus::Extended {
        "staff-state-extended".into()
    } else if assigned {
        "staff-state-in-progress".into()
    } else {
        "staff-state-new".into()
    };
    ctx.t(&id)
}

/// "3 December 2026: 3 days left", "…: due today", "…: 2 days overdue".
pub fn deadline_text(ctx: &PageContext, answer_by: Date, today: Date, open: bool) -> String {
    let date = date_in_words(ctx.lang, answer_by);
    if !open {
        return date;
    }
    let days = (answer_by - today).whole_days();
    let left = match days {
        0 => ctx.t("staff-due-today"),
        d if d > 0 => ctx.t_with_number("staff-days-left", "days", d),
        d => ctx.t_with_number("staff-days-overdue", "days", -d),
    };
    ctx.t_args("staff-deadline", &[("date", &date), ("left", &left)])
}

/// Who is assigned, or "nobody yet".
pub fn assignee_text(ctx: &PageContext, names: &StaffNames, assigned: Option<Uuid>) -> String {
    match assigned {
        Some(id) => names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| ctx.t("staff-assignee-unknown")),
        None => ctx.t("staff-assignee-nobody"),
    }
}

//! One retention run: for each category with a period, count or purge what expired.

use time::OffsetDateTime;

use crate::db::{AuditEntry, PurgeRule, RetentionRunLine, RetentionRunRow, Store};
use crate::privacy::register::{OnErasure, Register};

/// Which rows each register category's period applies to. A test checks that every
/// category named here exists in the register.
pub const RULES: [(&str, PurgeRule); 12] = [
    ("contact-calls", PurgeRule::ContactMoments("phone")),
    ("contact-chats", PurgeRule::ContactMoments("chat")),
    ("contact-emails", PurgeRule::ContactMoments("email")),
    ("contact-letters", PurgeRule::ContactMoments("letter")),
    ("call-recordings", PurgeRule::CallRecordings),
    ("invoices", PurgeRule::Invoices),
    ("payments", PurgeRule::Payments),
    ("consents", PurgeRule::Consents),
    ("requests", PurgeRule::Requests),
    ("audit-trail", PurgeRule::AuditTrail),
    ("sign-in-attempts", PurgeRule::SignInAttempts),
    ("breach-records", PurgeRule::Breaches),
];

/// Housekeeping that no register period governs: sessions past their expiry, and links
/// a day after they expired or were used. (label, rule, how long after the moment)
pub const HOUSEKEEPING: [(&str, PurgeRule, time::Duration); 2] = [
    (
        "expired-sessions",
        PurgeRule::ExpiredSessions,
        time::Duration::ZERO,
    ),
    ("spent-links", PurgeRule::SpentTokens, time::Duration::DAY),
];

/// Rows per transaction: small enough that readers and writers never wait long.
const BATCH: i64 = 2_000;
const LEASE: &str = "retention";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryReport {
    pub category: &'static str,
    /// Everything older than this is expired.
    pub cutoff: OffsetDateTime,
    /// Rows found expired (dry run) or purged.
    pub rows: u64,
    /// For a category a law keeps after erasure: how many records of erased customers it
    /// still holds after the run, and the law (a register law id). `None` on a dry run.
    pub kept: Option<(u64, &'static str)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionReport {
    pub dry_run: bool,
    /// False when another instance holds the lease; nothing was done.
    pub ran: bool,
    pub categories: Vec<CategoryReport>,
}

/// Runs retention at `now`. `cutoff_for` gives, per category, the moment before which its
/// data has expired (from the register), or `None` when no period applies. `progress` is
/// told each batch. Each purged category leaves one audit record (`retention.purge`).
/// `kept_because` gives the law that keeps a category after erasure, if one does. A run
/// that is no dry run stores its report (`RetentionRunStore`) for the privacy officer.
pub async fn run(
    store: &dyn Store,
    now: OffsetDateTime,
    cutoff_for: impl Fn(&str) -> Option<OffsetDateTime>,
    kept_because: impl Fn(&str) -> Option<&'static str>,
    dry_run: bool,
    mut progress: impl FnMut(&str, u64),
) -> anyhow::Result<RetentionReport> {
    let holder = uuid::Uuid::new_v4().to_string();
    if !dry_run
        && !store
            .take_lease(LEASE, &holder, now, now + time::Duration::hours(6))
            .await?
    {
        return Ok(RetentionReport {
            dry_run,
            ran: false,
            categories: Vec::new(),
        });
    }
    // The report is stored before the lease goes, so that a run is all under the lease.
    let outcome = async {
        let categories = purge_all(
            store,
            now,
            &cutoff_for,
            &kept_because,
            dry_run,
            &mut progress,
        )
        .await?;
        if !dry_run {
            store_report(store, now, &categories).await?;
            if categories.iter().any(|c| c.rows > 0) {
                store.checkpoint().await?;
            }
        }
        anyhow::Ok(categories)
    }
    .await;
    if !dry_run {
        store.release_lease(LEASE, &holder).await?;
    }
    let categories = outcome?;
    Ok(RetentionReport {
        dry_run,
        ran: true,
        categories,
    })
}

async fn store_report(
    store: &dyn Store,
    now: OffsetDateTime,
    categories: &[CategoryReport],
) -> anyhow::Result<()> {
    let run = RetentionRunRow {
        id: uuid::Uuid::new_v4(),
        ran_at: crate::audit::chain::truncate_to_micros(now),
    };
    let lines: Vec<RetentionRunLine> = categories
        .iter()
        .zip(0..)
        .map(|(c, position)| RetentionRunLine {
            position,
            category: c.category.to_string(),
            cutoff: crate::audit::chain::truncate_to_micros(c.cutoff),
            deleted: c.rows as i64,
            kept: c.kept.map(|(kept, _)| kept as i64),
            kept_because: c.kept.map(|(_, law)| law.to_string()),
        })
        .collect();
    store.record_retention_run(&run, &lines).await
}

/// Runs retention at `now` with the periods of the processing register.
pub async fn run_by_register(
    store: &dyn Store,
    register: &Register,
    now: OffsetDateTime,
    dry_run: bool,
    progress: impl FnMut(&str, u64),
) -> anyhow::Result<RetentionReport> {
    let cutoff_for = |category: &str| register.category(category)?.retention.cutoff(now);
    let kept_because = |category: &str| match register.category(category)?.on_erasure {
        OnErasure::Keep { because } => Some(because),
        OnErasure::Delete => None,
    };
    run(store, now, cutoff_for, kept_because, dry_run, progress).await
}

async fn purge_all(
    store: &dyn Store,
    now: OffsetDateTime,
    cutoff_for: &impl Fn(&str) -> Option<OffsetDateTime>,
    kept_because: &impl Fn(&str) -> Option<&'static str>,
    dry_run: bool,
    progress: &mut impl FnMut(&str, u64),
) -> anyhow::Result<Vec<CategoryReport>> {
    let mut reports = Vec::new();
    let housekeeping = HOUSEKEEPING.map(|(label, rule, after)| (label, rule, Some(now - after)));
    let by_register = RULES.map(|(category, rule)| (category, rule, cutoff_for(category)));
    for (category, rule, cutoff) in by_register.into_iter().chain(housekeeping) {
        let Some(cutoff) = cutoff else {
            continue;
        };
        let rows = if dry_run {
            store.purge_count(rule, cutoff).await? as u64
        } else {
            let mut total = 0;
            loop {
                let purged = store.purge_batch(rule, cutoff, BATCH).await?;
                total += purged;
                progress(category, total);
                if purged == 0 {
                    break;
                }
            }
            if total > 0 {
                store
                    .append_audit(&[AuditEntry {
                        at: crate::audit::chain::truncate_to_micros(now),
                        actor_kind: "system".into(),
                        actor_id: "retention".into(),
                        actor_role: "retention".into(),
                        action: format!("retention.purge.{category}"),
                        customer_id: None,
                        reason: Some(format!("rows={total}")),
                        request_id: None,
                    }])
                    .await?;
            }
            total
        };
        let kept = match (dry_run, kept_because(category)) {
            (false, Some(law)) => store.count_kept(rule).await?.map(|kept| (kept as u64, law)),
            _ => None,
        };
        reports.push(CategoryReport {
            category,
            cutoff,
            rows,
            kept,
        });
    }
    Ok(reports)
}

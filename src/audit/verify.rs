//! Walks the whole audit trail and recomputes the hash chain.

use time::OffsetDateTime;

use super::chain::{ANCHOR_SETTING, GENESIS, parse_anchor, record_hash};
use crate::db::Store;

/// What a verification found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every record is there, in order, unchanged.
    Intact { records: i64 },
    /// The first record where the chain breaks, and why.
    Broken { seq: i64, problem: &'static str },
}

/// Checks the chain page by page, so memory stays flat however long the trail is. It
/// starts after the anchor that retention leaves when it removes the oldest records.
pub async fn verify(store: &dyn Store) -> anyhow::Result<Verdict> {
    const PAGE: i64 = 5_000;
    let (mut expected_seq, mut prev) = match store.setting(ANCHOR_SETTING).await? {
        Some(text) => {
            let (seq, hash) = parse_anchor(&text)
                .ok_or_else(|| anyhow::anyhow!("the audit chain anchor is malformed"))?;
            (seq + 1, hash)
        }
        None => (1_i64, GENESIS.to_vec()),
    };
    let first = expected_seq;
    loop {
        let page = store.audit_page(expected_seq - 1, PAGE).await?;
        if page.is_empty() {
            return Ok(Verdict::Intact {
                records: expected_seq - first,
            });
        }
        for row in page {
            if row.seq != expected_seq {
                return Ok(Verdict::Broken {
                    seq: expected_seq,
                    problem: "a record is missing",
                });
            }
            if row.prev_hash != prev {
                return Ok(Verdict::Broken {
                    seq: row.seq,
                    problem: "the link to the previous record does not match",
                });
            }
            let hash = record_hash(&prev, row.seq, &row.entry);
            if hash != row.hash {
                return Ok(Verdict::Broken {
                    seq: row.seq,
                    problem: "the record was changed",
                });
            }
            prev = hash;
            expected_seq += 1;
        }
    }
}

/// The settings key of the last verification's outcome (`LastVerification`, as JSON).
pub const LAST_VERIFICATION_SETTING: &str = "audit_last_verification";

/// The outcome of the last verification, as the privacy officer's audit page shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LastVerification {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Records checked, when the chain is intact.
    pub records: Option<i64>,
    /// Where the chain breaks, and why (`missing`, `link`, `changed`), when it does.
    pub broken_at: Option<i64>,
    pub problem: Option<String>,
}

/// Verifies the chain and stores the verdict and `now` as the last verification, so
/// every verification (`inzage audit verify`, the "verify now" button) shows on the page.
pub async fn verify_and_record(store: &dyn Store, now: OffsetDateTime) -> anyhow::Result<Verdict> {
    let verdict = verify(store).await?;
    let last = match &verdict {
        Verdict::Intact { records } => LastVerification {
            at: now,
            records: Some(*records),
            broken_at: None,
            problem: None,
        },
        Verdict::Broken { seq, problem } => LastVerification {
            at: now,
            records: None,
            broken_at: Some(*seq),
            problem: Some(problem_code(problem).into()),
        },
    };
    store
        .put_setting(LAST_VERIFICATION_SETTING, &serde_json::to_string(&last)?)
        .await?;
    Ok(verdict)
}

/// The last stored verification, if the chain was ever verified (an unreadable value
/// counts as never).
pub async fn last_verification(store: &dyn Store) -> anyhow::Result<Option<LastVerification>> {
    Ok(store
        .setting(LAST_VERIFICATION_SETTING)
        .await?
        .and_then(|text| serde_json::from_str(&text).ok()))
}

/// A short code for each problem `verify` reports, for messages in both languages.
fn problem_code(problem: &str) -> &'static str {
    match problem {
        "a record is missing" => "missing",
        "the link to the previous record does not match" => "link",
        _ => "changed",
    }
}

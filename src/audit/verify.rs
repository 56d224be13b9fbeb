//! Walks the whole audit trail and recomputes the hash chain.

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

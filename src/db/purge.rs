//! What retention can delete, table by table. Which rule applies to which data category,
//! and from when, is the processing register's business (`crate::privacy::retention`).

/// One kind of expired data, with the SQL that counts it and deletes a batch of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PurgeRule {
    /// Contact moments of one channel (`phone`, `chat`, `email`, `letter`) older than the cut-off.
    ContactMoments(&'static str),
    /// Transcripts of recorded calls older than the cut-off (the record of the call stays).
    CallRecordings,
    Invoices,
    Payments,
    /// Consent receipts up to a withdrawal that is older than the cut-off.
    Consents,
    /// Requests closed before the cut-off, with their status history.
    Requests,
    /// The oldest audit records; the chain keeps an anchor so it still verifies.
    AuditTrail,
    /// Sign-in attempts older than the cut-off.
    SignInAttempts,
    /// Breaches closed before the cut-off, with their history and notices to customers.
    Breaches,
    /// Sessions that expired before the cut-off (housekeeping, not a register period).
    ExpiredSessions,
    /// Single-use links that expired or were used before the cut-off (housekeeping).
    SpentTokens,
}

impl PurgeRule {
    /// `SELECT COUNT(*)` of what this rule would delete; `$1` is the cut-off.
    pub(super) fn count_sql(self) -> &'static str {
        match self {
            PurgeRule::ContactMoments(_) => {
                "SELECT COUNT(*) FROM contact_moments WHERE occurred_at < $1 AND channel = $2"
            }
            PurgeRule::CallRecordings => {
                "SELECT COUNT(*) FROM contact_moments WHERE occurred_at < $1 AND recorded = TRUE AND transcript_sealed IS NOT NULL"
            }
            PurgeRule::Invoices => "SELECT COUNT(*) FROM invoices WHERE issued_on < $1",
            PurgeRule::Payments => "SELECT COUNT(*) FROM payments WHERE paid_on < $1",
            PurgeRule::Consents => {
                "SELECT COUNT(DISTINCT c.id) FROM consents c JOIN consents w \
                 ON w.subject_index = c.subject_index AND w.purpose = c.purpose \
                 WHERE w.granted = FALSE AND w.at < $1 AND c.at <= w.at"
            }
            PurgeRule::Requests => "SELECT COUNT(*) FROM requests WHERE closed_at < $1",
            PurgeRule::AuditTrail => "SELECT COUNT(*) FROM audit_log WHERE at < $1",
            PurgeRule::SignInAttempts => "SELECT COUNT(*) FROM sign_in_attempts WHERE at < $1",
            PurgeRule::Breaches => "SELECT COUNT(*) FROM breaches WHERE closed_at < $1",
            PurgeRule::ExpiredSessions => "SELECT COUNT(*) FROM sessions WHERE expires_at < $1",
            PurgeRule::SpentTokens => {
                "SELECT COUNT(*) FROM tokens WHERE expires_at < $1 OR used_at < $1"
            }
        }
    }

    /// `SELECT COUNT(*)` of the records of erased customers that this rule's table still
    /// holds (detached from them, because a law keeps them); `None` for tables that erasure
    /// empties.
    pub(super) fn kept_sql(self) -> Option<&'static str> {
        match self {
            PurgeRule::Invoices => Some("SELECT COUNT(*) FROM invoices WHERE customer_id IS NULL"),
            PurgeRule::Payments => Some(
                "SELECT COUNT(*) FROM payments p JOIN invoices i ON i.id = p.invoice_id \
                 WHERE i.customer_id IS NULL",
            ),
            PurgeRule::Consents => Some("SELECT COUNT(*) FROM consents WHERE customer_id IS NULL"),
            PurgeRule::Requests => Some("SELECT COUNT(*) FROM requests WHERE customer_id IS NULL"),
            PurgeRule::AuditTrail => Some(
                "SELECT COUNT(*) FROM audit_log a WHERE a.customer_id IS NOT NULL \
                 AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = a.customer_id)",
            ),
            _ => None,
        }
    }

    /// Deletes (or, for recordings, clears) at most `$2` rows; `$1` is the cut-off.
    pub(super) fn batch_sql(self) -> &'static str {
        match self {
            PurgeRule::ContactMoments(_) => {
                "DELETE FROM contact_moments WHERE id IN (SELECT id FROM contact_moments \
                 WHERE occurred_at < $1 AND channel = $3 LIMIT $2)"
            }
            PurgeRule::CallRecordings => {
                "UPDATE contact_moments SET transcript_sealed = NULL WHERE id IN \
                 (SELECT id FROM contact_moments WHERE occurred_at < $1 AND recorded = TRUE \
                 AND transcript_sealed IS NOT NULL LIMIT $2)"
            }
            PurgeRule::Invoices => {
                "DELETE FROM invoices WHERE id IN (SELECT id FROM invoices WHERE issued_on < $1 LIMIT $2)"
            }
            PurgeRule::Payments => {
                "DELETE FROM payments WHERE id IN (SELECT id FROM payments WHERE paid_on < $1 LIMIT $2)"
            }
            PurgeRule::Consents => {
                "DELETE FROM consents WHERE id IN (SELECT c.id FROM consents c JOIN consents w \
                 ON w.subject_index = c.subject_index AND w.purpose = c.purpose \
                 WHERE w.granted = FALSE AND w.at < $1 AND c.at <= w.at LIMIT $2)"
            }
            PurgeRule::Requests => {
                "DELETE FROM requests WHERE id IN (SELECT id FROM requests WHERE closed_at < $1 LIMIT $2)"
            }
            PurgeRule::SignInAttempts => {
                "DELETE FROM sign_in_attempts WHERE id IN (SELECT id FROM sign_in_attempts WHERE at < $1 LIMIT $2)"
            }
            PurgeRule::ExpiredSessions => {
                "DELETE FROM sessions WHERE key_hash IN (SELECT key_hash FROM sessions WHERE expires_at < $1 LIMIT $2)"
            }
            PurgeRule::SpentTokens => {
                "DELETE FROM tokens WHERE token_hash IN (SELECT token_hash FROM tokens WHERE expires_at < $1 OR used_at < $1 LIMIT $2)"
            }
            PurgeRule::AuditTrail => {
                unreachable!("the audit trail is purged by prefix, see purge_audit_prefix")
            }
            PurgeRule::Breaches => {
                unreachable!("a breach goes with its history and notices, see purge_batch")
            }
        }
    }

    /// Whether the cut-off binds as a date (`issued_on`, `paid_on`) or a timestamp.
    pub(super) fn cuts_by_date(self) -> bool {
        matches!(self, PurgeRule::Invoices | PurgeRule::Payments)
    }

    /// The channel bound as an extra parameter, for contact moments.
    pub(super) fn channel(self) -> Option<&'static str> {
        match self {
            PurgeRule::ContactMoments(channel) => Some(channel),
            _ => None,
        }
    }
}

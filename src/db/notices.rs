//! Notices to customers about a breach (Art. 34), and their deliveries: who was told, whose
//! e-mail went out, who read it. A draft may change; once sent, a notice's text never does.

use time::OffsetDateTime;
use uuid::Uuid;

/// A notice as stored; `sealed` is its text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NoticeRow {
    pub id: Uuid,
    pub breach_id: Uuid,
    pub created_at: OffsetDateTime,
    pub created_by: Uuid,
    pub audience: String,
    pub sealed: Vec<u8>,
    pub state: String,
    pub sent_at: Option<OffsetDateTime>,
    pub sent_by: Option<Uuid>,
    pub finished_at: Option<OffsetDateTime>,
}

/// How far the sending is: customers told, e-mails out, and e-mails claimed by a sender
/// that did not confirm them (it stopped in between; they are never sent twice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NoticeProgress {
    pub customers: i64,
    pub mailed: i64,
    pub claimed: i64,
    /// Customers who marked it read.
    pub read: i64,
}

impl NoticeProgress {
    pub fn waiting(&self) -> i64 {
        self.customers - self.claimed
    }

    pub fn unconfirmed(&self) -> i64 {
        self.claimed - self.mailed
    }
}

/// A notice as one customer has it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CustomerNoticeRow {
    pub id: Uuid,
    pub breach_id: Uuid,
    pub sealed: Vec<u8>,
    pub sent_at: Option<OffsetDateTime>,
    pub read_at: Option<OffsetDateTime>,
}

/// What saving a draft found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftSaved {
    Saved,
    /// The notice was sent meanwhile (the back button, or a second tab): nothing changed.
    AlreadySent,
}

store_area! {
    pub trait NoticeStore {
        /// Writes a draft (new, or replacing the draft with the same id) and, for a list,
        /// exactly its recipients, in one transaction.
        async fn save_notice_draft(&self, notice: &NoticeRow, recipients: &[Uuid]) -> anyhow::Result<DraftSaved> {
            let mut tx = self.begin_write().await?;
            let state: Option<String> = sqlx::query_scalar(SELECT_STATE)
                .bind(notice.id)
                .fetch_optional(&mut *tx)
                .await?;
            match state.as_deref() {
                None => {
                    exec!(tx, INSERT_NOTICE, notice.id, notice.breach_id, notice.created_at,
                        notice.created_by, &notice.audience, &notice.sealed);
                }
                Some("draft") => {
                    exec!(tx, UPDATE_DRAFT, notice.id, &notice.audience, &notice.sealed);
                    exec!(tx, DELETE_DRAFT_DELIVERIES, notice.id);
                }
                Some(_) => return Ok(DraftSaved::AlreadySent),
            }
            for customer in recipients {
                exec!(tx, INSERT_DELIVERY, notice.id, *customer);
            }
            tx.commit().await?;
            Ok(DraftSaved::Saved)
        }

        /// Sends a draft: from now on its customers see it, and the sender mails them.
        /// For "all customers", every customer at this moment is added. `false` when it
        /// was not a draft any more (a second click): nothing changes.
        async fn send_notice(&self, notice: Uuid, by: Uuid, at: OffsetDateTime) -> anyhow::Result<bool> {
            let mut tx = self.begin_write().await?;
            if exec!(tx, MARK_SENDING, notice, at, by) == 0 {
                return Ok(false);
            }
            exec!(tx, ADD_ALL_CUSTOMERS, notice);
            tx.commit().await?;
            Ok(true)
        }

        async fn notice(&self, id: Uuid) -> anyhow::Result<Option<NoticeRow>> {
            Ok(read!(self, fetch_optional, query_as(SELECT_NOTICE), id))
        }

        /// A breach's notices, oldest first.
        async fn notices_of_breach(&self, breach: Uuid) -> anyhow::Result<Vec<NoticeRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_NOTICES_OF_BREACH), breach))
        }

        async fn notice_progress(&self, notice: Uuid) -> anyhow::Result<NoticeProgress> {
            let (customers, mailed, claimed, read): (i64, i64, i64, i64) =
                read!(self, fetch_one, query_as(SELECT_PROGRESS), notice);
            Ok(NoticeProgress { customers, mailed, claimed, read })
        }

        /// The notices being sent, for the sender (after a restart too).
        async fn notices_sending(&self) -> anyhow::Result<Vec<Uuid>> {
            Ok(read!(self, fetch_all, query_scalar(SELECT_SENDING)))
        }

        /// Claims up to `limit` customers whose e-mail is not claimed yet and returns them.
        /// A customer is claimed once: two senders never get the same one.
        async fn claim_notice_mail(&self, notice: Uuid, limit: i64, at: OffsetDateTime) -> anyhow::Result<Vec<Uuid>> {
            let mut tx = self.begin_write().await?;
            let claimed: Vec<Uuid> = sqlx::query_scalar(CLAIM_MAIL)
                .bind(notice)
                .bind(limit)
                .bind(at)
                .fetch_all(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(claimed)
        }

        /// Confirms the e-mails that went out.
        async fn mark_notice_mailed(&self, notice: Uuid, customers: &[Uuid], at: OffsetDateTime) -> anyhow::Result<()> {
            let mut tx = self.begin_write().await?;
            for customer in customers {
                exec!(tx, MARK_MAILED, notice, *customer, at);
            }
            tx.commit().await?;
            Ok(())
        }

        /// Gives back claims whose e-mail was not sent (the mail server refused), so a
        /// later round tries again.
        async fn release_notice_mail(&self, notice: Uuid, customers: &[Uuid]) -> anyhow::Result<()> {
            let mut tx = self.begin_write().await?;
            for customer in customers {
                exec!(tx, RELEASE_CLAIM, notice, *customer);
            }
            tx.commit().await?;
            Ok(())
        }

        /// Marks a notice sent when no customer is left unclaimed; `true` if it did.
        async fn finish_notice(&self, notice: Uuid, at: OffsetDateTime) -> anyhow::Result<bool> {
            Ok(write_one!(self, FINISH_NOTICE, notice, at) == 1)
        }

        /// The notices a customer has, newest first (drafts are nobody's yet).
        async fn notices_of_customer(&self, customer: Uuid) -> anyhow::Result<Vec<CustomerNoticeRow>> {
            Ok(read!(self, fetch_all, query_as(SELECT_CUSTOMER_NOTICES), customer))
        }

        /// Marks the customer's notice read; `false` when it is not theirs (or a draft).
        async fn mark_notice_read(&self, notice: Uuid, customer: Uuid, at: OffsetDateTime) -> anyhow::Result<bool> {
            Ok(write_one!(self, MARK_READ, notice, customer, at) == 1)
        }
    }
}

macro_rules! notice_columns {
    () => {
        "id, breach_id, created_at, created_by, audience, sealed, state, sent_at, sent_by, finished_at"
    };
}

const SELECT_STATE: &str = "SELECT state FROM breach_notices WHERE id = $1";
const INSERT_NOTICE: &str = "INSERT INTO breach_notices \
     (id, breach_id, created_at, created_by, audience, sealed, state) \
     VALUES ($1, $2, $3, $4, $5, $6, 'draft')";
const UPDATE_DRAFT: &str =
    "UPDATE breach_notices SET audience = $2, sealed = $3 WHERE id = $1 AND state = 'draft'";
const DELETE_DRAFT_DELIVERIES: &str = "DELETE FROM notice_deliveries WHERE notice_id = $1";
const INSERT_DELIVERY: &str =
    "INSERT INTO notice_deliveries (notice_id, customer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
const MARK_SENDING: &str = "UPDATE breach_notices SET state = 'sending', sent_at = $2, sent_by = $3 \
     WHERE id = $1 AND state = 'draft'";
/// Only for a notice to all: a list notice has its deliveries already.
const ADD_ALL_CUSTOMERS: &str = "INSERT INTO notice_deliveries (notice_id, customer_id) \
     SELECT n.id, c.id FROM breach_notices n, customers c WHERE n.id = $1 AND n.audience = 'all' \
     ON CONFLICT DO NOTHING";
const SELECT_NOTICE: &str = concat!(
    "SELECT ",
    notice_columns!(),
    " FROM breach_notices WHERE id = $1"
);
const SELECT_NOTICES_OF_BREACH: &str = concat!(
    "SELECT ",
    notice_columns!(),
    " FROM breach_notices WHERE breach_id = $1 ORDER BY created_at, id"
);
const SELECT_PROGRESS: &str = "SELECT COUNT(*), COUNT(mailed_at), COUNT(mail_claimed_at), COUNT(read_at) \
     FROM notice_deliveries WHERE notice_id = $1";
const SELECT_SENDING: &str =
    "SELECT id FROM breach_notices WHERE state = 'sending' ORDER BY sent_at, id";
const CLAIM_MAIL: &str = "UPDATE notice_deliveries SET mail_claimed_at = $3 \
     WHERE notice_id = $1 AND mail_claimed_at IS NULL AND customer_id IN \
     (SELECT customer_id FROM notice_deliveries WHERE notice_id = $1 AND mail_claimed_at IS NULL \
     ORDER BY customer_id LIMIT $2) RETURNING customer_id";
const MARK_MAILED: &str = "UPDATE notice_deliveries SET mailed_at = $3 \
     WHERE notice_id = $1 AND customer_id = $2";
const RELEASE_CLAIM: &str = "UPDATE notice_deliveries SET mail_claimed_at = NULL \
     WHERE notice_id = $1 AND customer_id = $2 AND mailed_at IS NULL";
const FINISH_NOTICE: &str = "UPDATE breach_notices SET state = 'sent', finished_at = $2 \
     WHERE id = $1 AND state = 'sending' AND NOT EXISTS \
     (SELECT 1 FROM notice_deliveries d WHERE d.notice_id = $1 AND d.mail_claimed_at IS NULL)";
pub(super) const SELECT_CUSTOMER_NOTICES: &str = "SELECT n.id, n.breach_id, n.sealed, n.sent_at, d.read_at \
     FROM notice_deliveries d JOIN breach_notices n ON n.id = d.notice_id \
     WHERE d.customer_id = $1 AND n.state <> 'draft' ORDER BY n.sent_at DESC, n.id";
/// Reading twice keeps the first moment, and still counts as "theirs".
const MARK_READ: &str = "UPDATE notice_deliveries SET read_at = COALESCE(read_at, $3) \
     WHERE notice_id = $1 AND customer_id = $2 AND EXISTS \
     (SELECT 1 FROM breach_notices n WHERE n.id = $1 AND n.state <> 'draft')";

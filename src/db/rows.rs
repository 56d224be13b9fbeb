//! Rows as stored: personal fields are sealed bytes, opened only by `crate::vault`.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// A customer row. `*_sealed` fields are ciphertexts under the customer's data key.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CustomerRow {
    pub id: Uuid,
    pub customer_number_sealed: Vec<u8>,
    pub name_sealed: Vec<u8>,
    pub email_sealed: Vec<u8>,
    pub phone_sealed: Option<Vec<u8>>,
    pub address_sealed: Option<Vec<u8>>,
    pub birth_date_sealed: Option<Vec<u8>>,
    pub language_sealed: Vec<u8>,
    pub do_not_call: bool,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// What creating a customer writes: the row, its look-up indexes and its wrapped key.
#[derive(Debug, Clone)]
pub struct NewCustomer {
    pub row: CustomerRow,
    pub customer_number_index: Vec<u8>,
    pub email_index: Vec<u8>,
    pub wrapped_key: Vec<u8>,
    pub master_key_id: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ContactMomentRow {
    pub id: Uuid,
    pub customer_id: Uuid,
    /// `phone`, `chat`, `email` or `letter`.
    pub channel: String,
    pub occurred_at: OffsetDateTime,
    pub subject_sealed: Vec<u8>,
    pub summary_sealed: Vec<u8>,
    pub transcript_sealed: Option<Vec<u8>>,
    /// A staff code such as `KS-0142`, or `bot`; never a staff member's name.
    pub agent: String,
    pub by_bot: bool,
    pub recorded: bool,
    /// The version of the recording notice played before the call.
    pub recording_notice: Option<String>,
    /// The consent reference under which the call was recorded.
    pub recording_consent: Option<String>,
    pub created_at: OffsetDateTime,
}

/// An invoice, kept 7 years by tax law; billing name and address are sealed with the
/// kept-records key so that they outlive the customer's data key.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvoiceRow {
    pub id: Uuid,
    pub customer_id: Option<Uuid>,
    pub number: String,
    pub issued_on: Date,
    pub amount_cents: i64,
    pub vat_cents: i64,
    pub billing_sealed: Vec<u8>,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PaymentRow {
    pub id: Uuid,
    pub invoice_id: Uuid,
    pub paid_on: Date,
    pub amount_cents: i64,
    /// `ideal`, `direct-debit`, `transfer` or `card`.
    pub method: String,
    pub created_at: OffsetDateTime,
}

/// A consent receipt. After erasure it stays provable: `subject_sealed` holds the customer
/// number (kept-records key) and `subject_index` its blind index, which also ties a
/// customer's receipts together for retention.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    pub id: Uuid,
    pub customer_id: Option<Uuid>,
    pub subject_index: Vec<u8>,
    pub subject_sealed: Vec<u8>,
    pub purpose: String,
    pub granted: bool,
    pub at: OffsetDateTime,
    pub channel: String,
    pub text_version: String,
}

/// A GDPR request (access, rectification, erasure, restriction, objection, complaint).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestRow {
    pub id: Uuid,
    pub reference: String,
    pub customer_id: Option<Uuid>,
    pub subject_index: Vec<u8>,
    pub subject_sealed: Vec<u8>,
    pub kind: String,
    pub status: String,
    pub received_at: OffsetDateTime,
    pub due_on: Date,
    pub extended_until: Option<Date>,
    pub extension_reason_sealed: Option<Vec<u8>>,
    pub details_sealed: Option<Vec<u8>>,
    pub closed_at: Option<OffsetDateTime>,
    #[sqlx(flatten)]
    pub handling: RequestHandlingRow,
}

/// The staff side of a request, as stored (see `domain::Handling`). New requests start
/// with all of it empty.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct RequestHandlingRow {
    pub assigned_to: Option<Uuid>,
    pub waiting_since: Option<OffsetDateTime>,
    /// `extend` or `refuse`, waiting for the privacy officer.
    pub proposal: Option<String>,
    pub proposal_months: Option<i64>,
    pub proposal_reason: Option<String>,
    /// The proposal's reason in the agent's words, sealed with the kept-records key.
    pub proposal_sealed: Option<Vec<u8>>,
    pub proposed_by: Option<Uuid>,
    pub proposed_at: Option<OffsetDateTime>,
    pub extended_at: Option<OffsetDateTime>,
    pub refusal_reason: Option<String>,
    pub version: i64,
}

/// The columns a staff action may change, with the version it was shown: the change
/// applies only if nothing changed in between.
#[derive(Debug, Clone)]
pub struct RequestChange {
    pub request_id: Uuid,
    pub seen_version: i64,
    pub status: String,
    pub extended_until: Option<Date>,
    pub extension_reason_sealed: Option<Vec<u8>>,
    pub closed_at: Option<OffsetDateTime>,
    pub handling: RequestHandlingRow,
}

/// A staff note about a request, sealed with the customer's own key.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestNoteRow {
    pub id: Uuid,
    pub request_id: Uuid,
    pub customer_id: Uuid,
    pub at: OffsetDateTime,
    pub staff_id: Uuid,
    pub note_sealed: Vec<u8>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestEventRow {
    pub id: Uuid,
    pub request_id: Uuid,
    pub at: OffsetDateTime,
    pub status: String,
    pub note_sealed: Option<Vec<u8>>,
    pub actor_kind: String,
    pub actor_id: String,
}

/// Everything one customer brings into the database at once (seeding, imports).
#[derive(Debug, Clone, Default)]
pub struct CustomerBundle {
    pub customers: Vec<NewCustomer>,
    pub contact_moments: Vec<ContactMomentRow>,
    pub invoices: Vec<InvoiceRow>,
    pub payments: Vec<PaymentRow>,
    pub consents: Vec<ConsentRow>,
    pub requests: Vec<RequestRow>,
    pub request_events: Vec<RequestEventRow>,
}

/// One audit record as written: ids and codes only, never personal data.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: OffsetDateTime,
    /// `customer`, `staff` or `system`.
    pub actor_kind: String,
    pub actor_id: String,
    /// The staff role, `customer`, or the job name for the system.
    pub actor_role: String,
    /// What happened, e.g. `customer.profile.read`.
    pub action: String,
    pub customer_id: Option<Uuid>,
    /// For staff: the request reference or reason code that justified the access.
    pub reason: Option<String>,
    pub request_id: Option<String>,
}

/// An audit record with its place in the hash chain.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    pub seq: i64,
    /// What was recorded, exactly as it was appended (and hashed).
    #[sqlx(flatten)]
    pub entry: AuditEntry,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

/// One sign-in attempt; the keys are keyed hashes, never the e-mail or client address.
#[derive(Debug, Clone)]
pub struct SignInAttempt {
    pub customer_id: Option<Uuid>,
    pub account_key: Vec<u8>,
    pub address_key: Vec<u8>,
    pub at: OffsetDateTime,
    pub success: bool,
}

/// A customer's live session as the sessions page lists it. `state` is the session's JSON
/// (ids, the coarse device label, times; never personal data beyond that label).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub session_id: Option<String>,
    pub state: String,
    pub created_at: OffsetDateTime,
    pub last_seen_at: OffsetDateTime,
}

/// Whom an e-mailed link belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenOwner {
    Customer(Uuid),
    Staff(Uuid),
}

impl TokenOwner {
    /// The `customer_id` and `staff_id` columns: exactly one is set.
    pub fn columns(self) -> (Option<Uuid>, Option<Uuid>) {
        match self {
            TokenOwner::Customer(id) => (Some(id), None),
            TokenOwner::Staff(id) => (None, Some(id)),
        }
    }

    pub fn id(self) -> Uuid {
        match self {
            TokenOwner::Customer(id) | TokenOwner::Staff(id) => id,
        }
    }

    /// Back from the two columns; `None` if neither is set (the schema forbids it).
    pub fn from_columns(customer: Option<Uuid>, staff: Option<Uuid>) -> Option<Self> {
        match (customer, staff) {
            (Some(id), _) => Some(TokenOwner::Customer(id)),
            (None, Some(id)) => Some(TokenOwner::Staff(id)),
            (None, None) => None,
        }
    }
}

/// A staff member's account. The e-mail address is sealed (see `crate::staff`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffRow {
    pub id: Uuid,
    pub email_index: Vec<u8>,
    pub email_sealed: Vec<u8>,
    pub role: String,
    pub password_hash: Option<String>,
    pub created_at: OffsetDateTime,
}

/// Which contact moments a page shows: one channel and a start moment, each optional.
#[derive(Debug, Clone, Default)]
pub struct ContactFilter {
    pub channel: Option<String>,
    pub since: Option<OffsetDateTime>,
}

/// What the consent page saves, in one transaction: the new receipts and both flags.
#[derive(Debug, Clone)]
pub struct ConsentChoices {
    pub customer: Uuid,
    pub receipts: Vec<ConsentRow>,
    pub do_not_call: bool,
    pub marketing_objection: bool,
    pub at: OffsetDateTime,
}

// Correct my data (issue 5, Art. 16).

/// One sealed profile field to replace; `None` clears an optional one.
#[derive(Debug, Clone)]
pub enum SealedProfileField {
    Name(Vec<u8>),
    Phone(Option<Vec<u8>>),
    Address(Vec<u8>),
    Language(Vec<u8>),
    /// Only staff correct it, on a rectification request: customers cannot self-serve it.
    BirthDate(Vec<u8>),
}

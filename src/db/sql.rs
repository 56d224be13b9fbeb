//! SQL that both engines understand in exactly the same text. Only `$N` placeholders, and
//! only bound parameters: no value is ever formatted into SQL.

pub const SELECT_SETTING: &str = "SELECT value FROM settings WHERE key = $1";
pub const UPSERT_SETTING: &str = "INSERT INTO settings (key, value, updated_at) \
     VALUES ($1, $2, CURRENT_TIMESTAMP) \
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
pub const DELETE_SETTING: &str = "DELETE FROM settings WHERE key = $1";
pub const INSERT_SETTING_IF_ABSENT: &str = "INSERT INTO settings (key, value, updated_at) \
     VALUES ($1, $2, CURRENT_TIMESTAMP) ON CONFLICT (key) DO NOTHING";

pub const INSERT_CUSTOMER: &str = "INSERT INTO customers (id, customer_number_index, \
     email_index, customer_number_sealed, name_sealed, email_sealed, phone_sealed, \
     address_sealed, birth_date_sealed, language_sealed, do_not_call, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
pub const INSERT_CUSTOMER_KEY: &str =
    "INSERT INTO customer_keys (customer_id, wrapped_key, master_key_id) VALUES ($1, $2, $3)";
pub const SELECT_CUSTOMER: &str = "SELECT id, customer_number_sealed, name_sealed, \
     email_sealed, phone_sealed, address_sealed, birth_date_sealed, language_sealed, \
     do_not_call, created_at, updated_at FROM customers WHERE id = $1";
pub const SELECT_CUSTOMER_KEY: &str =
    "SELECT wrapped_key, master_key_id FROM customer_keys WHERE customer_id = $1";
pub const SELECT_KEYS_WRAPPED_BY: &str = "SELECT customer_id, wrapped_key FROM customer_keys \
     WHERE master_key_id = $1 AND customer_id > $3 ORDER BY customer_id LIMIT $2";
pub const UPDATE_CUSTOMER_KEY: &str = "UPDATE customer_keys SET wrapped_key = $2, \
     master_key_id = $3 WHERE customer_id = $1 AND master_key_id = $4";
pub const COUNT_KEYS_BY_MASTER: &str = "SELECT master_key_id, COUNT(*) FROM customer_keys \
     GROUP BY master_key_id ORDER BY master_key_id";
pub const FIND_CUSTOMER_BY_EMAIL: &str = "SELECT id FROM customers WHERE email_index = $1";
pub const FIND_CUSTOMER_BY_NUMBER: &str =
    "SELECT id FROM customers WHERE customer_number_index = $1";
pub const COUNT_CUSTOMERS: &str = "SELECT COUNT(*) FROM customers";
/// Erasure, step one: the data key goes first, so nothing sealed with it can be read again.
pub const DELETE_CUSTOMER_KEY: &str = "DELETE FROM customer_keys WHERE customer_id = $1";
pub const DELETE_CUSTOMER: &str = "DELETE FROM customers WHERE id = $1";

pub const INSERT_CONTACT_MOMENT: &str = "INSERT INTO contact_moments (id, customer_id, \
     channel, occurred_at, subject_sealed, summary_sealed, transcript_sealed, agent, by_bot, \
     recorded, recording_notice, recording_consent, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
pub const SELECT_CONTACT_MOMENTS: &str = "SELECT id, customer_id, channel, occurred_at, \
     subject_sealed, summary_sealed, transcript_sealed, agent, by_bot, recorded, \
     recording_notice, recording_consent, created_at FROM contact_moments \
     WHERE customer_id = $1 ORDER BY occurred_at DESC, id";

pub const INSERT_INVOICE: &str = "INSERT INTO invoices (id, customer_id, number, issued_on, \
     amount_cents, vat_cents, billing_sealed, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
pub const SELECT_INVOICES: &str = "SELECT id, customer_id, number, issued_on, amount_cents, \
     vat_cents, billing_sealed, created_at FROM invoices WHERE customer_id = $1 \
     ORDER BY issued_on DESC, number";
pub const INSERT_PAYMENT: &str = "INSERT INTO payments (id, invoice_id, paid_on, \
     amount_cents, method, created_at) VALUES ($1, $2, $3, $4, $5, $6)";
pub const SELECT_PAYMENTS: &str = "SELECT p.id, p.invoice_id, p.paid_on, p.amount_cents, \
     p.method, p.created_at FROM payments p JOIN invoices i ON i.id = p.invoice_id \
     WHERE i.customer_id = $1 ORDER BY p.paid_on DESC, p.id";

pub const INSERT_CONSENT: &str = "INSERT INTO consents (id, customer_id, subject_index, \
     subject_sealed, purpose, granted, at, channel, text_version) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
pub const SELECT_CONSENTS: &str = "SELECT id, customer_id, subject_index, subject_sealed, \
     purpose, granted, at, channel, text_version FROM consents WHERE customer_id = $1 \
     ORDER BY at DESC, id";

pub const INSERT_REQUEST: &str = "INSERT INTO requests (id, reference, customer_id, \
     subject_index, subject_sealed, kind, status, received_at, due_on, extended_until, \
     extension_reason_sealed, details_sealed, closed_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
pub const SELECT_REQUESTS: &str = "SELECT id, reference, customer_id, subject_index, \
     subject_sealed, kind, \
     status, received_at, due_on, extended_until, extension_reason_sealed, details_sealed, \
     closed_at FROM requests WHERE customer_id = $1 ORDER BY received_at DESC, id";
pub const INSERT_REQUEST_EVENT: &str = "INSERT INTO request_events (id, request_id, at, \
     status, note_sealed, actor_kind, actor_id) VALUES ($1, $2, $3, $4, $5, $6, $7)";

pub const LAST_AUDIT: &str = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
pub const INSERT_AUDIT: &str = "INSERT INTO audit_log (seq, at, actor_kind, actor_id, \
     actor_role, action, customer_id, reason, request_id, prev_hash, hash) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
pub const SELECT_AUDIT_PAGE: &str = "SELECT seq, at, actor_kind, actor_id, actor_role, \
     action, customer_id, reason, request_id, prev_hash, hash FROM audit_log \
     WHERE seq > $1 ORDER BY seq LIMIT $2";
pub const SELECT_AUDIT_FOR_CUSTOMER: &str = "SELECT seq, at, actor_kind, actor_id, \
     actor_role, action, customer_id, reason, request_id, prev_hash, hash FROM audit_log \
     WHERE customer_id = $1 ORDER BY seq DESC LIMIT $2";

pub const ENSURE_LEASE: &str = "INSERT INTO job_leases (name, holder, held_until) \
     VALUES ($1, NULL, NULL) ON CONFLICT (name) DO NOTHING";
pub const TAKE_LEASE: &str = "UPDATE job_leases SET holder = $2, held_until = $3 \
     WHERE name = $1 AND (held_until IS NULL OR held_until < $4)";
pub const RELEASE_LEASE: &str =
    "UPDATE job_leases SET holder = NULL, held_until = NULL WHERE name = $1 AND holder = $2";

pub const AUDIT_HEAD: &str = "SELECT seq, at, hash FROM audit_log ORDER BY seq LIMIT $1";
pub const DELETE_AUDIT_UP_TO: &str = "DELETE FROM audit_log WHERE seq <= $1";

pub const SELECT_PASSWORD_HASH: &str = "SELECT password_hash FROM accounts WHERE customer_id = $1";
pub const UPSERT_ACCOUNT: &str = "INSERT INTO accounts (customer_id, password_hash, created_at, \
     password_changed_at) VALUES ($1, $2, $3, $3) ON CONFLICT (customer_id) DO UPDATE SET \
     password_hash = excluded.password_hash, password_changed_at = excluded.password_changed_at";

pub const SELECT_SESSION: &str =
    "SELECT state FROM sessions WHERE key_hash = $1 AND expires_at > $2";
pub const UPSERT_SESSION: &str = "INSERT INTO sessions (key_hash, customer_id, state, \
     created_at, last_seen_at, expires_at, session_id, staff_id) \
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7) \
     ON CONFLICT (key_hash) DO UPDATE SET customer_id = excluded.customer_id, \
     session_id = excluded.session_id, staff_id = excluded.staff_id, \
     state = excluded.state, last_seen_at = excluded.last_seen_at, expires_at = excluded.expires_at";
pub const TOUCH_SESSION: &str =
    "UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE key_hash = $1";
pub const DELETE_SESSION: &str = "DELETE FROM sessions WHERE key_hash = $1";

pub const DELETE_UNUSED_TOKENS: &str = "DELETE FROM tokens WHERE kind = $2 \
     AND used_at IS NULL AND (customer_id = $1 OR staff_id = $1)";
pub const INSERT_TOKEN: &str = "INSERT INTO tokens (token_hash, kind, customer_id, staff_id, \
     payload, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
pub const CONSUME_TOKEN: &str = "UPDATE tokens SET used_at = $3 WHERE token_hash = $1 \
     AND kind = $2 AND used_at IS NULL AND expires_at > $3 \
     RETURNING customer_id, staff_id, payload";
pub const TOKEN_USABLE: &str = "SELECT COUNT(*) FROM tokens WHERE token_hash = $1 \
     AND kind = $2 AND used_at IS NULL AND expires_at > $3";

pub const UPDATE_CUSTOMER_EMAIL: &str =
    "UPDATE customers SET email_index = $2, email_sealed = $3, updated_at = $4 WHERE id = $1";

pub const INSERT_STAFF: &str = "INSERT INTO staff (id, email_index, email_sealed, role, \
     created_at) VALUES ($1, $2, $3, $4, $5)";
pub const SELECT_STAFF_BY_EMAIL_INDEX: &str = "SELECT id, email_index, email_sealed, role, \
     password_hash, created_at FROM staff WHERE email_index = $1";
pub const SELECT_STAFF: &str = "SELECT id, email_index, email_sealed, role, password_hash, \
     created_at FROM staff WHERE id = $1";
pub const SELECT_ALL_STAFF: &str = "SELECT id, email_index, email_sealed, role, \
     password_hash, created_at FROM staff ORDER BY created_at, id";
pub const SET_STAFF_PASSWORD: &str =
    "UPDATE staff SET password_hash = $2, password_changed_at = $3 WHERE id = $1";
pub const DELETE_STAFF_SESSIONS: &str = "DELETE FROM sessions WHERE staff_id = $1";

pub const INSERT_SIGN_IN_ATTEMPT: &str = "INSERT INTO sign_in_attempts (id, customer_id, \
     account_key, address_key, at, success) VALUES ($1, $2, $3, $4, $5, $6)";
/// Failures for an account since `$2`, not counting those before its last success.
pub const ACCOUNT_FAILURES: &str = "SELECT COUNT(*), MAX(at) FROM sign_in_attempts \
     WHERE account_key = $1 AND success = FALSE AND at > $2 AND NOT EXISTS \
     (SELECT 1 FROM sign_in_attempts s WHERE s.account_key = $1 AND s.success = TRUE \
     AND s.at > sign_in_attempts.at)";
pub const ADDRESS_FAILURES: &str = "SELECT COUNT(*), MAX(at) FROM sign_in_attempts \
     WHERE address_key = $1 AND success = FALSE AND at > $2";

pub const SELECT_CUSTOMER_SESSIONS: &str = "SELECT session_id, state, created_at, last_seen_at \
     FROM sessions WHERE customer_id = $1 AND expires_at > $2 AND last_seen_at > $3 \
     ORDER BY last_seen_at DESC";
pub const DELETE_OTHER_SESSIONS: &str =
    "DELETE FROM sessions WHERE customer_id = $1 AND (session_id IS NULL OR session_id <> $2)";
pub const SELECT_SIGN_INS: &str = "SELECT at, success FROM sign_in_attempts \
     WHERE customer_id = $1 ORDER BY at DESC LIMIT $2";

// The customer's rights pages: contact history, who saw my data, consent and objection.
// A NULL filter parameter means "any": one statement serves every combination of filters.
pub const SELECT_CONTACT_MOMENTS_PAGE: &str = "SELECT id, customer_id, channel, \
     occurred_at, subject_sealed, summary_sealed, transcript_sealed, agent, by_bot, recorded, \
     recording_notice, recording_consent, created_at FROM contact_moments \
     WHERE customer_id = $1 AND ($2 IS NULL OR channel = $2) \
     AND ($3 IS NULL OR occurred_at >= $3) ORDER BY occurred_at DESC, id LIMIT $4 OFFSET $5";
pub const COUNT_CONTACT_MOMENTS: &str = "SELECT COUNT(*) FROM contact_moments \
     WHERE customer_id = $1 AND ($2 IS NULL OR channel = $2) \
     AND ($3 IS NULL OR occurred_at >= $3)";
pub const SELECT_CONTACT_MOMENT: &str = "SELECT id, customer_id, channel, occurred_at, \
     subject_sealed, summary_sealed, transcript_sealed, agent, by_bot, recorded, \
     recording_notice, recording_consent, created_at FROM contact_moments \
     WHERE id = $1 AND customer_id = $2";
pub const SELECT_OLDEST_CONTACTS: &str = "SELECT channel, recorded, MIN(occurred_at) \
     FROM contact_moments WHERE customer_id = $1 GROUP BY channel, recorded";
pub const SELECT_AUDIT_FOR_CUSTOMER_PAGE: &str = "SELECT seq, at, actor_kind, actor_id, \
     actor_role, action, customer_id, reason, request_id, prev_hash, hash FROM audit_log \
     WHERE customer_id = $1 AND ($2 IS NULL OR at >= $2) ORDER BY seq DESC LIMIT $3 OFFSET $4";
pub const COUNT_AUDIT_FOR_CUSTOMER: &str = "SELECT COUNT(*) FROM audit_log \
     WHERE customer_id = $1 AND ($2 IS NULL OR at >= $2)";
pub const SELECT_MARKETING_OBJECTION: &str =
    "SELECT objected_at FROM marketing_objections WHERE customer_id = $1";
pub const INSERT_MARKETING_OBJECTION: &str = "INSERT INTO marketing_objections \
     (customer_id, objected_at) VALUES ($1, $2) ON CONFLICT (customer_id) DO NOTHING";
pub const DELETE_MARKETING_OBJECTION: &str =
    "DELETE FROM marketing_objections WHERE customer_id = $1";
pub const UPDATE_DO_NOT_CALL: &str =
    "UPDATE customers SET do_not_call = $2, updated_at = $3 WHERE id = $1";
// Requests (issue 5).
pub const SELECT_REQUEST_BY_REFERENCE: &str = "SELECT id, reference, customer_id, \
     subject_index, subject_sealed, kind, status, received_at, due_on, extended_until, \
     extension_reason_sealed, details_sealed, closed_at FROM requests WHERE reference = $1";
pub const SELECT_REQUEST_EVENTS: &str = "SELECT id, request_id, at, status, note_sealed, \
     actor_kind, actor_id FROM request_events WHERE request_id = $1 ORDER BY at, id";
/// Only an open request can be withdrawn; the status guard makes a second try a no-op.
pub const WITHDRAW_REQUEST: &str = "UPDATE requests SET status = 'withdrawn', \
     closed_at = $2 WHERE id = $1 AND status IN ('received', 'in-progress', 'extended')";

// Correct my data (issue 5, Art. 16): one statement per field, run in one transaction.
pub const UPDATE_CUSTOMER_NAME: &str =
    "UPDATE customers SET name_sealed = $2, updated_at = $3 WHERE id = $1";
pub const UPDATE_CUSTOMER_PHONE: &str =
    "UPDATE customers SET phone_sealed = $2, updated_at = $3 WHERE id = $1";
pub const UPDATE_CUSTOMER_ADDRESS: &str =
    "UPDATE customers SET address_sealed = $2, updated_at = $3 WHERE id = $1";
pub const UPDATE_CUSTOMER_LANGUAGE: &str =
    "UPDATE customers SET language_sealed = $2, updated_at = $3 WHERE id = $1";

// Download and delete my data (issue 5): re-authentication, the streamed export, erasure
// receipts.
pub const SELECT_EMAIL_INDEX: &str = "SELECT email_index FROM customers WHERE id = $1";
pub const SELECT_CONTACT_MOMENTS_FIRST: &str = "SELECT id, customer_id, channel, occurred_at, \
     subject_sealed, summary_sealed, transcript_sealed, agent, by_bot, recorded, \
     recording_notice, recording_consent, created_at FROM contact_moments \
     WHERE customer_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT $2";
/// Keyset paging, newest first: the rows after (`$3`, `$4`) in that order.
pub const SELECT_CONTACT_MOMENTS_AFTER: &str = "SELECT id, customer_id, channel, occurred_at, \
     subject_sealed, summary_sealed, transcript_sealed, agent, by_bot, recorded, \
     recording_notice, recording_consent, created_at FROM contact_moments \
     WHERE customer_id = $1 AND (occurred_at < $3 OR (occurred_at = $3 AND id < $4)) \
     ORDER BY occurred_at DESC, id DESC LIMIT $2";
pub const SELECT_REQUEST_EVENTS_OF_CUSTOMER: &str = "SELECT e.id, e.request_id, e.at, \
     e.status, e.note_sealed, e.actor_kind, e.actor_id FROM request_events e \
     JOIN requests r ON r.id = e.request_id WHERE r.customer_id = $1 ORDER BY e.at, e.id";
pub const SELECT_AUDIT_FOR_CUSTOMER_BEFORE: &str = "SELECT seq, at, actor_kind, actor_id, \
     actor_role, action, customer_id, reason, request_id, prev_hash, hash FROM audit_log \
     WHERE customer_id = $1 AND seq < $3 ORDER BY seq DESC LIMIT $2";
pub const INSERT_ERASURE_RECEIPT: &str =
    "INSERT INTO erasure_receipts (reference, erased_at, kept) VALUES ($1, $2, $3)";
pub const SELECT_ERASURE_RECEIPT: &str =
    "SELECT erased_at, kept FROM erasure_receipts WHERE reference = $1";

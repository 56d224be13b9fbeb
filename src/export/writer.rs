//! Writes one customer's export in a format, section by section, into a stream. Large
//! sections (contact moments, the audit trail) are read in keyset pages of `BATCH`, and
//! the buffer is sent on after each page, so memory stays flat however much is held.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::BATCH;
use super::format::Format;
use super::records::{self as r, Record, Section};
use super::stream::Chunks;
use crate::auth::sessions::DEVICE;
use crate::i18n::Lang;
use crate::privacy::register::Register;
use crate::vault::CustomerRecords;

/// Runs the export to the end, or breaks the download off on an error (logged, ids only).
pub async fn write(
    records: CustomerRecords,
    register: &Register,
    lang: Lang,
    now: OffsetDateTime,
    format: Box<dyn Format>,
    mut chunks: Chunks,
) {
    let customer = records.customer();
    match run(&records, register, lang, now, format, &mut chunks).await {
        Ok(()) => {
            let _ = chunks.send().await;
        }
        Err(error) => {
            tracing::error!(customer = %customer, error = %error, "an export was broken off");
            chunks.fail().await;
        }
    }
}

async fn section(
    format: &mut Box<dyn Format>,
    chunks: &mut Chunks,
    section: &Section,
    records: Vec<Record>,
) -> anyhow::Result<()> {
    format.section(&mut chunks.buf, section)?;
    for record in records {
        format.record(&mut chunks.buf, section, &record)?;
        chunks.flush().await?;
    }
    format.end_section(&mut chunks.buf, section)?;
    chunks.flush().await?;
    Ok(())
}

/// The device label a session's state holds: `browser / system` codes.
fn device_of(state: &str) -> String {
    let parsed: HashMap<String, String> = serde_json::from_str(state).unwrap_or_default();
    parsed
        .get(DEVICE)
        .and_then(|json| serde_json::from_str::<(String, String)>(json).ok())
        .map(|(browser, system)| format!("{browser} / {system}"))
        .unwrap_or_default()
}

async fn run(
    records: &CustomerRecords,
    register: &Register,
    lang: Lang,
    now: OffsetDateTime,
    mut format: Box<dyn Format>,
    chunks: &mut Chunks,
) -> anyhow::Result<()> {
    let generated_at = r::moment(now);
    format.begin(
        &mut chunks.buf,
        generated_at.as_str().unwrap_or_default(),
        lang.code(),
    )?;
    section(
        &mut format,
        chunks,
        &r::REGISTER,
        r::register(lang, register),
    )
    .await?;

    let has_password = records.has_password().await?;
    let objection = records.marketing_objection().await?;
    let profile = records.profile().await?;
    let profile = profile
        .iter()
        .map(|p| r::profile(p, has_password, objection))
        .collect();
    section(&mut format, chunks, &r::PROFILE, profile).await?;

    let sessions = records.sessions(now).await?;
    let sessions = sessions
        .iter()
        .map(|s| r::session(&device_of(&s.state), s.created_at, s.last_seen_at))
        .collect();
    section(&mut format, chunks, &r::SESSIONS, sessions).await?;
    let sign_ins = records.sign_ins().await?;
    let sign_ins = sign_ins
        .iter()
        .map(|(at, ok)| r::sign_in(*at, *ok))
        .collect();
    section(&mut format, chunks, &r::SIGN_IN_ATTEMPTS, sign_ins).await?;

    // The big one: page by page, each page sent on before the next is read.
    format.section(&mut chunks.buf, &r::CONTACT_MOMENTS)?;
    let mut after = None;
    loop {
        let page = records.contact_moments(after, BATCH).await?;
        for moment in &page {
            format.record(&mut chunks.buf, &r::CONTACT_MOMENTS, &r::contact(moment))?;
            chunks.flush().await?;
        }
        match page.last() {
            Some(last) if page.len() as i64 == BATCH => after = Some((last.occurred_at, last.id)),
            _ => break,
        }
    }
    format.end_section(&mut chunks.buf, &r::CONTACT_MOMENTS)?;

    let invoices = records.invoices().await?;
    let numbers: HashMap<_, _> = invoices
        .iter()
        .map(|i| (i.row.id, i.row.number.clone()))
        .collect();
    section(
        &mut format,
        chunks,
        &r::INVOICES,
        invoices.iter().map(r::invoice).collect(),
    )
    .await?;
    let payments = records.payments().await?;
    let payments = payments
        .iter()
        .map(|p| r::payment(p, numbers.get(&p.invoice_id).map(String::as_str)))
        .collect();
    section(&mut format, chunks, &r::PAYMENTS, payments).await?;
    let consents = records.consents().await?;
    section(
        &mut format,
        chunks,
        &r::CONSENTS,
        consents.iter().map(r::consent).collect(),
    )
    .await?;

    let requests = records.requests().await?;
    let references: HashMap<_, _> = requests
        .iter()
        .map(|q| (q.row.id, q.row.reference.clone()))
        .collect();
    section(
        &mut format,
        chunks,
        &r::REQUESTS,
        requests.iter().map(r::request).collect(),
    )
    .await?;
    let events = records.request_events().await?;
    let events = events
        .iter()
        .map(|e| r::request_event(e, references.get(&e.request_id).map(String::as_str)))
        .collect();
    section(&mut format, chunks, &r::REQUEST_EVENTS, events).await?;
    let notes = records.request_notes().await?;
    let notes = notes
        .iter()
        .map(|(request, note)| r::request_note(note, references.get(request).map(String::as_str)))
        .collect();
    section(&mut format, chunks, &r::REQUEST_NOTES, notes).await?;
    let notices = crate::staff::breach_notice::opened_for_customer(
        records.keys(),
        &records.breach_notices().await?,
    )?;
    let notices = notices.iter().map(|n| r::breach_notice(n, lang)).collect();
    section(&mut format, chunks, &r::BREACH_NOTICES, notices).await?;

    format.section(&mut chunks.buf, &r::AUDIT_TRAIL)?;
    let mut before = i64::MAX;
    loop {
        let page = records.audit_trail(before, BATCH).await?;
        for row in &page {
            format.record(&mut chunks.buf, &r::AUDIT_TRAIL, &r::audit(row))?;
            chunks.flush().await?;
        }
        match page.last() {
            Some(last) if page.len() as i64 == BATCH => before = last.seq,
            _ => break,
        }
    }
    format.end_section(&mut chunks.buf, &r::AUDIT_TRAIL)?;

    format.finish(&mut chunks.buf)?;
    Ok(())
}

//! What erasure (Art. 17) does with each register category: deleted now, or kept because a
//! law requires it, until its own retention period ends, counted from the customer's
//! newest record of that category. The delete pages, the confirmation and its e-mail all
//! read this; the register itself says what is kept and why.

use time::Date;

use super::register::{Category, OnErasure, Register};

/// The newest date of each register event among one customer's records.
#[derive(Debug, Clone)]
pub struct Newest {
    pub invoice: Option<Date>,
    pub payment: Option<Date>,
    pub consent: Option<Date>,
    /// The newest closing date; an open request counts as closing on the day of erasure.
    pub request_closed: Option<Date>,
    /// The day of erasure: the audit trail's newest record is the erasure itself.
    pub today: Date,
}

impl Newest {
    /// The customer's newest date for a register event id (`counted_from`).
    fn of_event(&self, event: &str) -> Option<Date> {
        match event {
            "invoice-date" => self.invoice,
            "payment-date" => self.payment,
            "consent-withdrawn" => self.consent,
            "request-closed" => self.request_closed,
            "record-created" => Some(self.today),
            _ => None,
        }
    }
}

/// A category the law keeps, and the day its last record of this customer goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub category: &'static str,
    /// The register law id (`awr-52`, `gdpr-5-2`...).
    pub because: &'static str,
    pub until: Date,
}

/// The categories deleted at once, and those kept (only where this customer has records).
pub fn plan<'r>(register: &'r Register, newest: &Newest) -> (Vec<&'r Category>, Vec<Kept>) {
    let mut deleted = Vec::new();
    let mut kept = Vec::new();
    for category in register.categories() {
        match category.on_erasure {
            OnErasure::Delete => deleted.push(category),
            OnErasure::Keep { because } => {
                let counted_from = match category.retention {
                    super::register::Retention::Period { counted_from, .. } => counted_from,
                    _ => continue,
                };
                if let Some(until) = newest
                    .of_event(counted_from)
                    .and_then(|event| category.retention.expires_on(event))
                {
                    kept.push(Kept {
                        category: category.id,
                        because,
                        until,
                    });
                }
            }
        }
    }
    (deleted, kept)
}

/// The kept list as stored with the erasure receipt: category ids and dates only.
pub fn kept_to_json(kept: &[Kept]) -> String {
    let items: Vec<_> = kept
        .iter()
        .map(|k| serde_json::json!({"category": k.category, "until": k.until.to_string()}))
        .collect();
    serde_json::Value::Array(items).to_string()
}

/// Back from the receipt; categories no longer in the register are left out.
pub fn kept_from_json(register: &Register, json: &str) -> Vec<Kept> {
    let items: Vec<serde_json::Value> = serde_json::from_str(json).unwrap_or_default();
    items
        .iter()
        .filter_map(|item| {
            let category = register.category(item["category"].as_str()?)?;
            let OnErasure::Keep { because } = category.on_erasure else {
                return None;
            };
            let until = Date::parse(
                item["until"].as_str()?,
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .ok()?;
            Some(Kept {
                category: category.id,
                because,
                until,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn invoices_are_kept_seven_years_from_the_newest_and_the_rest_goes() {
        let register = Register::embedded().unwrap();
        let newest = Newest {
            invoice: Some(date!(2026 - 10 - 31)),
            payment: None,
            consent: None,
            request_closed: None,
            today: date!(2026 - 11 - 24),
        };
        let (deleted, kept) = plan(&register, &newest);
        assert!(deleted.iter().any(|c| c.id == "identity"));
        assert!(deleted.iter().any(|c| c.id == "contact-calls"));
        let invoices = kept.iter().find(|k| k.category == "invoices").unwrap();
        assert_eq!(invoices.until, date!(2033 - 10 - 31));
        assert_eq!(invoices.because, "awr-52");
        assert!(
            kept.iter().all(|k| k.category != "payments"),
            "no payments held: nothing kept"
        );
        assert!(kept.iter().any(|k| k.category == "audit-trail"));
        assert_eq!(kept_from_json(&register, &kept_to_json(&kept)), kept);
    }
}

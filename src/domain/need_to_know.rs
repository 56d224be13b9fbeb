//! Need to know: which parts of a customer's data staff may open for a request, by its
//! kind. Each part is a group of register categories, opened on demand and audited with
//! the request's reference as the reason.

use super::RequestKind;

/// A part of a customer's data that staff can open for a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Who they are and how to reach them: enough to answer any request.
    Identity,
    ContactHistory,
    /// Consents, objections, do-not-call and restrictions.
    Consents,
    /// Invoices and payments (kept by tax law).
    Billing,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Identity,
        Section::ContactHistory,
        Section::Consents,
        Section::Billing,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Section::Identity => "identity",
            Section::ContactHistory => "interactions",
            Section::Consents => "consents",
            Section::Billing => "billing",
        }
    }

    pub fn parse(code: &str) -> Option<Section> {
        Self::ALL.into_iter().find(|section| section.code() == code)
    }

    /// The register categories (ids in `register.toml`) this part holds.
    pub fn categories(self) -> &'static [&'static str] {
        match self {
            Section::Identity => &["identity", "contact-details", "preferences"],
            Section::ContactHistory => &[
                "contact-calls",
                "call-recordings",
                "contact-chats",
                "contact-emails",
                "contact-letters",
            ],
            Section::Consents => &["consents", "marketing", "research", "do-not-call"],
            Section::Billing => &["invoices", "payments"],
        }
    }

    /// Whether answering a request of `kind` needs this part. An access request needs
    /// everything (Art. 15 is about all of it); a rectification only who they are; an
    /// erasure also what the law keeps; an objection or restriction the choices made; a
    /// complaint the contacts it may be about.
    pub fn needed_for(self, kind: RequestKind) -> bool {
        use RequestKind as K;
        match self {
            Section::Identity => true,
            Section::ContactHistory => matches!(kind, K::Access | K::Objection | K::Complaint),
            Section::Consents => {
                matches!(kind, K::Access | K::Objection | K::Restriction | K::Erasure)
            }
            Section::Billing => matches!(kind, K::Access | K::Erasure),
        }
    }

    /// The parts a request of `kind` needs, in page order.
    pub fn for_kind(kind: RequestKind) -> impl Iterator<Item = Section> {
        Self::ALL.into_iter().filter(move |s| s.needed_for(kind))
    }

    /// The audit action of opening this part for a request.
    pub fn audit_action(self) -> &'static str {
        match self {
            Section::Identity => "staff.customer.identity.read",
            Section::ContactHistory => "staff.customer.interactions.read",
            Section::Consents => "staff.customer.consents.read",
            Section::Billing => "staff.customer.billing.read",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::register::Register;

    #[test]
    fn every_category_belongs_to_one_part_and_exists_in_the_register() {
        let register = Register::embedded().unwrap();
        for section in Section::ALL {
            assert_eq!(Section::parse(section.code()), Some(section));
            for id in section.categories() {
                assert!(
                    register.category(id).is_some(),
                    "{id} is not in the register"
                );
            }
        }
        assert_eq!(Section::for_kind(RequestKind::Access).count(), 4);
        assert_eq!(
            Section::for_kind(RequestKind::Rectification).collect::<Vec<_>>(),
            [Section::Identity]
        );
        assert!(!Section::Billing.needed_for(RequestKind::Complaint));
    }
}

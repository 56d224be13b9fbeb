//! The e-mails that tell a customer what staff did with their request, in the language
//! on their profile: a question, an extension with its reason, a refusal with the right
//! to complain and to go to court, and the answer.

use actix_web::web;

use crate::domain::{Request, RequestKind};
use crate::i18n::{Lang, date_in_words, t, t_args};
use crate::paths::{self, request_path};
use crate::routes::account::mail::{self, Mail};
use crate::staff::workflow::Notice;
use crate::state::AppState;
use crate::vault::CustomerAddress;

/// What the e-mail needs besides the request: the text staff wrote, the new last day.
pub struct Told<'a> {
    pub notice: Notice,
    pub text: &'a str,
    /// The refusal reason's code, for its sentence in the customer's language.
    pub refusal_reason: Option<&'a str>,
}

/// Sends the notice in the background (a slow mail server never holds up the page).
pub fn tell_customer(
    state: &web::Data<AppState>,
    request: &Request,
    to: CustomerAddress,
    told: &Told,
    answer_by: time::Date,
) {
    let lang = to.language;
    let link = format!(
        "{}{}",
        state.public_base,
        request_path(paths::REQUEST, &request.reference)
    );
    let kind = t(lang, &format!("request-kind-{}", request.kind.code()));
    let mut args = vec![
        ("reference", request.reference.clone()),
        ("kind", kind),
        ("link", link),
        ("text", told.text.to_string()),
        ("date", date_in_words(lang, answer_by)),
    ];
    let (subject, body) = match told.notice {
        Notice::Asked => ("request-email-asked-subject", "request-email-asked-body"),
        Notice::Extended => (
            "request-email-extended-subject",
            "request-email-extended-body",
        ),
        Notice::Refused => {
            let authority = &state.organisation;
            args.push(("authority", authority.supervisory_authority_name.clone()));
            args.push((
                "authority_link",
                authority.supervisory_authority_url.to_string(),
            ));
            args.push(("reason", refusal_sentence(lang, told.refusal_reason)));
            (
                "request-email-refused-subject",
                "request-email-refused-body",
            )
        }
        Notice::Completed => {
            let extra = if request.kind == RequestKind::Access {
                let download = format!("{}{}", state.public_base, paths::DOWNLOAD);
                t_args(
                    lang,
                    "request-email-completed-download",
                    &[("link", &download)],
                )
            } else {
                String::new()
            };
            args.push(("extra", extra));
            (
                "request-email-completed-subject",
                "request-email-completed-body",
            )
        }
    };
    mail::send_later(
        state,
        Mail {
            to: to.email,
            // The profile's language already (the arguments are written in it).
            customer: None,
            lang,
            subject,
            body,
            args,
        },
    );
}

fn refusal_sentence(lang: Lang, code: Option<&str>) -> String {
    code.map(|c| t(lang, &format!("request-refusal-reason-{c}")))
        .unwrap_or_default()
}

//! E-mails the account pages send: links and notices. They are sent in the background,
//! so that an address that is known takes no longer to answer than one that is not, and
//! a slow mail server never holds up a page.

use actix_web::web;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::auth::tokens::{self, TokenKind};
use crate::db::TokenOwner;
use crate::email::Message;
use crate::i18n::{Lang, t_args};
use crate::state::AppState;

/// One e-mail: its subject and body message ids, and the values they use besides
/// `organisation` (which every message gets).
///
/// The language rule: an e-mail to a customer is in the language of their profile (which
/// follows the language switch while they are signed in), looked up when it is sent; `lang`
/// is for e-mails to no customer (staff), or when the profile is gone (erased).
pub struct Mail {
    pub to: String,
    /// The customer the e-mail is for, whose profile's language it is written in.
    pub customer: Option<Uuid>,
    pub lang: Lang,
    pub subject: &'static str,
    pub body: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// A link to send: its kind, whom it is for, what it carries, and the page it opens.
pub struct Link {
    pub kind: TokenKind,
    pub owner: TokenOwner,
    pub payload: Option<Vec<u8>>,
    /// A path pattern with `{token}`, e.g. `paths::PASSWORD_RESET_TOKEN`.
    pub path: &'static str,
}

/// Sends `mail` later; the body gets the link as `link`.
pub fn send_link_later(state: &web::Data<AppState>, link: Link, mail: Mail) {
    let state = state.clone();
    tokio::spawn(async move {
        let sent = async {
            let token = tokens::issue(
                state.store.as_ref(),
                link.kind,
                link.owner,
                link.payload.as_deref(),
                state.clock.now(),
            )
            .await?;
            let url = format!(
                "{}{}",
                state.public_base,
                crate::paths::with_token(link.path, &token)
            );
            let mut mail = mail;
            mail.args.push(("link", url));
            send(&state, &mail).await
        };
        if let Err(error) = sent.await {
            tracing::error!(error = %error, "a link e-mail was not sent");
        }
    });
}

/// Sends a notice later (no link).
pub fn send_later(state: &web::Data<AppState>, mail: Mail) {
    let state = state.clone();
    tokio::spawn(async move {
        if let Err(error) = send(&state, &mail).await {
            tracing::error!(error = %error, "a notice e-mail was not sent");
        }
    });
}

async fn send(state: &AppState, mail: &Mail) -> anyhow::Result<()> {
    let lang = match mail.customer {
        Some(customer) => state
            .vault
            .mail_language(customer)
            .await?
            .unwrap_or(mail.lang),
        None => mail.lang,
    };
    let mut args: Vec<(&'static str, &str)> = mail
        .args
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    args.push(("organisation", &state.organisation.name));
    let when = crate::i18n::moment_in_words(
        lang,
        &state.organisation.time_zone,
        OffsetDateTime::now_utc(),
    );
    args.push(("when", &when));
    let message = Message {
        to: mail.to.clone(),
        subject: t_args(lang, mail.subject, &args),
        text: t_args(lang, mail.body, &args),
    };
    state.mailer.send(&message, lang).await?;
    Ok(())
}

/// A rough check that catches typing mistakes; the e-mailed link is the real proof.
pub fn looks_like_email(value: &str) -> bool {
    let mut parts = value.split('@');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None)
            if !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && value.len() <= 254
                && !value.chars().any(|c| c.is_whitespace() || c.is_control())
    )
}

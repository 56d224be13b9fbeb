//! Sends the e-mails of breach notices (Art. 34) in the background, so that telling
//! 100,000 customers neither holds up the privacy officer's page nor the portal.
//!
//! The work is in the database, not in memory: each customer's e-mail is claimed before
//! it is sent and confirmed after. A restarted portal (or a second instance) goes on with
//! what is unclaimed, and never sends what was claimed again, so nobody gets two e-mails.
//! If a sender stops between claim and confirmation, those few e-mails stay unconfirmed:
//! the privacy officer's page counts them, and the customers still see the notice in the
//! portal.

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use time::OffsetDateTime;
use tokio::sync::Notify;
use uuid::Uuid;

use super::breach_notice::{self, NoticeMessage};
use crate::config::Organisation;
use crate::domain::{Access, Actor};
use crate::email::{Mailer, Message};
use crate::i18n::{Lang, moment_in_words, t_args};
use crate::paths;
use crate::vault::{CustomerAddress, Vault};

/// Customers claimed at a time: small, so that a sender that stops leaves few unconfirmed.
const BATCH: i64 = 100;
/// E-mails sent at once within a batch (their audit records share commits).
const AT_ONCE: usize = 16;
/// How often the sender looks for work when nobody wakes it.
const IDLE: Duration = Duration::from_secs(30);

/// Wakes the sender when a notice is confirmed; cheap to clone.
#[derive(Clone, Default)]
pub struct Wake(Arc<Notify>);

impl Wake {
    pub fn now(&self) {
        self.0.notify_one();
    }
}

/// What the sender needs: the vault (addresses, on record), the mailer and the words.
#[derive(Clone)]
pub struct NoticeSender {
    pub vault: Vault,
    pub mailer: Mailer,
    pub organisation: Arc<Organisation>,
    pub public_base: String,
}

/// What one round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Round {
    pub mailed: usize,
    pub failed: usize,
}

impl NoticeSender {
    /// Spawns the loop: a round now, then whenever woken, and at least every 30 s.
    pub fn start(self, wake: Wake) {
        tokio::spawn(async move {
            loop {
                match self.round().await {
                    Ok(round) if round.mailed + round.failed > 0 => {
                        tracing::info!(
                            mailed = round.mailed,
                            failed = round.failed,
                            "breach notice e-mails sent"
                        );
                    }
                    Ok(_) => {}
                    Err(error) => tracing::error!(error = %error, "breach notice round failed"),
                }
                let _ = tokio::time::timeout(IDLE, wake.0.notified()).await;
            }
        });
    }

    /// Sends what is waiting of every notice being sent, and marks a notice sent when
    /// nothing is left. Stops a notice's round at the first e-mail the mail server
    /// refuses (its claim is given back), to try again in the next round.
    pub async fn round(&self) -> anyhow::Result<Round> {
        let store = self.vault.store.as_ref();
        let mut round = Round::default();
        for notice in store.notices_sending().await? {
            let Some(message) = breach_notice::message_of(store, &self.vault.keys, notice).await?
            else {
                continue;
            };
            let reference = self.reference_of(notice).await?;
            loop {
                let claimed = store
                    .claim_notice_mail(notice, BATCH, OffsetDateTime::now_utc())
                    .await?;
                if claimed.is_empty() {
                    break;
                }
                let results: Vec<(Uuid, bool)> = futures_util::stream::iter(claimed)
                    .map(|customer| {
                        let message = &message;
                        let reference = &reference;
                        async move {
                            let sent = self.mail_one(notice, customer, message, reference).await;
                            if let Err(error) = &sent {
                                tracing::warn!(error = %error, "a breach notice e-mail was not sent");
                            }
                            (customer, sent.is_ok())
                        }
                    })
                    .buffer_unordered(AT_ONCE)
                    .collect()
                    .await;
                let mailed: Vec<Uuid> = results.iter().filter(|r| r.1).map(|r| r.0).collect();
                let failed: Vec<Uuid> = results.iter().filter(|r| !r.1).map(|r| r.0).collect();
                store
                    .mark_notice_mailed(notice, &mailed, OffsetDateTime::now_utc())
                    .await?;
                round.mailed += mailed.len();
                if !failed.is_empty() {
                    store.release_notice_mail(notice, &failed).await?;
                    round.failed += failed.len();
                    break;
                }
                tokio::task::yield_now().await;
            }
            store
                .finish_notice(notice, OffsetDateTime::now_utc())
                .await?;
        }
        Ok(round)
    }

    async fn reference_of(&self, notice: Uuid) -> anyhow::Result<String> {
        let store = self.vault.store.as_ref();
        let row = store
            .notice(notice)
            .await?
            .ok_or_else(|| anyhow::anyhow!("notice {notice} is gone"))?;
        Ok(store
            .breach_by_id(row.breach_id)
            .await?
            .map(|b| b.reference)
            .unwrap_or_default())
    }

    /// One customer's e-mail, in the language on their profile. An erased customer has
    /// no address any more: nothing to send, and nothing failed.
    async fn mail_one(
        &self,
        notice: Uuid,
        customer: Uuid,
        message: &NoticeMessage,
        reference: &str,
    ) -> anyhow::Result<()> {
        let access = Access {
            reason: Some(reference.to_string()),
            ..Access::by(Actor::system("notice-sender"))
        };
        let Some(CustomerAddress { email, language }) =
            self.vault.notice_address(customer, &access).await?
        else {
            return Ok(());
        };
        let mail = self.compose(notice, message, language, email);
        self.mailer.send(&mail, language).await
    }

    /// The e-mail: the whole notice, whom to ask, and the link to it in the portal.
    pub fn compose(
        &self,
        notice: Uuid,
        message: &NoticeMessage,
        lang: Lang,
        to: String,
    ) -> Message {
        let text = message.text(lang);
        let link = format!(
            "{}{}",
            self.public_base,
            paths::account_notice(&notice.to_string())
        );
        let officer = &self.organisation.privacy_officer;
        let when = moment_in_words(
            lang,
            &self.organisation.time_zone,
            OffsetDateTime::now_utc(),
        );
        let args: [(&'static str, &str); 10] = [
            ("organisation", &self.organisation.name),
            ("what_happened", &text.what_happened),
            ("which_data", &text.which_data),
            ("consequences", &text.consequences),
            ("what_we_did", &text.what_we_did),
            ("what_you_can_do", &text.what_you_can_do),
            ("officer_email", &officer.email),
            ("officer_phone", &officer.phone),
            ("link", &link),
            ("when", &when),
        ];
        Message {
            to,
            subject: t_args(lang, "breach-notice-email-subject", &args),
            text: t_args(lang, "breach-notice-email-body", &args),
        }
    }
}

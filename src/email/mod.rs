//! Outgoing e-mail. With `email.smtp_url` set, messages go out over SMTP; without it, to a
//! file outbox in the data directory (one `.eml` file each), so that activation works on a
//! fresh machine.

mod message;
mod outbox;
mod smtp;

pub use message::Message;
pub use outbox::Outbox;
pub use smtp::Smtp;

use crate::i18n::Lang;

/// Where the portal's e-mail goes.
#[derive(Clone)]
pub enum Mailer {
    Outbox(Outbox),
    Smtp(Smtp),
}

impl Mailer {
    /// SMTP when a URL is configured, else the file outbox.
    pub fn from_settings(settings: &crate::config::Settings) -> anyhow::Result<Self> {
        Ok(match &settings.email.smtp_url {
            Some(url) => Mailer::Smtp(Smtp::new(url, &settings.email.from)?),
            None => Mailer::Outbox(Outbox::new(
                settings.outbox_dir(),
                settings.email.from.clone(),
            )),
        })
    }

    pub async fn send(&self, message: &Message, lang: Lang) -> anyhow::Result<()> {
        match self {
            Mailer::Outbox(outbox) => outbox.send(message, lang.code()).await.map(|_| ()),
            Mailer::Smtp(smtp) => smtp.send(message, lang.code()).await,
        }
    }
}

//! Delivery over SMTP with lettre, when `email.smtp_url` is set: for example
//! `smtps://user:password@mail.example.org` (TLS from the start, port 465) or
//! `smtp://mail.example.org:587?tls=required` (STARTTLS). The message goes as
//! `multipart/alternative`: the plain text and its simple HTML version.

use anyhow::Context;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};

use super::Message;

#[derive(Clone)]
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Smtp {
    /// Checks the URL and the sender at start-up; nothing is sent yet.
    pub fn new(url: &SecretString, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
            .context("email.smtp_url is not a valid smtp:// or smtps:// URL")?
            .build();
        let from = from
            .parse()
            .with_context(|| format!("email.from is not an address: {from}"))?;
        Ok(Self { transport, from })
    }

    pub async fn send(&self, message: &Message, lang: &str) -> anyhow::Result<()> {
        let email = lettre::Message::builder()
            .from(self.from.clone())
            .to(message
                .to
                .parse()
                .context("the recipient is not an e-mail address")?)
            .subject(&message.subject)
            .multipart(MultiPart::alternative_plain_html(
                message.text.clone(),
                message.html(lang),
            ))?;
        self.transport.send(email).await?;
        Ok(())
    }
}

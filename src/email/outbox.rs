//! The file outbox: each message an RFC 5322 `.eml` file that any mail program opens.

use std::path::PathBuf;

use anyhow::Context;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc2822;
use uuid::Uuid;

/// One plain-text message.
#[derive(Debug, Clone)]
pub struct Message {
    pub to: String,
    pub subject: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Outbox {
    dir: PathBuf,
    from: String,
}

impl Outbox {
    pub fn new(dir: PathBuf, from: String) -> Self {
        Self { dir, from }
    }

    pub fn dir(&self) -> &PathBuf {
        &self.dir
    }

    /// Writes the message; the file name starts with the time, so the newest sorts last.
    /// The outbox holds personal data (addresses, names): it lives in the data directory,
    /// readable by the portal's user only.
    pub async fn send(&self, message: &Message) -> anyhow::Result<PathBuf> {
        tokio::fs::create_dir_all(&self.dir)
            .await
            .with_context(|| format!("could not create the outbox {}", self.dir.display()))?;
        let now = OffsetDateTime::now_utc();
        let id = Uuid::new_v4().simple();
        let path = self
            .dir
            .join(format!("{}-{id}.eml", now.unix_timestamp_nanos()));
        let eml = format!(
            "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: <{id}@inzage>\r\n\
             MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n",
            from = self.from,
            to = message.to,
            subject = message.subject,
            date = now.format(&Rfc2822)?,
            body = message.text.replace('\n', "\r\n"),
        );
        let mut options = tokio::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o600);
        use tokio::io::AsyncWriteExt;
        let mut file = options.open(&path).await?;
        file.write_all(eml.as_bytes()).await?;
        file.sync_all().await?;
        Ok(path)
    }
}

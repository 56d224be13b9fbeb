//! The file outbox: each message an RFC 5322 `.eml` file (plain text and HTML as
//! `multipart/alternative`) that any mail program opens. The parts are written as 8-bit
//! UTF-8, so the text can also be read with a text editor, and by the tests.

use std::path::PathBuf;

use anyhow::Context;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc2822;
use uuid::Uuid;

use super::Message;

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
    pub async fn send(&self, message: &Message, lang: &str) -> anyhow::Result<PathBuf> {
        tokio::fs::create_dir_all(&self.dir)
            .await
            .with_context(|| format!("could not create the outbox {}", self.dir.display()))?;
        let now = OffsetDateTime::now_utc();
        let id = Uuid::new_v4().simple();
        let name = format!("{}-{id}", now.unix_timestamp_nanos());
        let path = self.dir.join(format!("{name}.eml"));
        // Written under a hidden name and renamed when complete, so whoever reads the
        // outbox (a person, a mail program, a test) never sees half a message.
        let partial = self.dir.join(format!(".{name}.partial"));
        let boundary = format!("inzage-{id}");
        let crlf = |text: &str| text.replace("\r\n", "\n").replace('\n', "\r\n");
        let eml = format!(
            "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n\
             Message-ID: <{id}@inzage>\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n\
             --{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\
             Content-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n\
             --{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\
             Content-Transfer-Encoding: 8bit\r\n\r\n{html}\r\n--{boundary}--\r\n",
            from = self.from,
            to = message.to,
            subject = message.subject,
            date = now.format(&Rfc2822)?,
            text = crlf(&message.text),
            html = crlf(&message.html(lang)),
        );
        let mut options = tokio::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o600);
        use tokio::io::AsyncWriteExt;
        let mut file = options.open(&partial).await?;
        file.write_all(eml.as_bytes()).await?;
        file.sync_all().await?;
        tokio::fs::rename(&partial, &path).await?;
        Ok(path)
    }
}

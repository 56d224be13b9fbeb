//! The last run of the accessibility suite (a11y/), as the accessibility statement reports
//! it: read from the suite's JSON report, never typed by hand.

use std::path::Path;

use serde::Deserialize;
use time::OffsetDateTime;

/// What the statement says about the last test run.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TestRun {
    #[serde(with = "time::serde::rfc3339")]
    pub date: OffsetDateTime,
    pub axe_version: String,
    pub chromium_version: String,
    pub summary: Summary,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Summary {
    pub combinations: u64,
    pub passed: u64,
    pub failed: u64,
}

/// The two forms of the WCAG-EM report the suite writes beside its report.json.
#[derive(Debug, Clone, Copy)]
pub enum WcagEm {
    Markdown,
    JsonLd,
}

impl WcagEm {
    fn file_name(self) -> &'static str {
        match self {
            WcagEm::Markdown => "wcag-em.md",
            WcagEm::JsonLd => "wcag-em.json",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            // Plain text, so that every browser shows it rather than downloading it.
            WcagEm::Markdown => "text/plain; charset=utf-8",
            WcagEm::JsonLd => "application/ld+json",
        }
    }
}

/// The WCAG-EM report of the last run, if the suite has written one here.
pub async fn wcag_em(report: &Path, form: WcagEm) -> Option<Vec<u8>> {
    tokio::fs::read(report.with_file_name(form.file_name()))
        .await
        .ok()
}

/// Whether the suite has written a WCAG-EM report here.
pub async fn has_wcag_em(report: &Path) -> bool {
    tokio::fs::try_exists(report.with_file_name(WcagEm::Markdown.file_name()))
        .await
        .unwrap_or(false)
}

/// Reads the report; `None` when the suite has not run here (or the file is unreadable).
pub async fn last_run(path: &Path) -> Option<TestRun> {
    let text = tokio::fs::read_to_string(path).await.ok()?;
    match serde_json::from_str(&text) {
        Ok(run) => Some(run),
        Err(error) => {
            tracing::warn!(error = %error, "the accessibility report could not be read");
            None
        }
    }
}

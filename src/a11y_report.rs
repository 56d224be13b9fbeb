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

/// The outcome per WCAG success criterion, from the WCAG-EM report (`wcag-em.json`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Criteria {
    pub passed: usize,
    /// The failed criteria by number and (English) name: "1.4.3 Contrast (Minimum)".
    pub failed: Vec<String>,
    /// Criteria a test cannot decide, or that no check covers: a person must look.
    pub to_check: usize,
    /// Criteria about content the portal does not have (video, for instance).
    pub not_present: usize,
}

impl Criteria {
    pub fn total(&self) -> usize {
        self.passed + self.failed.len() + self.to_check + self.not_present
    }
}

/// How far the portal meets the standard, in the terms of the Dutch model statement
/// (digitoegankelijk.nl): decided by the last run, never typed by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every criterion passed or does not apply.
    Compliant,
    /// Something failed, or a person still has to check part of it.
    PartiallyCompliant,
    /// No test has run here: no insight.
    NoInsight,
}

/// The status that `run` and `criteria` give.
pub fn status(run: Option<&TestRun>, criteria: Option<&Criteria>) -> Status {
    match (run, criteria) {
        (None, _) => Status::NoInsight,
        (Some(run), Some(c))
            if run.summary.failed == 0 && c.failed.is_empty() && c.to_check == 0 =>
        {
            Status::Compliant
        }
        (Some(_), _) => Status::PartiallyCompliant,
    }
}

/// The criteria of the last run's WCAG-EM report; `None` when there is none.
pub async fn criteria(report: &Path) -> Option<Criteria> {
    let bytes = wcag_em(report, WcagEm::JsonLd).await?;
    let json: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(json) => json,
        Err(error) => {
            tracing::warn!(error = %error, "the WCAG-EM report could not be read");
            return None;
        }
    };
    let assertions = json.get("auditSample")?.as_array()?;
    let mut criteria = Criteria::default();
    for assertion in assertions {
        let outcome = assertion
            .pointer("/result/outcome/id")
            .and_then(|v| v.as_str());
        let title = assertion.pointer("/test/title").and_then(|v| v.as_str());
        match outcome {
            Some("earl:passed") => criteria.passed += 1,
            Some("earl:failed") => criteria.failed.push(title.unwrap_or_default().to_string()),
            Some("earl:inapplicable") => criteria.not_present += 1,
            _ => criteria.to_check += 1,
        }
    }
    Some(criteria)
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

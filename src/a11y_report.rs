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

//! The binary refuses a bad configuration with one line that names the key.

use std::process::Command;

fn inzage(envs: &[(&str, &str)]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_inzage"));
    command.arg("migrate").current_dir(dir.path()).env_clear();
    for (key, value) in envs {
        command.env(key, value);
    }
    command.output().unwrap()
}

#[test]
fn a_bad_environment_value_stops_start_up_naming_the_key() {
    for (key, value, named) in [
        ("INZAGE_HTTP__PORT", "eighty", "http.port"),
        (
            "INZAGE_ORGANISATION__PRIVACY_OFFICER__EMAIL",
            "nobody",
            "organisation.privacy_officer.email",
        ),
        ("INZAGE_DATABASE__URL", "mysql://x", "database.url"),
        (
            "INZAGE_RETENTION__INTERVAL_HOURS",
            "-1",
            "retention.interval_hours",
        ),
        (
            "INZAGE_RETENTION__BACKUP_DAYS",
            "0",
            "retention.backup_days",
        ),
        (
            "INZAGE_ORGANISATION__CUSTOMER_SERVICE_EMAIL_REPLY_DAYS",
            "0",
            "organisation.customer_service_email_reply_days",
        ),
        (
            "INZAGE_ORGANISATION__CUSTOMER_SERVICE_CALL_CENTS_PER_MINUTE",
            "ten",
            "organisation.customer_service_call_cents_per_minute",
        ),
        (
            "INZAGE_ORGANISATION__ACCESSIBILITY_COMPLAINTS_URL",
            "not a url",
            "organisation.accessibility_complaints_url",
        ),
    ] {
        let output = inzage(&[(key, value)]);
        assert_eq!(output.status.code(), Some(2), "{key}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.trim().lines().count(), 1, "{key}: {stderr}");
        assert!(stderr.contains(named), "{key}: {stderr}");
    }
}

#[test]
fn a_configuration_file_is_read_and_the_environment_wins() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("inzage.toml");
    std::fs::write(&file, "[http]\nport = \"not a port\"\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_inzage"))
        .args(["--config", file.to_str().unwrap(), "migrate"])
        .current_dir(dir.path())
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("http.port"));

    std::fs::write(&file, "data_dir = \"elsewhere\"\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_inzage"))
        .args(["--config", file.to_str().unwrap(), "migrate"])
        .current_dir(dir.path())
        .env_clear()
        .env("INZAGE_DATA_DIR", "from-env")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        dir.path().join("from-env/inzage.db").exists(),
        "the environment wins over the file"
    );
    assert!(!dir.path().join("elsewhere").exists());
}

#[test]
fn with_no_configuration_the_database_is_a_file_under_data() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_inzage"))
        .arg("migrate")
        .current_dir(dir.path())
        .env_clear()
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(dir.path().join("data/inzage.db").exists());
}

//! Starting on a database that takes no writes stops with one line that names the file
//! and says what to do, not with SQLite's "attempt to write a readonly database".

#[test]
fn a_read_only_database_is_named_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let run = |url: Option<&str>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_inzage"));
        command
            .arg("migrate")
            .current_dir(dir.path())
            .env_clear()
            .env("INZAGE_DATA_DIR", dir.path());
        if let Some(url) = url {
            command.env("INZAGE_DATABASE__URL", url);
        }
        command.output().unwrap()
    };
    assert!(run(None).status.success(), "the database is made");
    let file = dir.path().join("inzage.db");
    // Opened read-only the way a read-only file or mount would be: root in CI can write
    // to any file whatever its permissions, so the URL does it.
    let output = run(Some(&format!("sqlite://{}?mode=ro", file.display())));
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr.lines().last().unwrap_or_default();
    assert!(
        line.contains(&format!(
            "the SQLite database {} is read-only",
            file.display()
        )),
        "{stderr}"
    );
    assert!(
        line.contains("let the user running inzage write to it"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("attempt to write a readonly database"),
        "{stderr}"
    );
}

//! The two migration folders stay in step, and migrating twice changes nothing.

use std::fs;

fn versions(folder: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(format!("migrations/{folder}"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn sqlite_and_postgres_list_the_same_migrations() {
    let (sqlite, postgres) = (versions("sqlite"), versions("postgres"));
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, postgres, "same versions and names in both folders");
}

crate::on_both_backends! {
    async fn migrating_again_is_a_no_op(app: TestApp) {
        app.store.put_setting("marker", "kept").await.unwrap();
        app.store.migrate().await.unwrap();
        app.store.migrate().await.unwrap();
        assert_eq!(app.store.setting("marker").await.unwrap().as_deref(), Some("kept"));
    }
}

crate::on_both_backends! {
    async fn an_edited_old_migration_stops_start_up_loudly(app: TestApp) {
        // As if the file of an applied migration had been edited afterwards.
        app.raw().await.execute("UPDATE _sqlx_migrations SET checksum = substr(checksum, 2, 8) WHERE version = 20261124000001").await;
        let error = app.store.migrate().await.unwrap_err();
        assert!(format!("{error:#}").contains("previously applied but has been modified"), "{error:#}");
    }
}

//! The real binary, run as an operator would.

use sqlx::Connection;
use std::path::PathBuf;
use std::process::{Command, Output};
use store::testing::TestDb;

fn bin(db_url: &str, dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_safesocial"))
        .args(args)
        .arg("--database")
        .arg(db_url)
        .env("SAFESOCIAL_DATA_DIR", dir)
        .env_remove("DATABASE_URL")
        .output()
        .expect("run safesocial")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn workdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("safesocial_cli_{name}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

async fn raw(url: &str, sql: &str) {
    if url.starts_with("sqlite://") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::query(sql).execute(&mut c).await.unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::query(sql).execute(&mut c).await.unwrap();
    }
}

#[tokio::test]
async fn import_verify_and_tamper_on_every_backend() {
    for db in TestDb::all().await {
        let backend = db.store.backend();
        eprintln!("cli on {}", backend.name());
        let dir = workdir(backend.name());
        let url = db.url.clone();
        let o = bin(&url, &dir, &["org", "create", "--kind", "local-authority", "--name", "Test LA"]);
        assert!(o.status.success(), "{}", text(&o));
        let o = bin(
            &url,
            &dir,
            &["org", "create", "--kind", "school", "--name", "Test School", "--parent", "Test LA"],
        );
        assert!(o.status.success(), "{}", text(&o));

        let bad = dir.join("bad.csv");
        std::fs::write(&bad, "first_name,last_name,email,role,employment_type\nAnn,Jones,ann@t.sch.uk,staff,employee\nBob,,bob@t.sch.uk,staff,employee\nCat,Lee,cat@t.sch.uk,caretaker,volunteer\n").unwrap();
        let o = bin(&url, &dir, &["import", "staff", bad.to_str().unwrap(), "--school", "Test School"]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        let out = text(&o);
        assert!(out.contains("bad.csv:3: last_name is required"), "{out}");
        assert!(out.contains("bad.csv:4: unknown role 'caretaker'"), "{out}");
        assert!(out.contains("Nothing was imported"));
        assert!(db.store.find_user_by_email("ann@t.sch.uk").await.unwrap().is_none(), "nothing written");

        let o = bin(
            &url,
            &dir,
            &["import", "staff", bad.to_str().unwrap(), "--school", "Test School", "--skip-invalid"],
        );
        assert!(o.status.success(), "{}", text(&o));
        assert!(text(&o).contains("1 new people"), "{}", text(&o));
        assert!(db.store.find_user_by_email("ann@t.sch.uk").await.unwrap().is_some());

        let o = bin(&url, &dir, &["import", "staff", bad.to_str().unwrap(), "--school", "No Such School"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(text(&o).contains("no organisation has the id or name 'No Such School'"));

        let o = bin(&url, &dir, &["audit", "verify"]);
        assert!(o.status.success(), "{}", text(&o));
        assert!(text(&o).contains("no breaks"), "{}", text(&o));

        // Tamper with one event through raw SQL, past the append-only trigger.
        let drop_guard = match backend {
            store::Backend::Sqlite => "DROP TRIGGER audit_events_no_update",
            store::Backend::Postgres => "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update",
        };
        raw(&url, drop_guard).await;
        raw(
            &url,
            "UPDATE audit_events SET action = 'person.deleted' WHERE id = (SELECT MAX(id) FROM audit_events)",
        )
        .await;
        let o = bin(&url, &dir, &["audit", "verify", "--format", "json"]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert!(report["first_break"]["problem"].as_str().unwrap().contains("altered"), "{report}");
        assert!(report["first_break"]["event_id"].as_i64().unwrap() > 0);
        let _ = std::fs::remove_dir_all(&dir);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn backup_and_restore_sqlite() {
    let db = TestDb::sqlite().await;
    let dir = workdir("backup");
    let url = db.url.clone();
    let o = bin(&url, &dir, &["org", "create", "--kind", "school", "--name", "Standalone School"]);
    assert!(o.status.success(), "{}", text(&o));
    let backup = dir.join("backup.db");
    let o = bin(&url, &dir, &["backup", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    let o = bin(&url, &dir, &["backup", backup.to_str().unwrap()]);
    assert!(!o.status.success(), "refuses to overwrite a backup");
    // Restore into a new location and check it holds the school and a sound audit log.
    let target = dir.join("restored.db");
    let target_url = format!("sqlite://{}", target.display());
    let o = bin(&target_url, &dir, &["restore", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("audit events verified"));
    let o = bin(&target_url, &dir, &["restore", backup.to_str().unwrap()]);
    assert!(!o.status.success(), "needs --force to replace");
    let restored = store::open(&target_url).await.unwrap();
    assert!(restored.list_orgs().await.unwrap().iter().any(|o| o.name == "Standalone School"));
    restored.close().await;
    let junk = dir.join("junk.db");
    std::fs::write(&junk, "not a database").unwrap();
    let o =
        bin(&format!("sqlite://{}", dir.join("x.db").display()), &dir, &["restore", junk.to_str().unwrap()]);
    assert!(!o.status.success());
    let _ = std::fs::remove_dir_all(&dir);
    db.cleanup().await;
}

#[test]
fn bad_database_url_is_named() {
    let dir = workdir("badurl");
    let o = bin("mysql://x", &dir, &["migrate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("should start with sqlite:// or postgres://"), "{}", text(&o));
}

//! Test databases for the conformance suite and the other crates' tests.
//!
//! SQLite: a fresh file in the system temp directory. PostgreSQL: a fresh database created on the
//! server named by `SAFESOCIAL_TEST_POSTGRES_URL` and dropped by [`TestDb::cleanup`]. Under
//! `CI=true` a missing PostgreSQL is a failure, never a skip.

use crate::{PgStore, SqliteStore, Store};
use sqlx::Connection;
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

pub struct TestDb {
    pub store: Box<dyn Store>,
    /// URL of this test's own database (for raw-SQL tampering in tests).
    pub url: String,
    admin_url: Option<String>,
    db_name: Option<String>,
    file: Option<std::path::PathBuf>,
}

fn unique(prefix: &str) -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{prefix}_{}_{}_{}", std::process::id(), n, nanos)
}

pub fn in_ci() -> bool {
    std::env::var("CI").map(|v| v == "true" || v == "1").unwrap_or(false)
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let path = std::env::temp_dir().join(format!("{}.db", unique("safesocial_test")));
        let p = path.to_string_lossy().into_owned();
        let store = SqliteStore::open(&p).await.expect("open test sqlite");
        store.migrate().await.expect("migrate test sqlite");
        TestDb {
            store: Box::new(store),
            url: format!("sqlite://{p}"),
            admin_url: None,
            db_name: None,
            file: Some(path),
        }
    }

    /// A fresh PostgreSQL database, or `None` (with a message) when none is configured outside CI.
    pub async fn postgres() -> Option<TestDb> {
        let admin = match std::env::var("SAFESOCIAL_TEST_POSTGRES_URL") {
            Ok(u) if !u.is_empty() => u,
            _ => {
                if in_ci() {
                    panic!("CI=true but SAFESOCIAL_TEST_POSTGRES_URL is not set: PostgreSQL tests must run in CI");
                }
                eprintln!("skipping PostgreSQL: set SAFESOCIAL_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run it");
                return None;
            }
        };
        let name = unique("safesocial_test");
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {}: {e}", crate::redact_url(&admin)));
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .expect("create test database");
        conn.close().await.ok();
        let url = match admin.rfind('/') {
            Some(i) if admin[..i].contains("://") && i > admin.find("://").unwrap_or(0) + 2 => {
                let (base, rest) = admin.split_at(i);
                let query = rest.find('?').map(|q| &rest[q..]).unwrap_or("");
                format!("{base}/{name}{query}")
            }
            _ => format!("{admin}/{name}"),
        };
        let store = PgStore::open(&url).await.expect("open test postgres");
        store.migrate().await.expect("migrate test postgres");
        Some(TestDb { store: Box::new(store), url, admin_url: Some(admin), db_name: Some(name), file: None })
    }

    /// Both backends this machine can run: SQLite always, PostgreSQL when configured.
    pub async fn all() -> Vec<TestDb> {
        let mut v = vec![TestDb::sqlite().await];
        if let Some(pg) = TestDb::postgres().await {
            v.push(pg);
        }
        v
    }

    pub async fn cleanup(self) {
        self.store.close().await;
        if let (Some(admin), Some(name)) = (self.admin_url, self.db_name) {
            if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut conn)
                    .await;
                let _ = conn.close().await;
            }
        }
        if let Some(f) = self.file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
            }
        }
    }
}

//! SQLite: WAL, one writer connection, write transactions begun IMMEDIATE, a pool of readers.

use crate::common::impl_store;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::Sqlite;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_foundation", include_str!("../migrations/sqlite/0001_foundation.sql")),
    ("0002_check_context", include_str!("../migrations/sqlite/0002_check_context.sql")),
    ("0003_policies", include_str!("../migrations/sqlite/0003_policies.sql")),
    ("0004_reminders", include_str!("../migrations/sqlite/0004_reminders.sql")),
    ("0005_training", include_str!("../migrations/sqlite/0005_training.sql")),
    ("0006_reviews", include_str!("../migrations/sqlite/0006_reviews.sql")),
    ("0007_course_required", include_str!("../migrations/sqlite/0007_course_required.sql")),
    ("0008_education", include_str!("../migrations/sqlite/0008_education.sql")),
    ("0009_training_sessions", include_str!("../migrations/sqlite/0009_training_sessions.sql")),
    ("0010_induction_and_links", include_str!("../migrations/sqlite/0010_induction_and_links.sql")),
];

pub struct SqliteStore {
    write: SqlitePool,
    read: SqlitePool,
    path: String,
}

/// SQLite has no time type: instants are fixed-width UTC text, so they sort and compare as text.
mod ts {
    use crate::{Result, StoreError};
    use sqlx::sqlite::SqliteRow;
    use sqlx::Row;
    use time::format_description::FormatItem;
    use time::macros::format_description;
    use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

    const FORMAT: &[FormatItem<'static>] =
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

    pub fn enc(t: OffsetDateTime) -> String {
        let t = t.to_offset(UtcOffset::UTC);
        t.format(FORMAT).unwrap_or_else(|_| t.to_string())
    }

    fn parse(s: &str) -> Result<OffsetDateTime> {
        PrimitiveDateTime::parse(s, FORMAT)
            .map(|p| p.assume_utc())
            .map_err(|e| StoreError::Corrupt { what: "timestamp", why: format!("{s}: {e}") })
    }

    pub fn get(r: &SqliteRow, col: &str) -> Result<OffsetDateTime> {
        let s: String = r.try_get(col)?;
        parse(&s)
    }

    pub fn get_opt(r: &SqliteRow, col: &str) -> Result<Option<OffsetDateTime>> {
        let s: Option<String> = r.try_get(col)?;
        s.as_deref().map(parse).transpose()
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database file at `path`. `:memory:` is refused: the writer
    /// and the readers would each see a different empty database.
    pub async fn open(path: &str) -> crate::Result<Self> {
        if path.is_empty() || path.contains(":memory:") {
            return Err(crate::StoreError::BadUrl(
                "give a file path, e.g. sqlite://data/safesocial.db".into(),
            ));
        }
        if let Some(dir) = Path::new(path).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir).map_err(|e| {
                    crate::StoreError::BadUrl(format!("cannot create {}: {e}", dir.display()))
                })?;
            }
        }
        let base = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))
            .map_err(|e| crate::StoreError::BadUrl(e.to_string()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let write = SqlitePoolOptions::new().max_connections(1).connect_with(base.clone()).await?;
        let read = SqlitePoolOptions::new().max_connections(4).connect_with(base.read_only(true)).await?;
        Ok(SqliteStore { write, read, path: path.to_owned() })
    }

    async fn begin_write(&self) -> crate::Result<sqlx::Transaction<'static, Sqlite>> {
        Ok(self.write.begin_with("BEGIN IMMEDIATE").await?)
    }

    pub fn path(&self) -> &str {
        &self.path
    }
}

fn logical_type(declared: &str) -> &'static str {
    match declared.to_ascii_uppercase().as_str() {
        "INTEGER" => "integer",
        "TEXT" => "text",
        "BOOLEAN" => "boolean",
        "TIMESTAMP" => "timestamp",
        "BLOB" => "bytes",
        _ => "unknown",
    }
}

impl_store!(SqliteStore, Sqlite, SqliteRow, ts, {
    fn backend(&self) -> crate::Backend {
        crate::Backend::Sqlite
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.read).await?;
        Ok(())
    }

    async fn migrate(&self) -> Result<Vec<String>> {
        run_migrations(self, MIGRATIONS).await
    }

    async fn logical_schema(&self) -> Result<BTreeMap<String, Vec<LogicalColumn>>> {
        let tables = sqlx::query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .fetch_all(&self.read)
        .await?;
        let mut out = BTreeMap::new();
        for t in tables {
            let name: String = t.try_get("name")?;
            let cols =
                sqlx::query(&format!("SELECT name, type, \"notnull\", pk FROM pragma_table_info('{name}')"))
                    .fetch_all(&self.read)
                    .await?;
            let mut list = Vec::new();
            for c in cols {
                let declared: String = c.try_get("type")?;
                let notnull: i64 = c.try_get("notnull")?;
                let pk: i64 = c.try_get("pk")?;
                list.push(LogicalColumn {
                    name: c.try_get("name")?,
                    logical_type: logical_type(&declared),
                    nullable: notnull == 0 && pk == 0,
                });
            }
            list.sort();
            out.insert(name, list);
        }
        Ok(out)
    }

    async fn backup_to(&self, path: &std::path::Path) -> Result<()> {
        let target = path.to_str().ok_or(StoreError::Unsupported("the backup path must be valid UTF-8"))?;
        if path.exists() {
            return Err(StoreError::Conflict(format!(
                "{} exists already; choose a new file name",
                path.display()
            )));
        }
        sqlx::query("VACUUM INTO $1").bind(target).execute(&self.write).await?;
        Ok(())
    }

    async fn close(&self) {
        self.write.close().await;
        self.read.close().await;
    }
});

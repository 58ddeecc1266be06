//! PostgreSQL: for trusts and local authorities running many schools and several instances.

use crate::common::impl_store;
use sqlx::postgres::{PgPool, PgPoolOptions, PgRow};
use sqlx::Postgres;
use std::time::Duration;

const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_foundation", include_str!("../migrations/postgres/0001_foundation.sql")),
    ("0002_check_context", include_str!("../migrations/postgres/0002_check_context.sql")),
    ("0003_policies", include_str!("../migrations/postgres/0003_policies.sql")),
    ("0004_reminders", include_str!("../migrations/postgres/0004_reminders.sql")),
    ("0005_training", include_str!("../migrations/postgres/0005_training.sql")),
    ("0006_reviews", include_str!("../migrations/postgres/0006_reviews.sql")),
    ("0007_course_required", include_str!("../migrations/postgres/0007_course_required.sql")),
    ("0008_education", include_str!("../migrations/postgres/0008_education.sql")),
    ("0009_training_sessions", include_str!("../migrations/postgres/0009_training_sessions.sql")),
    ("0010_induction_and_links", include_str!("../migrations/postgres/0010_induction_and_links.sql")),
];

pub struct PgStore {
    write: PgPool,
    read: PgPool,
}

mod ts {
    use crate::Result;
    use sqlx::postgres::PgRow;
    use sqlx::Row;
    use time::OffsetDateTime;

    pub fn enc(t: OffsetDateTime) -> OffsetDateTime {
        t
    }

    pub fn get(r: &PgRow, col: &str) -> Result<OffsetDateTime> {
        Ok(r.try_get(col)?)
    }

    pub fn get_opt(r: &PgRow, col: &str) -> Result<Option<OffsetDateTime>> {
        Ok(r.try_get(col)?)
    }
}

impl PgStore {
    pub async fn open(url: &str) -> crate::Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await?;
        Ok(PgStore { write: pool.clone(), read: pool })
    }

    async fn begin_write(&self) -> crate::Result<sqlx::Transaction<'static, Postgres>> {
        Ok(self.write.begin().await?)
    }
}

fn logical_type(data_type: &str) -> &'static str {
    match data_type {
        "bigint" | "integer" => "integer",
        "text" => "text",
        "boolean" => "boolean",
        "timestamp with time zone" => "timestamp",
        "bytea" => "bytes",
        _ => "unknown",
    }
}

impl_store!(PgStore, Postgres, PgRow, ts, {
    fn backend(&self) -> crate::Backend {
        crate::Backend::Postgres
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.read).await?;
        Ok(())
    }

    async fn migrate(&self) -> Result<Vec<String>> {
        // One instance migrates at a time; the others wait on this lock.
        let mut conn = self.write.acquire().await?;
        sqlx::query("SELECT pg_advisory_lock(724201)").execute(&mut *conn).await?;
        let out = run_migrations(self, MIGRATIONS).await;
        sqlx::query("SELECT pg_advisory_unlock(724201)").execute(&mut *conn).await?;
        out
    }

    async fn logical_schema(&self) -> Result<BTreeMap<String, Vec<LogicalColumn>>> {
        let rows = sqlx::query(
            "SELECT c.table_name::text AS t, c.column_name::text AS c, c.data_type::text AS d, c.is_nullable::text AS n, \
             EXISTS (SELECT 1 FROM information_schema.key_column_usage k JOIN information_schema.table_constraints tc \
               ON tc.constraint_name = k.constraint_name AND tc.table_schema = k.table_schema \
               WHERE tc.constraint_type = 'PRIMARY KEY' AND k.table_schema = c.table_schema \
               AND k.table_name = c.table_name AND k.column_name = c.column_name) AS pk \
             FROM information_schema.columns c WHERE c.table_schema = current_schema() ORDER BY 1, 2",
        )
        .fetch_all(&self.read)
        .await?;
        let mut out: BTreeMap<String, Vec<LogicalColumn>> = BTreeMap::new();
        for r in rows {
            let table: String = r.try_get("t")?;
            let data_type: String = r.try_get("d")?;
            let nullable: String = r.try_get("n")?;
            let pk: bool = r.try_get("pk")?;
            out.entry(table).or_default().push(LogicalColumn {
                name: r.try_get("c")?,
                logical_type: logical_type(&data_type),
                nullable: nullable == "YES" && !pk,
            });
        }
        for cols in out.values_mut() {
            cols.sort();
        }
        Ok(out)
    }

    async fn backup_to(&self, _path: &std::path::Path) -> Result<()> {
        Err(StoreError::Unsupported(
            "back up PostgreSQL with pg_dump --format=custom (see the README); this command is for the embedded SQLite database",
        ))
    }

    async fn close(&self) {
        self.write.close().await;
    }
});

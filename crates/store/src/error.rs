use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{0}")]
    Conflict(String),
    #[error("the stored {what} is not valid: {why}")]
    Corrupt { what: &'static str, why: String },
    #[error("{0}")]
    Unsupported(&'static str),
    #[error("the database URL is not valid: {0}")]
    BadUrl(String),
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
    #[error("migration {name} failed: {source}")]
    Migration { name: String, source: sqlx::Error },
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e {
            if db.is_unique_violation() {
                return StoreError::Conflict("a record with the same key exists already".into());
            }
        }
        StoreError::Database(e)
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

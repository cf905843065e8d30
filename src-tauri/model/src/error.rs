//! The one error type of the core. It crosses the command boundary as a tagged
//! enum with stable codes, so the UI branches on `code`, never on message text; what it
//! says is a [`Sentence`] of the catalogue, put into words by whoever reads it (the window in
//! its language, the command line in its own).

use serde::Serialize;
use specta::Type;

use crate::sentence::Sentence;

/// What went wrong, typed: the app shows each kind its own way, the CLI prints it.
#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Type)]
// Named AppError in TypeScript, where `Error` is a global.
#[serde(rename = "AppError", tag = "code", rename_all = "camelCase")]
pub enum Error {
    /// Input that breaks a rule.
    #[error("{field}: {message}")]
    Validation {
        /// The input field, camelCase, as the UI names it.
        field: String,
        /// What is wrong, for a person.
        message: Sentence,
    },
    /// The record asked for is not in the plan.
    #[error("{entity} {id} was not found")]
    NotFound {
        /// The kind of record (`contentItem`).
        entity: String,
        /// Its id.
        id: String,
    },
    /// The request is well-formed but the plan's current state forbids it.
    #[error("{message}")]
    Conflict {
        /// What stands in the way, for a person.
        message: Sentence,
    },
    /// The database or file system failed.
    #[error("{message}")]
    Io {
        /// What failed, for a person.
        message: Sentence,
    },
    /// The plan file is not a readable plan (random bytes, cut short, corrupt); it was
    /// left as it is.
    #[error("{message}")]
    Damaged {
        /// What is wrong with it, for a person.
        message: Sentence,
        /// The copies found beside it, newest first.
        backups: Vec<String>,
    },
}

/// A result whose error is the core's typed [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Input that breaks a rule, on `field`.
    pub fn validation(field: impl Into<String>, message: impl Into<Sentence>) -> Self {
        Error::Validation { field: field.into(), message: message.into() }
    }

    /// The record `id` of kind `entity` is not in the plan.
    pub fn not_found(entity: impl Into<String>, id: impl ToString) -> Self {
        Error::NotFound { entity: entity.into(), id: id.to_string() }
    }

    /// The plan's state forbids the request.
    pub fn conflict(message: impl Into<Sentence>) -> Self {
        Error::Conflict { message: message.into() }
    }

    /// The database or the file system failed.
    pub fn io(message: impl Into<Sentence>) -> Self {
        Error::Io { message: message.into() }
    }

    /// The stable code, as the UI sees it.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Validation { .. } => "validation",
            Error::NotFound { .. } => "notFound",
            Error::Conflict { .. } => "conflict",
            Error::Io { .. } => "io",
            Error::Damaged { .. } => "damaged",
        }
    }
}

impl Error {
    /// The error as one sentence to name inside another, worded as its `Display` words it:
    /// a refused field named before what is wrong with it.
    pub fn as_sentence(&self) -> Sentence {
        match self {
            Error::Validation { field, message } => {
                Sentence::new("error-on-field").with("field", field).with("message", message.clone())
            }
            Error::NotFound { entity, id } => {
                Sentence::new("error-record-not-found").with("entity", entity).with("id", id)
            }
            Error::Conflict { message } | Error::Io { message } | Error::Damaged { message, .. } => message.clone(),
        }
    }
}

/// An error as the sentence a person reads (see [`Error::as_sentence`]).
impl From<Error> for Sentence {
    fn from(e: Error) -> Self {
        e.as_sentence()
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::io(Sentence::new("error-rules-file-system").with("reason", e.to_string()))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::io(Sentence::new("error-rules-journal-data").with("reason", e.to_string()))
    }
}

/// What a database error means for a person; the store turns this on.
#[cfg(feature = "sqlite")]
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        let said = |id: &str| Sentence::new(id).with("reason", e.to_string());
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) => Error::conflict(said("error-rules-plan-refused-change")),
            Some(rusqlite::ErrorCode::DiskFull | rusqlite::ErrorCode::SystemIoFailure) => {
                Error::io(said("error-rules-disk-full"))
            }
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::io(Sentence::new("error-rules-database-busy"))
            }
            _ if matches!(
                e,
                rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::InvalidColumnType(..)
            ) =>
            {
                Error::conflict(said("error-rules-row-unreadable"))
            }
            _ => Error::io(said("error-rules-database")),
        }
    }
}

//! The one error type of the core. It crosses the command boundary as a tagged
//! enum with stable codes, so the UI branches on `code`, never on message text.

use serde::Serialize;
use specta::Type;

#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Type)]
// Named AppError in TypeScript, where `Error` is a global.
#[serde(rename = "AppError", tag = "code", rename_all = "camelCase")]
pub enum Error {
    /// Input that breaks a rule; `field` names the input field (camelCase, as the UI names it).
    #[error("{field}: {message}")]
    Validation { field: String, message: String },
    #[error("{entity} {id} was not found")]
    NotFound { entity: String, id: String },
    /// The request is well-formed but the plan's current state forbids it.
    #[error("{message}")]
    Conflict { message: String },
    /// The database or file system failed.
    #[error("{message}")]
    Io { message: String },
    /// The plan file is not a readable plan (random bytes, cut short, corrupt); it was
    /// left as it is. `backups` are the copies found beside it, newest first.
    #[error("{message}")]
    Damaged { message: String, backups: Vec<String> },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Validation { field: field.into(), message: message.into() }
    }

    pub fn not_found(entity: impl Into<String>, id: impl ToString) -> Self {
        Error::NotFound { entity: entity.into(), id: id.to_string() }
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Error::Conflict { message: message.into() }
    }

    pub fn io(message: impl Into<String>) -> Self {
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

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::io(format!("file system: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::io(format!("journal data: {e}"))
    }
}

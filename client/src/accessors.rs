//! Accessors over the generated models whose variants share fields (a
//! command is a union by kind, each variant with its own typed `params`):
//! what every variant has, read without a `match`.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::models::{
    CommandKind, CommandPriority, CommandRecord, CommandState, ErrorBody, ErrorCode, VehicleCommand,
};

/// Expands to a `match` over the five command variants of `$union`,
/// binding `$field` in each.
macro_rules! each_kind {
    ($value:expr, $union:ident, $field:ident) => {
        match $value {
            $union::Dispatch { $field, .. }
            | $union::Cancel { $field, .. }
            | $union::EmergencyStop { $field, .. }
            | $union::Resume { $field, .. }
            | $union::Configure { $field, .. } => $field,
        }
    };
}

impl VehicleCommand {
    /// The id to acknowledge this command with.
    pub fn command_id(&self) -> Uuid {
        *each_kind!(self, VehicleCommand, command_id)
    }
}

impl CommandRecord {
    pub fn command_id(&self) -> Uuid {
        *each_kind!(self, CommandRecord, command_id)
    }

    pub fn kind(&self) -> CommandKind {
        match self {
            CommandRecord::Dispatch { .. } => CommandKind::Dispatch,
            CommandRecord::Cancel { .. } => CommandKind::Cancel,
            CommandRecord::EmergencyStop { .. } => CommandKind::EmergencyStop,
            CommandRecord::Resume { .. } => CommandKind::Resume,
            CommandRecord::Configure { .. } => CommandKind::Configure,
        }
    }

    pub fn status(&self) -> CommandState {
        *each_kind!(self, CommandRecord, status)
    }

    pub fn priority(&self) -> CommandPriority {
        *each_kind!(self, CommandRecord, priority)
    }

    /// Sends so far.
    pub fn attempts(&self) -> u64 {
        *each_kind!(self, CommandRecord, attempts)
    }

    /// The client that issued it.
    pub fn issued_by(&self) -> &str {
        each_kind!(self, CommandRecord, issued_by)
    }

    pub fn updated_at(&self) -> DateTime<Utc> {
        *each_kind!(self, CommandRecord, updated_at)
    }
}

/// Expands to `code()` and `message()` over the `ErrorBody` variants, one
/// per `ErrorCode` (the variants carry the codes' names).
macro_rules! error_body_accessors {
    ($($code:ident),* $(,)?) => {
        impl ErrorBody {
            /// The stable code; `match` on the body itself for its typed
            /// `details`.
            pub fn code(&self) -> ErrorCode {
                match self {
                    $(ErrorBody::$code { .. } => ErrorCode::$code,)*
                }
            }

            /// The human-readable explanation.
            pub fn message(&self) -> &str {
                match self {
                    $(ErrorBody::$code { message, .. } => message,)*
                }
            }
        }
    };
}

error_body_accessors!(
    ValidationFailed,
    MalformedJson,
    UnsupportedMediaType,
    InvalidTimestamp,
    InvalidStateTransition,
    InvalidPhaseTransition,
    UnknownErrorCode,
    InvalidCursor,
    InvalidQuery,
    Unauthorized,
    TokenExpired,
    InvalidCredentials,
    Forbidden,
    NotFound,
    VehicleNotFound,
    MethodNotAllowed,
    Conflict,
    CommandNotAllowed,
    PayloadTooLarge,
    RequestTimeout,
    RateLimited,
    InternalError,
    NotImplemented,
    DatabaseUnavailable,
    ServiceUnavailable,
);

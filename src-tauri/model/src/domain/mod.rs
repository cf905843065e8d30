//! What things are: the plan's entities, their drafts (what the UI sends) and
//! the checks that turn a draft into a record.

pub mod approval;
pub mod audit;
pub mod brand;
pub mod campaign;
pub mod change_message;
pub mod channel;
pub mod collaboration;
pub mod comment;
pub mod coverage;
pub mod decision_log;
pub mod hlc;
pub mod iso;
pub mod item;
pub mod key_date;
mod labels;
pub mod member;
pub mod message_fields;
pub mod objective;
pub mod partner;
pub mod pause;
pub mod plan_document;
pub mod plan_year;
pub mod request;
pub mod results;
pub mod series;
pub mod settings;
pub mod timing;
pub mod validate;

pub use approval::{Approval, ApprovalScope, Decision, Reapproval};
pub use brand::{Brand, BrandDraft};
pub use campaign::{Campaign, CampaignDraft, CampaignStatus};
pub use channel::{Channel, ChannelDraft, Platform};
pub use collaboration::{
    Collaboration, CollaborationDraft, CollaborationKind, CollaborationPartner, CollaborationPartnerDraft,
    PartnerStatus, StatusChange,
};
pub use comment::{Comment, Subject};
pub use coverage::{CoveragePeriod, CoverageRule, CoverageRuleDraft};
pub use decision_log::{LoggedDecision, LoggedDecisionDraft};
pub use item::{ContentItem, ItemDraft, ItemFormat, ItemStatus, ItemSummary};
pub use key_date::{BlackoutLevel, KeyDate, KeyDateCategory, KeyDateDraft};
pub use member::{Leave, LeaveDraft, Member, MemberDraft};
pub use objective::{GcsLevel, MetricKind, Objective, ObjectiveDraft};
pub use partner::{Contact, ContactDraft, Partner, PartnerDraft, PartnerGroup, PartnerGroupDraft, PartnerHandle};
pub use pause::{CrisisPause, HeldItem};
pub use plan_year::{PlanYear, PlanYearDraft};
pub use request::{Request, RequestDecision, RequestDraft};
pub use results::{
    metric_key, sum_metrics, MetricValue, Outcome, OutcomeDraft, OutcomeKind, PostLink, PostRef, PostResult, METRICS,
};
pub use series::{Series, SeriesStart};
pub use settings::{Settings, SettingsDraft, WeekStart};
pub use timing::{MoveTo, Reassign, Schedule, When};

use serde::{de::DeserializeOwned, Serialize};

/// The serde name of a unit enum value, as stored in a TEXT column.
pub fn enum_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => unreachable!("enum_name is only used on unit enums"),
    }
}

/// The unit enum value of a stored name (read straight from the text, no allocation:
/// the calendar reads three of these per item).
pub fn enum_from_name<T: DeserializeOwned>(name: &str) -> Option<T> {
    use serde::de::value::{Error, StrDeserializer};
    T::deserialize(StrDeserializer::<Error>::new(name)).ok()
}

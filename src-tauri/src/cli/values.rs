//! The command line's fixed choices (`--format sprout`, `--as key-dates`, …), each a
//! closed list clap checks and lists in `--help`.

use almanac_core::sample::Profile;
use clap::ValueEnum;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum HandoffArg {
    Hootsuite,
    Sprout,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CalendarKindArg {
    KeyDates,
    Blackouts,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CategoryArg {
    InternationalDay,
    Holiday,
    Awareness,
    Internal,
    Election,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LevelArg {
    NoPosting,
    NoNewCampaigns,
    Restricted,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OrientationArg {
    Landscape,
    Portrait,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GroupByArg {
    Objective,
    Channel,
    Brand,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ProfileArg {
    Agency,
    Archive,
}

impl From<ProfileArg> for Profile {
    fn from(p: ProfileArg) -> Self {
        match p {
            ProfileArg::Agency => Profile::Agency,
            ProfileArg::Archive => Profile::Archive,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MemberRoleArg {
    /// Pulls and pushes changes.
    Editor,
    /// Pulls changes only: the server refuses their writes.
    Viewer,
}

impl From<MemberRoleArg> for almanac_core::team::server::MemberRole {
    fn from(role: MemberRoleArg) -> Self {
        match role {
            MemberRoleArg::Editor => Self::Editor,
            MemberRoleArg::Viewer => Self::Viewer,
        }
    }
}

//! The command line's fixed choices (`--format sprout`, `--as key-dates`, …), each a
//! closed list clap checks and lists in `--help`, and the core's value each choice stands
//! for: one list per choice, so a choice and its meaning cannot drift apart.

use almanac_core::domain::{BlackoutLevel, KeyDateCategory};
use almanac_core::export::annual_plan::Orientation;
use almanac_core::export::handoff::HandoffFormat;
use almanac_core::import::calendar::CalendarImportKind;
use almanac_core::import::results::ResultsSource;
use almanac_core::sample::Profile;
use almanac_core::team::server::MemberRole;
use almanac_core::timeline::GroupBy;

/// A closed list of choices for clap, each the core's value of the same name.
macro_rules! choices {
    ($(#[$meta:meta])* $arg:ident => $core:ident { $($(#[$doc:meta])* $choice:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, clap::ValueEnum)]
        pub enum $arg {
            $($(#[$doc])* $choice),+
        }

        impl From<$arg> for $core {
            fn from(choice: $arg) -> Self {
                match choice {
                    $($arg::$choice => $core::$choice),+
                }
            }
        }
    };
}

choices!(
    /// The publishing tool a hand-off file is for.
    HandoffArg => HandoffFormat { Hootsuite, Sprout, Buffer, BufferFree }
);

choices!(
    /// What the events of an imported calendar become.
    CalendarKindArg => CalendarImportKind { KeyDates, Blackouts }
);

choices!(
    /// The category of imported key dates.
    CategoryArg => KeyDateCategory { InternationalDay, Holiday, Awareness, Internal, Election }
);

choices!(
    /// How strict an imported blackout is.
    LevelArg => BlackoutLevel { NoPosting, NoNewCampaigns, Restricted }
);

choices!(
    /// The annual plan's page.
    OrientationArg => Orientation { Landscape, Portrait }
);

choices!(
    /// What the annual plan's rows are.
    GroupByArg => GroupBy { Objective, Channel, Brand }
);

choices!(
    /// The sample plan's size.
    ProfileArg => Profile { Agency, Archive }
);

choices!(
    /// A team member's role on the server.
    MemberRoleArg => MemberRole { Editor, Viewer }
);

choices!(
    /// The exports `import results` reads.
    PlatformArg => ResultsSource {
        /// X's account analytics CSV.
        X,
        /// Meta Business Suite's Facebook or Instagram CSV.
        Meta,
        /// LinkedIn's page content export (XLS/XLSX).
        Linkedin,
        /// Any CSV or sheet with a date and metric columns.
        Csv,
    }
);

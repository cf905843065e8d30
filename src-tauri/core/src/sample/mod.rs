//! Sample plans: a realistic year (`agency`) or ten (`archive`) of a police
//! comms team, the same for the same seed. The first-run button, the CLI and the
//! benchmarks all use this generator.

mod build;
mod data;
mod partners;
mod requests;
pub mod results;
mod team;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::domain::{
    Brand, Campaign, Channel, Collaboration, ContentItem, CoverageRule, KeyDate, Member, Objective, Outcome, Partner,
    PartnerGroup, PlanYear, PostLink, PostResult, Reapproval, Request, Settings, WeekStart,
};
use crate::error::{Error, Result};
use crate::ops::settings;
use crate::ops::summary::{self, PlanSummary};
use crate::store::Store;
use crate::Sentence;
use build::{campaigns, channels, items, key_dates, objectives, plan_year};

/// How big a sample plan is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Profile {
    /// One year: 2 brands, 15 channels, 8 objectives, 60 campaigns, about 12,000 items.
    Agency,
    /// Ten such years, ending with the given year.
    Archive,
}

/// What sample plan to make.
#[derive(Debug, Clone, Copy)]
pub struct SampleOptions {
    /// How big.
    pub profile: Profile,
    /// The seed: the same seed makes the same plan.
    pub seed: u64,
    /// The (last) plan year.
    pub year: i32,
    /// Items before this day are published; after it, in the pipeline.
    pub today: NaiveDate,
}

impl SampleOptions {
    /// The plan year holding `today`, so the calendar opens on a busy month.
    pub fn for_today(profile: Profile, seed: u64, today: NaiveDate) -> Self {
        SampleOptions { profile, seed, year: today.year(), today }
    }
}

/// A whole generated plan, before it is written.
#[derive(Debug, Clone)]
pub struct SamplePlan {
    /// The settings.
    pub settings: Settings,
    /// The brands.
    pub brands: Vec<Brand>,
    /// The channels.
    pub channels: Vec<Channel>,
    /// The objectives.
    pub objectives: Vec<Objective>,
    /// The campaigns.
    pub campaigns: Vec<Campaign>,
    /// The items.
    pub items: Vec<ContentItem>,
    /// The team's key dates.
    pub key_dates: Vec<KeyDate>,
    /// Each year's written plan.
    pub plan_years: Vec<PlanYear>,
    /// The partner directory.
    pub partners: Vec<Partner>,
    /// The partner groups.
    pub partner_groups: Vec<PartnerGroup>,
    /// The collaborations.
    pub collaborations: Vec<Collaboration>,
    /// The team.
    pub members: Vec<Member>,
    /// The coverage rules.
    pub coverage_rules: Vec<CoverageRule>,
    /// Every published item's link.
    pub links: Vec<PostLink>,
    /// A season of results.
    pub results: Vec<PostResult>,
    /// The outcomes and lessons noted in the season.
    pub notes: Vec<Outcome>,
    /// Requests from other departments, some decided.
    pub requests: Vec<Request>,
}

/// Dated items per plan year.
pub const ITEMS_PER_YEAR: usize = 12_000;
/// Ideas in the backlog per plan year.
pub const BACKLOG_PER_YEAR: usize = 120;
/// Upcoming items that also go out in Welsh: one more item each.
pub const WELSH_VERSIONS: usize = 6;
const TIME_ZONE: Tz = chrono_tz::Europe::London;

/// Writes a sample plan into an empty plan, as one undoable change.
pub fn load(store: &mut Store, options: SampleOptions) -> Result<PlanSummary> {
    if !summary::summary(store)?.is_empty() {
        return Err(Error::conflict(Sentence::new("error-rules-sample-needs-empty-plan")));
    }
    let before_settings = settings::get(store)?;
    let mut sample = generate(options);
    sample.settings.id = before_settings.id;
    store.write(&crate::Sentence::new("history-load-sample"), |b| {
        b.update(&before_settings, &sample.settings)?;
        for r in &sample.members {
            b.insert(r)?;
        }
        for r in &sample.brands {
            b.insert(r)?;
        }
        for r in &sample.channels {
            b.insert(r)?;
        }
        for r in &sample.objectives {
            b.insert(r)?;
        }
        for r in &sample.campaigns {
            b.insert(r)?;
        }
        for r in &sample.items {
            b.insert(r)?;
        }
        for r in &sample.key_dates {
            b.insert(r)?;
        }
        for r in &sample.coverage_rules {
            b.insert(r)?;
        }
        for r in &sample.plan_years {
            b.insert(r)?;
        }
        for r in &sample.partners {
            b.insert(r)?;
        }
        for r in &sample.partner_groups {
            b.insert(r)?;
        }
        for r in &sample.collaborations {
            b.insert(r)?;
        }
        for r in &sample.links {
            b.insert(r)?;
        }
        for r in &sample.results {
            b.insert(r)?;
        }
        for r in &sample.notes {
            b.insert(r)?;
        }
        for r in &sample.requests {
            b.insert(r)?;
        }
        Ok(())
    })?;
    summary::summary(store)
}

/// Ids that are UUIDv7 in form but drawn from the seeded generator.
struct Ids {
    rng: ChaCha8Rng,
    millis: u64,
}

impl Ids {
    fn next(&mut self) -> Uuid {
        self.millis += 1;
        let bytes: [u8; 10] = self.rng.random();
        uuid::Builder::from_unix_timestamp_millis(self.millis, &bytes).into_uuid()
    }
}

/// Makes the plan `options` asks for, in memory.
pub fn generate(options: SampleOptions) -> SamplePlan {
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    let mut ids = Ids { rng: ChaCha8Rng::seed_from_u64(options.seed ^ 0x5eed), millis: 1_700_000_000_000 };
    let settings = Settings {
        id: ids.next(),
        organisation: "Westmark Police — Corporate Communications".into(),
        time_zone: TIME_ZONE.name().into(),
        week_start: WeekStart::Monday,
        locale: "en-GB".into(),
        year_start_month: 1,
        confirm_days: 7,
    };
    let brands = vec![
        Brand {
            id: ids.next(),
            name: "Westmark Police".into(),
            purpose: "Appeals, prevention, trust and recruitment".into(),
            colour: "#1f4e9c".into(),
            reapproval: Reapproval::AnyChange,
        },
        Brand {
            id: ids.next(),
            name: "Westmark Roads".into(),
            purpose: "Timely road information and road safety".into(),
            colour: "#c25400".into(),
            // Road information changes by the hour: only a new wording needs a second look.
            reapproval: Reapproval::CopyChanges,
        },
    ];
    let channels = channels(&mut ids, &brands);
    let objectives = objectives(&mut ids);
    let years = match options.profile {
        Profile::Agency => options.year..=options.year,
        Profile::Archive => options.year - 9..=options.year,
    };
    let mut plan = SamplePlan {
        settings,
        brands,
        channels,
        objectives,
        campaigns: vec![],
        items: vec![],
        key_dates: vec![],
        plan_years: vec![],
        partners: vec![],
        partner_groups: vec![],
        collaborations: vec![],
        members: vec![],
        coverage_rules: vec![],
        links: vec![],
        results: vec![],
        notes: vec![],
        requests: vec![],
    };
    for year in years {
        let first = plan.campaigns.len();
        plan.campaigns.extend(campaigns(&mut rng, &mut ids, year, &plan.objectives, &plan.channels, options.today));
        let year_campaigns = plan.campaigns[first..].to_vec();
        plan.items.extend(items(
            &mut rng,
            &mut ids,
            year,
            &plan.channels,
            &year_campaigns,
            &plan.objectives,
            options.today,
        ));
        plan.key_dates.extend(key_dates(&mut ids, year));
        plan.plan_years.push(plan_year(&mut ids, year));
    }
    // Partners and collaborations belong to the team, not to a year: drawn once, around today.
    let sample = partners::partners(&mut rng, &mut ids, &plan.campaigns, options.today);
    plan.partners = sample.partners;
    plan.partner_groups = sample.groups;
    plan.collaborations = sample.collaborations;
    // The team is drawn from its own ids, after everything else, so adding it changed no other id.
    let mut team_ids = Ids { rng: ChaCha8Rng::seed_from_u64(options.seed ^ 0x7ea3), millis: 1_800_000_000_000 };
    plan.members = team::team(&mut team_ids, &mut plan.items, &plan.campaigns, plan.brands[1].id, options.today);
    let officer = plan.members[4].id;
    team::welsh_versions(&mut team_ids, &mut plan.items, officer, options.today);
    plan.coverage_rules = team::coverage_rules(&mut team_ids, &plan.objectives, &plan.channels);
    let imported = options.today.and_hms_opt(8, 0, 0).unwrap_or_default().and_utc();
    plan.links = results::links(&plan.items, &plan.channels);
    plan.results = results::season(&plan.items, &plan.channels, options.today, TIME_ZONE, imported);
    plan.notes = results::notes(&plan.objectives, options.today, &mut || team_ids.next());
    plan.requests = requests::requests(&mut team_ids, &mut plan.items, &plan.channels, &plan.objectives, options.today);
    plan
}

/// A fixed `today` for reproducible tests and benchmarks.
pub fn fixed_today(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 6, 15).unwrap_or(NaiveDate::MIN)
}

/// `today` in the sample's zone, from an instant the caller passes.
pub fn today_from(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&TIME_ZONE).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Schedule;

    fn options(seed: u64) -> SampleOptions {
        SampleOptions { profile: Profile::Agency, seed, year: 2027, today: fixed_today(2027) }
    }

    #[test]
    fn the_agency_profile_has_the_promised_shape() {
        let plan = generate(options(7));
        assert_eq!(plan.brands.len(), 2);
        assert_eq!(plan.channels.len(), 15);
        assert_eq!(plan.objectives.len(), 8);
        assert_eq!(plan.campaigns.len(), 60);
        assert_eq!(plan.items.len(), ITEMS_PER_YEAR + WELSH_VERSIONS);
        let backlog = plan.items.iter().filter(|i| i.schedule == Schedule::Unscheduled).count();
        assert_eq!(backlog, BACKLOG_PER_YEAR);
        assert!(
            plan.items.iter().filter(|i| i.campaign_id.is_some()).count() > 2_000,
            "many items belong to campaigns"
        );
        assert!(plan.key_dates.iter().any(
            |k| k.name == "World Social Media Day" && k.starts_on == NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()
        ));
    }

    #[test]
    fn the_same_seed_gives_the_same_plan_and_another_seed_another() {
        let a = generate(options(42));
        let b = generate(options(42));
        let c = generate(options(43));
        assert_eq!(a.items, b.items);
        assert_eq!(a.campaigns, b.campaigns);
        assert_ne!(a.items, c.items);
    }

    #[test]
    fn campaign_items_fall_inside_their_windows() {
        let plan = generate(options(1));
        let tz = TIME_ZONE;
        for item in plan.items.iter().filter(|i| i.campaign_id.is_some()) {
            let c = plan.campaigns.iter().find(|c| Some(c.id) == item.campaign_id).unwrap();
            let day = item.schedule.local_date(tz).unwrap();
            assert!(c.start_date <= day && day <= c.end_date, "{} on {day} is outside {}", item.title, c.name);
        }
    }
}

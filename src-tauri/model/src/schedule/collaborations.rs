//! A collaboration's clocks and deadlines: when it goes live on each partner's wall
//! clock (across their daylight-saving changes) and which of its deadlines comes next.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use crate::domain::{Collaboration, Partner};

/// A moment as the clock on the wall reads it in one zone.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WallClock {
    /// The IANA zone.
    pub time_zone: String,
    /// `YYYY-MM-DDTHH:MM`.
    pub local: String,
    /// Such as `+02:00`.
    pub offset: String,
}

/// `at` as the wall clock in `tz` reads it.
pub fn wall_clock(at: DateTime<Utc>, tz: Tz) -> WallClock {
    let local = at.with_timezone(&tz);
    WallClock {
        time_zone: tz.name().to_string(),
        local: local.format("%Y-%m-%dT%H:%M").to_string(),
        offset: local.format("%:z").to_string(),
    }
}

/// One partner's view of a collaboration: go-live and their slot on their own clock.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerClock {
    /// The partner.
    pub partner_id: Uuid,
    /// Go-live on their clock.
    pub go_live: Option<WallClock>,
    /// Their relay slot on their clock, if they have one.
    pub slot: Option<WallClock>,
}

/// The collaboration's go-live (and relay slots) in each partner's zone.
pub fn partner_clocks(c: &Collaboration, partners: &[Partner]) -> Vec<PartnerClock> {
    c.partners
        .iter()
        .map(|m| {
            let tz: Tz = partners
                .iter()
                .find(|p| p.id == m.partner_id)
                .and_then(|p| p.time_zone.parse().ok())
                .unwrap_or(Tz::UTC);
            PartnerClock {
                partner_id: m.partner_id,
                go_live: c.go_live.map(|t| wall_clock(t, tz)),
                slot: m.slot.map(|t| wall_clock(t, tz)),
            }
        })
        .collect()
}

/// Which deadline of a collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum DeadlineKind {
    /// Partners' assets are due.
    AssetsDue,
    /// Approval is due.
    ApprovalDue,
    /// It goes live.
    GoLive,
}

/// A deadline and its day.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// Its day, on the plan's calendar.
    pub date: NaiveDate,
}

/// The first of the collaboration's deadlines still to come (today counts).
pub fn next_deadline(c: &Collaboration, today: NaiveDate, tz: Tz) -> Option<Deadline> {
    let go_live = c.go_live.map(|t| t.with_timezone(&tz).date_naive());
    [
        (DeadlineKind::AssetsDue, c.asset_due),
        (DeadlineKind::ApprovalDue, c.approval_due),
        (DeadlineKind::GoLive, go_live),
    ]
    .into_iter()
    .filter_map(|(kind, date)| date.filter(|d| *d >= today).map(|date| Deadline { kind, date }))
    .min_by_key(|d| d.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_instant_reads_on_each_partners_clock_across_daylight_saving() {
        let go_live: DateTime<Utc> = "2027-03-28T07:00:00Z".parse().unwrap();
        let lyon = wall_clock(go_live, chrono_tz::Europe::Paris);
        let london = wall_clock(go_live, chrono_tz::Europe::London);
        let brasilia = wall_clock(go_live, chrono_tz::America::Sao_Paulo);
        // Paris and London changed clocks that night; Brazil keeps standard time all year.
        assert_eq!((lyon.local.as_str(), lyon.offset.as_str()), ("2027-03-28T09:00", "+02:00"));
        assert_eq!((london.local.as_str(), london.offset.as_str()), ("2027-03-28T08:00", "+01:00"));
        assert_eq!((brasilia.local.as_str(), brasilia.offset.as_str()), ("2027-03-28T04:00", "-03:00"));
        let winter: DateTime<Utc> = "2027-03-27T08:00:00Z".parse().unwrap();
        assert_eq!(wall_clock(winter, chrono_tz::Europe::Paris).local, "2027-03-27T09:00");
        assert_eq!(wall_clock(winter, chrono_tz::Europe::London).local, "2027-03-27T08:00");
    }

    #[test]
    fn october_and_the_southern_hemisphere() {
        // Europe leaves summer time on 31 October 2027; Sydney started its summer on 3 October.
        let before: DateTime<Utc> = "2027-10-30T08:00:00Z".parse().unwrap();
        let after: DateTime<Utc> = "2027-11-01T08:00:00Z".parse().unwrap();
        assert_eq!(wall_clock(before, chrono_tz::Europe::Paris).offset, "+02:00");
        assert_eq!(wall_clock(after, chrono_tz::Europe::Paris).offset, "+01:00");
        assert_eq!(wall_clock(before, chrono_tz::Australia::Sydney).offset, "+11:00");
        let june: DateTime<Utc> = "2027-06-15T08:00:00Z".parse().unwrap();
        assert_eq!(wall_clock(june, chrono_tz::Australia::Sydney).offset, "+10:00");
    }
}

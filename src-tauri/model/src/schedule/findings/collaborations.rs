//! The collaboration rules: partners not confirmed in time, assets due after
//! go-live, a declined partner still holding a relay slot, an item in a blackout.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use super::{Finding, FindingKind, Severity};
use crate::domain::{Collaboration, CollaborationKind, ContentItem, KeyDate, Partner, PartnerStatus};
use crate::sentence::short_title;
use crate::{Sentence, SentenceArg};

/// What the rules read besides the collaboration itself.
pub struct Context<'a> {
    /// The partner directory.
    pub partners: &'a [Partner],
    /// The collaboration's linked items (others are ignored).
    pub items: &'a [ContentItem],
    /// Key dates with a blackout level.
    pub blackouts: &'a [KeyDate],
    /// How many days before go-live partners must have confirmed.
    pub confirm_days: u32,
    /// The moment checked at.
    pub now: DateTime<Utc>,
    /// The plan's time zone.
    pub tz: Tz,
}

impl Context<'_> {
    fn name(&self, id: uuid::Uuid) -> SentenceArg {
        match self.partners.iter().find(|p| p.id == id) {
            Some(p) => p.name.as_str().into(),
            None => Sentence::new("finding-removed-partner").into(),
        }
    }

    /// The first three partners' names, and how many more there are.
    fn names(&self, ids: &[uuid::Uuid]) -> Sentence {
        let names: Vec<SentenceArg> = ids.iter().take(3).map(|&id| self.name(id)).collect();
        match ids.len() {
            0..=3 => Sentence::new("finding-names").with("names", names),
            n => Sentence::new("finding-names-more").with("names", names).with("more", n - 3),
        }
    }
}

/// Every finding of one collaboration.
pub fn check(c: &Collaboration, ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    out.extend(not_confirmed(c, ctx));
    out.extend(assets_after_go_live(c, ctx));
    out.extend(declined_in_relay(c, ctx));
    out.extend(items_in_blackout(c, ctx));
    out
}

fn finding(kind: FindingKind, severity: Severity, c: &Collaboration, message: Sentence, fix: &str) -> Finding {
    let mut f = Finding::new(kind, severity, message).fix(fix);
    f.collaboration_ids = vec![c.id];
    f
}

/// Within `confirm_days` of go-live, partners still invited or silent: a warning; past
/// go-live (or with a day to go): an error.
fn not_confirmed(c: &Collaboration, ctx: &Context) -> Option<Finding> {
    let go_live = c.go_live?;
    let waiting: Vec<uuid::Uuid> = c
        .partners
        .iter()
        .filter(|p| matches!(p.status, PartnerStatus::Invited | PartnerStatus::NoResponse))
        .map(|p| p.partner_id)
        .collect();
    let left = go_live - ctx.now;
    if waiting.is_empty() || left > Duration::days(i64::from(ctx.confirm_days)) {
        return None;
    }
    let severity = if left <= Duration::days(1) { Severity::Error } else { Severity::Warning };
    let message = if left <= Duration::zero() {
        Sentence::titled("finding-partners-not-confirmed-live", &c.title)
    } else {
        Sentence::titled("finding-partners-not-confirmed-soon", &c.title).with("days", (left.num_hours() + 23) / 24)
    };
    let message =
        message.with("waiting", waiting.len()).with("total", c.partners.len()).with("names", ctx.names(&waiting));
    let mut f = finding(FindingKind::PartnersNotConfirmed, severity, c, message, "fix-partners-not-confirmed");
    f.partner_ids = waiting;
    Some(f)
}

fn assets_after_go_live(c: &Collaboration, ctx: &Context) -> Option<Finding> {
    let (due, go_live) = (c.asset_due?, c.go_live?);
    let go_live_day: NaiveDate = go_live.with_timezone(&ctx.tz).date_naive();
    (due > go_live_day).then(|| {
        finding(
            FindingKind::AssetsDueAfterGoLive,
            Severity::Error,
            c,
            Sentence::titled("finding-assets-after-go-live", &c.title).with("due", due).with("live", go_live_day),
            "fix-assets-after-go-live",
        )
    })
}

fn declined_in_relay(c: &Collaboration, ctx: &Context) -> Vec<Finding> {
    if c.kind != CollaborationKind::ThreadRelay {
        return vec![];
    }
    c.partners
        .iter()
        .filter(|p| p.status == PartnerStatus::Declined && p.slot.is_some())
        .map(|p| {
            let mut f = finding(
                FindingKind::DeclinedPartnerInRelay,
                Severity::Error,
                c,
                Sentence::titled("finding-declined-in-relay", &c.title).with("partner", ctx.name(p.partner_id)),
                "fix-declined-in-relay",
            );
            f.partner_ids = vec![p.partner_id];
            f
        })
        .collect()
}

fn items_in_blackout(c: &Collaboration, ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for item in ctx.items.iter().filter(|i| c.item_ids.contains(&i.id)) {
        let Some(day) = item.schedule.local_date(ctx.tz) else { continue };
        for b in ctx.blackouts.iter().filter(|b| b.blackout_level.is_some() && b.starts_on <= day && day <= b.ends_on) {
            let strict = b.blackout_level == Some(crate::domain::BlackoutLevel::NoPosting);
            let mut f = finding(
                FindingKind::CollaborationItemInBlackout,
                if strict { Severity::Error } else { Severity::Warning },
                c,
                Sentence::titled("finding-collaboration-item-in-blackout", &c.title)
                    .with("item", short_title(&item.title))
                    .with("day", day)
                    .with("period", &b.name),
                "fix-collaboration-item-in-blackout",
            );
            f.item_ids = vec![item.id];
            f.key_date_ids = vec![b.id];
            f.day = Some(day);
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        BlackoutLevel, CollaborationPartner, ItemFormat, ItemStatus, KeyDateCategory, Schedule, StatusChange,
    };
    use uuid::Uuid;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn partner(name: &str) -> Partner {
        Partner {
            id: Uuid::now_v7(),
            name: name.into(),
            short_name: String::new(),
            kind: String::new(),
            country: String::new(),
            time_zone: "Europe/Paris".into(),
            website: String::new(),
            handles: vec![],
            tags: vec![],
            notes: String::new(),
            contacts: vec![],
        }
    }

    fn member(p: &Partner, status: PartnerStatus) -> CollaborationPartner {
        CollaborationPartner {
            partner_id: p.id,
            role: String::new(),
            status,
            slot: None,
            history: vec![StatusChange { status, at: at("2027-03-01T00:00:00Z") }],
        }
    }

    fn collab(partners: Vec<CollaborationPartner>) -> Collaboration {
        Collaboration {
            id: Uuid::now_v7(),
            title: "Joint Reel".into(),
            kind: CollaborationKind::CollabPost,
            campaign_id: None,
            go_live: Some(at("2027-03-28T07:00:00Z")),
            asset_due: None,
            approval_due: None,
            key_message: String::new(),
            hashtags: vec![],
            asset_specs: String::new(),
            notes: String::new(),
            item_ids: vec![],
            partners,
        }
    }

    fn ctx<'a>(partners: &'a [Partner], items: &'a [ContentItem], blackouts: &'a [KeyDate], now: &str) -> Context<'a> {
        Context { partners, items, blackouts, confirm_days: 7, now: at(now), tz: chrono_tz::Europe::London }
    }

    fn kinds(f: &[Finding]) -> Vec<(FindingKind, Severity)> {
        f.iter().map(|f| (f.kind, f.severity)).collect()
    }

    #[test]
    fn unconfirmed_partners_warn_within_the_window_and_are_an_error_on_the_day() {
        let ps = [partner("Politie"), partner("Polizei"), partner("Garda")];
        let c = collab(vec![
            member(&ps[0], PartnerStatus::Confirmed),
            member(&ps[1], PartnerStatus::Invited),
            member(&ps[2], PartnerStatus::NoResponse),
        ]);
        assert!(check(&c, &ctx(&ps, &[], &[], "2027-03-01T00:00:00Z")).is_empty(), "four weeks out: fine");
        let soon = check(&c, &ctx(&ps, &[], &[], "2027-03-25T07:00:00Z"));
        assert_eq!(kinds(&soon), [(FindingKind::PartnersNotConfirmed, Severity::Warning)]);
        assert_eq!(soon[0].partner_ids, vec![ps[1].id, ps[2].id]);
        let said = soon[0].message.to_string();
        assert!(said.ends_with("goes live in 3 days and 2 of 3 partners have not confirmed: Polizei, Garda"), "{said}");
        let today = check(&c, &ctx(&ps, &[], &[], "2027-03-27T12:00:00Z"));
        assert_eq!(kinds(&today), [(FindingKind::PartnersNotConfirmed, Severity::Error)]);
        let all_in = collab(ps.iter().map(|p| member(p, PartnerStatus::AssetsReceived)).collect());
        assert!(check(&all_in, &ctx(&ps, &[], &[], "2027-03-27T12:00:00Z")).is_empty());
    }

    #[test]
    fn assets_due_after_go_live_are_an_error_judged_in_the_plans_zone() {
        let mut c = collab(vec![]);
        c.asset_due = NaiveDate::from_ymd_opt(2027, 3, 28);
        assert!(check(&c, &ctx(&[], &[], &[], "2027-03-01T00:00:00Z")).is_empty(), "due on the day is in time");
        c.asset_due = NaiveDate::from_ymd_opt(2027, 3, 29);
        assert_eq!(
            kinds(&check(&c, &ctx(&[], &[], &[], "2027-03-01T00:00:00Z"))),
            [(FindingKind::AssetsDueAfterGoLive, Severity::Error)]
        );
    }

    #[test]
    fn a_declined_partner_with_a_relay_slot_is_an_error() {
        let ps = [partner("KLPD")];
        let mut m = member(&ps[0], PartnerStatus::Declined);
        m.slot = Some(at("2027-03-28T08:00:00Z"));
        let mut c = collab(vec![m.clone()]);
        c.go_live = None;
        assert!(check(&c, &ctx(&ps, &[], &[], "2027-03-01T00:00:00Z")).is_empty(), "not a relay");
        c.kind = CollaborationKind::ThreadRelay;
        let found = check(&c, &ctx(&ps, &[], &[], "2027-03-01T00:00:00Z"));
        assert_eq!(kinds(&found), [(FindingKind::DeclinedPartnerInRelay, Severity::Error)]);
        c.partners[0].slot = None;
        assert!(check(&c, &ctx(&ps, &[], &[], "2027-03-01T00:00:00Z")).is_empty(), "no slot, no problem");
    }

    #[test]
    fn a_linked_item_in_a_blackout_is_found_by_level() {
        let item = ContentItem {
            format: ItemFormat::Reel,
            channel_id: Uuid::now_v7(),
            language: String::new(),
            ..ContentItem::for_test(
                "Joint Reel",
                ItemStatus::Scheduled,
                Schedule::At { utc: at("2027-04-30T23:30:00Z") },
            )
        };
        let blackout = |level| KeyDate {
            id: Uuid::now_v7(),
            name: "Pre-election period".into(),
            starts_on: NaiveDate::from_ymd_opt(2027, 5, 1).unwrap(),
            ends_on: NaiveDate::from_ymd_opt(2027, 5, 6).unwrap(),
            category: KeyDateCategory::Blackout,
            blackout_level: Some(level),
            region: String::new(),
            source: String::new(),
        };
        let mut c = collab(vec![]);
        c.go_live = None;
        let items = [item.clone()];
        assert!(
            check(&c, &ctx(&[], &items, &[blackout(BlackoutLevel::NoPosting)], "2027-03-01T00:00:00Z")).is_empty(),
            "not linked"
        );
        c.item_ids = vec![item.id];
        // 23:30 UTC on 30 April is 00:30 on 1 May in London: inside the blackout.
        let strict = check(&c, &ctx(&[], &items, &[blackout(BlackoutLevel::NoPosting)], "2027-03-01T00:00:00Z"));
        assert_eq!(kinds(&strict), [(FindingKind::CollaborationItemInBlackout, Severity::Error)]);
        let restricted = check(&c, &ctx(&[], &items, &[blackout(BlackoutLevel::Restricted)], "2027-03-01T00:00:00Z"));
        assert_eq!(kinds(&restricted), [(FindingKind::CollaborationItemInBlackout, Severity::Warning)]);
    }
}

//! The partner directory, partner groups and collaborations through the store:
//! round trips, merging duplicates, refusals that change nothing, and undo.

use almanac_core::domain::{
    CollaborationDraft, CollaborationKind, CollaborationPartnerDraft, ContactDraft, PartnerDraft, PartnerGroupDraft,
    PartnerHandle, PartnerStatus, Platform, SettingsDraft,
};
use almanac_core::ops::collaborations::{self, TrackerQuery};
use almanac_core::ops::partners::{self, PartnerFilter};
use almanac_core::ops::{partner_groups, settings};
use almanac_core::schedule::findings::FindingKind;
use almanac_core::{Error, Store};
use almanac_tests::{english, english_of};
use chrono::{DateTime, Utc};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

pub fn partner_draft(name: &str, zone: &str) -> PartnerDraft {
    PartnerDraft {
        name: name.into(),
        short_name: String::new(),
        kind: "police force".into(),
        country: String::new(),
        time_zone: zone.into(),
        website: String::new(),
        handles: vec![PartnerHandle { platform: Platform::X, handle: format!("@{}", name.replace(' ', "")) }],
        tags: vec!["Europe".into()],
        notes: String::new(),
        contacts: vec![ContactDraft {
            id: None,
            name: format!("Press office of {name}"),
            role: "press".into(),
            email: "press@example.org".into(),
            phone: String::new(),
            handle: String::new(),
        }],
    }
}

fn collaboration_draft(partner_ids: &[String], status: PartnerStatus) -> CollaborationDraft {
    CollaborationDraft {
        title: "Joint Reel: five forces".into(),
        kind: CollaborationKind::CollabPost,
        campaign_id: None,
        go_live: "2027-03-28T09:00".into(),
        asset_due: "2027-03-21".into(),
        approval_due: String::new(),
        key_message: "Together we keep roads safe".into(),
        hashtags: vec!["SaferRoads".into()],
        asset_specs: "9:16 video, 30 s".into(),
        notes: String::new(),
        item_ids: vec![],
        partners: partner_ids
            .iter()
            .map(|id| CollaborationPartnerDraft {
                partner_id: id.clone(),
                role: "co-author".into(),
                status,
                slot: String::new(),
            })
            .collect(),
    }
}

/// Five partners in a group, as the end-to-end test has them.
fn five_forces(store: &mut Store) -> (Vec<String>, String) {
    let zones = ["Europe/Paris", "Europe/Berlin", "Europe/Amsterdam", "Europe/Dublin", "America/Sao_Paulo"];
    let names = ["Gendarmerie nationale", "Bundespolizei", "Politie", "An Garda Síochána", "Polícia Federal"];
    let ids: Vec<String> = names
        .iter()
        .zip(zones)
        .map(|(n, z)| partners::create(store, &partner_draft(n, z)).unwrap().id.to_string())
        .collect();
    let group =
        partner_groups::create(store, &PartnerGroupDraft { name: "Five forces".into(), partner_ids: ids.clone() })
            .unwrap();
    (ids, group.id.to_string())
}

#[test]
fn a_partner_round_trips_with_its_contacts_and_is_found_by_search() {
    let mut store = Store::open_in_memory().unwrap();
    let p = partners::create(&mut store, &partner_draft("Gendarmerie nationale", "Europe/Paris")).unwrap();
    assert_eq!(partners::get(&store, &p.id.to_string()).unwrap(), p);
    let found =
        |search: &str| partners::list(&store, &PartnerFilter { search: search.into(), tag: None }).unwrap().len();
    assert_eq!(found("gendarmerie"), 1);
    assert_eq!(found("press office"), 1, "contacts are searched too");
    assert_eq!(found("garda"), 0);
    let by_tag = partners::list(&store, &PartnerFilter { search: String::new(), tag: Some("europe".into()) }).unwrap();
    assert_eq!(by_tag.len(), 1);
}

#[test]
fn a_duplicate_name_or_unknown_zone_is_refused_and_nothing_is_written() {
    let mut store = Store::open_in_memory().unwrap();
    partners::create(&mut store, &partner_draft("Politie", "Europe/Amsterdam")).unwrap();
    let err = partners::create(&mut store, &partner_draft("POLITIE", "Europe/Amsterdam")).unwrap_err();
    assert!(matches!(&err, Error::Validation { field, .. } if field == "name"), "{err:?}");
    let err = partners::create(&mut store, &partner_draft("Polizei", "Europe/Frankfurt")).unwrap_err();
    assert!(matches!(&err, Error::Validation { field, .. } if field == "timeZone"), "{err:?}");
    assert_eq!(partners::list(&store, &PartnerFilter::default()).unwrap().len(), 1);
}

#[test]
fn a_group_joins_a_collaboration_at_once_and_statuses_keep_a_dated_history() {
    let mut store = Store::open_in_memory().unwrap();
    // The team plans in Lyon: go-live times are entered on Paris time.
    let s = settings::get(&store).unwrap();
    let draft = SettingsDraft {
        organisation: "Police nationale".into(),
        time_zone: "Europe/Paris".into(),
        week_start: s.week_start,
        locale: s.locale,
        year_start_month: 1,
        confirm_days: 7,
    };
    settings::update(&mut store, &draft).unwrap();
    let (ids, group) = five_forces(&mut store);
    let c = collaborations::create(
        &mut store,
        &collaboration_draft(&[], PartnerStatus::Invited),
        at("2027-03-01T09:00:00Z"),
    )
    .unwrap();
    let c = collaborations::add_group(&mut store, &c.id.to_string(), &group, "co-author", at("2027-03-01T09:05:00Z"))
        .unwrap();
    assert_eq!(c.partners.len(), 5);
    assert!(c.partners.iter().all(|p| p.status == PartnerStatus::Invited));
    for id in &ids[..3] {
        collaborations::set_status(
            &mut store,
            &c.id.to_string(),
            id,
            PartnerStatus::Confirmed,
            at("2027-03-20T10:00:00Z"),
        )
        .unwrap();
    }
    let c = collaborations::get(&store, &c.id.to_string()).unwrap();
    let first = &c.partners[0];
    assert_eq!(
        first.history.iter().map(|h| (h.status, h.at)).collect::<Vec<_>>(),
        [(PartnerStatus::Invited, at("2027-03-01T09:05:00Z")), (PartnerStatus::Confirmed, at("2027-03-20T10:00:00Z")),]
    );

    // A week before go-live the two still invited are flagged, by name.
    let rows =
        collaborations::tracker(&store, &TrackerQuery { within_days: None }, at("2027-03-22T09:00:00Z")).unwrap();
    let finding = rows[0].findings.iter().find(|f| f.kind == FindingKind::PartnersNotConfirmed).expect("a finding");
    assert_eq!(finding.partner_ids.iter().map(|p| p.to_string()).collect::<Vec<_>>(), ids[3..].to_vec());
    assert!(english(&finding.message).contains("2 of 5 partners"), "{}", finding.message);
    // The go-live on every partner's clock: 09:00 in Paris is 04:00 in Brasília.
    let clocks = &rows[0].clocks;
    assert_eq!(clocks[0].go_live.as_ref().unwrap().local, "2027-03-28T09:00");
    assert_eq!(clocks[4].go_live.as_ref().unwrap().local, "2027-03-28T04:00");

    assert!(english_of(store.undo().unwrap()).unwrap().contains("Confirmed"));
    let c = collaborations::get(&store, &c.id.to_string()).unwrap();
    assert_eq!(c.partners[2].status, PartnerStatus::Invited, "undo takes back the last status");
    assert_eq!(c.partners[2].history.len(), 1);
}

#[test]
fn the_tracker_sorts_by_the_next_deadline_and_the_week_panel_keeps_what_is_due() {
    let mut store = Store::open_in_memory().unwrap();
    let later = collaboration_draft(&[], PartnerStatus::Invited);
    let mut soon = collaboration_draft(&[], PartnerStatus::Invited);
    soon.title = "Soon".into();
    soon.asset_due = "2027-03-03".into();
    collaborations::create(&mut store, &later, at("2027-03-01T00:00:00Z")).unwrap();
    collaborations::create(&mut store, &soon, at("2027-03-01T00:00:00Z")).unwrap();
    let now = at("2027-03-01T12:00:00Z");
    let rows = collaborations::tracker(&store, &TrackerQuery { within_days: None }, now).unwrap();
    assert_eq!(
        rows.iter().map(|r| r.collaboration.title.as_str()).collect::<Vec<_>>(),
        ["Soon", "Joint Reel: five forces"]
    );
    let week = collaborations::tracker(&store, &TrackerQuery { within_days: Some(7) }, now).unwrap();
    assert_eq!(week.len(), 1);
    assert_eq!(week[0].next_deadline.as_ref().unwrap().date.to_string(), "2027-03-03");
}

#[test]
fn a_partner_in_a_collaboration_cannot_be_deleted_but_can_be_merged_away() {
    let mut store = Store::open_in_memory().unwrap();
    let (ids, group) = five_forces(&mut store);
    let dup = partners::create(&mut store, &partner_draft("Politie Nederland", "Europe/Amsterdam")).unwrap();
    let c = collaborations::create(
        &mut store,
        &collaboration_draft(&[dup.id.to_string(), ids[0].clone()], PartnerStatus::Confirmed),
        at("2027-03-01T00:00:00Z"),
    )
    .unwrap();
    let err = partners::delete(&mut store, &dup.id.to_string()).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert!(err.to_string().contains("Joint Reel"), "{err}");

    let kept = partners::merge(&mut store, &ids[2], &dup.id.to_string()).unwrap();
    assert_eq!(kept.contacts.len(), 2, "the duplicate's contact joins");
    let c = collaborations::get(&store, &c.id.to_string()).unwrap();
    assert_eq!(c.partners[0].partner_id.to_string(), ids[2], "the collaboration names the kept partner");
    assert_eq!(c.partners[0].status, PartnerStatus::Confirmed, "with the duplicate's status");
    assert!(partners::get(&store, &dup.id.to_string()).is_err());
    assert_eq!(english_of(store.undo().unwrap()).as_deref(), Some("Merge “Politie Nederland” into “Politie”"));
    assert!(partners::get(&store, &dup.id.to_string()).is_ok(), "undo brings the duplicate back");
    let c = collaborations::get(&store, &c.id.to_string()).unwrap();
    assert_eq!(c.partners[0].partner_id, dup.id);

    // A partner in no collaboration is deleted and leaves its groups.
    partners::delete(&mut store, &ids[4]).unwrap();
    let g = partner_groups::list(&store).unwrap().into_iter().find(|g| g.id.to_string() == group).unwrap();
    assert_eq!(g.partner_ids.len(), 4);
}

#[test]
fn a_collaboration_naming_an_unknown_partner_is_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let draft = collaboration_draft(&["0190f0f0-0000-7000-8000-00000000dead".into()], PartnerStatus::Invited);
    let err = collaborations::create(&mut store, &draft, at("2027-03-01T00:00:00Z")).unwrap_err();
    assert!(matches!(&err, Error::Validation { field, .. } if field == "partners"), "{err:?}");
    assert!(collaborations::list(&store).unwrap().is_empty());
}

#[test]
fn the_calendar_marks_collaboration_items_and_filters_them_by_partner() {
    use almanac_core::ops::items::{self, ItemFilter, WindowQuery};
    let (mut store, channel) = almanac_tests::plan_with_channel();
    let linked = almanac_tests::add_item(&mut store, &channel, "Joint Reel", "2027-03-28");
    almanac_tests::add_item(&mut store, &channel, "Our own post", "2027-03-28");
    let (ids, _) = five_forces(&mut store);
    let mut draft = collaboration_draft(&ids[..2], PartnerStatus::Confirmed);
    draft.item_ids = vec![linked.clone()];
    let c = collaborations::create(&mut store, &draft, at("2027-03-01T00:00:00Z")).unwrap();
    let window = |partner_ids: Vec<String>| {
        let filter = ItemFilter { partner_ids, ..ItemFilter::default() };
        items::list_window(&store, &WindowQuery { from: "2027-03-01".into(), to: "2027-04-01".into(), filter }).unwrap()
    };
    let all = window(vec![]);
    assert_eq!(all.len(), 2);
    let badge = all.iter().find(|e| e.item.id.to_string() == linked).unwrap().collaboration_id;
    assert_eq!(badge, Some(c.id), "the linked item carries its collaboration");
    assert!(all.iter().any(|e| e.collaboration_id.is_none()));
    let with_first = window(vec![ids[0].clone()]);
    assert_eq!(with_first.iter().map(|e| e.item.title.as_str()).collect::<Vec<_>>(), ["Joint Reel"]);
    assert!(window(vec![ids[4].clone()]).is_empty(), "a partner not in the collaboration has no items");
}

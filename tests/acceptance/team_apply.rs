//! A laptop's apply against arbitrary messages: any entity (the plan's and unknown ones),
//! any of its fields or none of them, any JSON value (ids of the plan's own rows among
//! them), clocks well written or not. A property test: whatever arrives, the page is
//! taken (the sync never stops), a later honest change still applies, and nothing in the
//! plan changes or disappears without the journal recording it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use almanac_core::domain::message_fields::FIELDS;
use almanac_core::store::sync;
use almanac_core::store::DATABASE_FILE;
use almanac_core::team::server::{Message, Pulled};
use almanac_core::Store;
use almanac_tests::{add_brand_and_channel, add_item, add_member, campaign_draft};
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use serde_json::{json, Value};
use uuid::Uuid;

/// The plan's one settings row.
const SETTINGS: &str = "01900000-0000-7000-8000-000000000001";

/// A small plan, built once: a brand, a channel, a campaign, a member and two items, every
/// row's fields known to the sync as on a team's laptop; its row ids, by entity where the
/// tombstones need it.
struct Template {
    dir: tempfile::TempDir,
    ids: Vec<String>,
    rows: Vec<(&'static str, Uuid)>,
}

fn template() -> &'static Template {
    static TEMPLATE: OnceLock<Template> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_dir(dir.path()).unwrap();
        let channel = add_brand_and_channel(&mut store);
        let draft = campaign_draft("Cone Zone", "2027-05-01", "2027-05-31");
        almanac_core::ops::campaigns::create(&mut store, &draft).unwrap();
        add_member(&mut store, "Ann", vec![]);
        for title in ["Bike marking", "Winter tyres"] {
            add_item(&mut store, &channel, title, "2027-05-03");
        }
        store.stage_whole_plan().unwrap();
        let entity = |list: &str| match list {
            "brands" => Some("brand"),
            "channels" => Some("channel"),
            "campaigns" => Some("campaign"),
            "members" => Some("member"),
            "items" => Some("contentItem"),
            _ => None,
        };
        let records = records(&store);
        let rows = records.keys().filter_map(|(list, id)| Some((entity(list)?, Uuid::parse_str(id).ok()?))).collect();
        let mut ids: Vec<String> = records.keys().map(|(_, id)| id.clone()).collect();
        ids.push(SETTINGS.to_string());
        drop(store);
        Template { dir, ids, rows }
    })
}

/// A copy of the template's plan in a folder of its own.
fn plan() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(template().dir.path().join(DATABASE_FILE), dir.path().join(DATABASE_FILE)).unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    (dir, store)
}

/// Every record of the plan by list and id, as the plan's JSON document has it.
fn records(store: &Store) -> BTreeMap<(String, String), Value> {
    let at: DateTime<Utc> = "2027-01-01T00:00:00Z".parse().unwrap();
    let doc = serde_json::to_value(almanac_core::export::plan_json::document(store, at).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for (list, rows) in doc.as_object().unwrap() {
        for row in rows.as_array().into_iter().flatten() {
            if let Some(id) = row.get("id").and_then(Value::as_str) {
                out.insert((list.clone(), id.to_string()), row.clone());
            }
        }
    }
    out
}

/// The rows the journal recorded a change of after change number `after`.
fn journaled(store: &Store, after: i64) -> Vec<String> {
    let mut stmt = store.conn().prepare("SELECT DISTINCT entity_id FROM change WHERE seq > ?1").unwrap();
    stmt.query_map([after], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

fn last_change(store: &Store) -> i64 {
    store.conn().query_row("SELECT coalesce(max(seq), 0) FROM change", [], |r| r.get(0)).unwrap()
}

/// Any JSON value, the plan's own ids and strings with control characters among them.
fn value(ids: Vec<String>) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("JSON numbers are finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
        "[\u{0}-\u{1f}a-z#:-]{0,10}".prop_map(Value::String),
        prop::sample::select(ids).prop_map(Value::String),
        Just(json!("2027-05-04")),
        Just(json!("draft")),
        Just(json!({"kind": "allDay", "date": "2027-05-04"})),
    ];
    leaf.prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// An entity and a field: the plan's (most often), the tombstone, or ones it does not know.
fn entity_field() -> impl Strategy<Value = (String, String)> {
    let known = prop::sample::select(FIELDS.to_vec()).prop_flat_map(|(entity, fields)| {
        let names: Vec<&'static str> = fields.iter().map(|(f, _)| *f).chain(["_deleted"]).collect();
        prop::sample::select(names).prop_map(move |f| (entity.to_string(), f.to_string()))
    });
    prop_oneof![
        8 => known,
        1 => ("[a-z]{1,8}", "[a-zA-Z_]{1,8}").prop_map(|(e, f)| (e, f)),
        1 => prop::sample::select(FIELDS.to_vec()).prop_map(|(e, _)| (e.to_string(), "notAField".to_string())),
    ]
}

/// A clock: as Almanac writes it (mostly after the plan's own, within the five minutes a
/// server allows ahead), or garbled.
fn clock(device: Uuid) -> impl Strategy<Value = String> {
    let now = Utc::now();
    let suffix = format!("{:016x}", device.as_u64_pair().1);
    prop_oneof![
        8 => (-30i64..300, 0u16..4).prop_map(move |(s, n)| {
            format!("{}-{n:04x}-{suffix}", (now + Duration::seconds(s)).format("%Y-%m-%dT%H:%M:%S%.3fZ"))
        }),
        1 => Just("9999-12-31T23:59:59.999Z-ffff-0000000000000001".to_string()),
        1 => ".{0,40}",
    ]
}

fn message(ids: Vec<String>) -> impl Strategy<Value = Message> {
    let device = Uuid::now_v7();
    let row = prop_oneof![
        4 => prop::sample::select(ids.clone()).prop_map(|id| Uuid::parse_str(&id).unwrap()),
        1 => Just(Uuid::now_v7()),
    ];
    let anything = (entity_field(), row, value(ids)).prop_map(|((e, f), row, v)| (e, f, row, v));
    // A row of the plan removed or brought back by its own entity: what a delete elsewhere sends.
    let tombstone = (prop::sample::select(template().rows.clone()), any::<bool>())
        .prop_map(|((entity, id), gone)| (entity.to_string(), "_deleted".to_string(), id, json!(gone)));
    (prop_oneof![5 => anything, 1 => tombstone], clock(device)).prop_map(
        move |((entity, field, row_id, value), hlc)| Message { entity, row_id, field, value, hlc, device, base: 0 },
    )
}

fn pulled(messages: Vec<Message>, from: i64) -> Vec<Pulled> {
    messages
        .into_iter()
        .enumerate()
        .map(|(n, message)| Pulled { seq: from + n as i64, member: "eve".into(), received_at: Utc::now(), message })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn whatever_arrives_the_sync_goes_on_and_nothing_changes_outside_the_journal(
        messages in prop::collection::vec(message(template().ids.clone()), 1..24)
    ) {
        let (_dir, mut store) = plan();
        let before = records(&store);
        let version = last_change(&store);
        let page = pulled(messages, 1);
        let through = page.len() as i64;
        let applied = sync::apply(&mut store, &page, through);
        prop_assert!(applied.is_ok(), "the page stopped the sync: {applied:?}");
        let pulled_to: i64 = store.conn().query_row("SELECT pulled_seq FROM sync_state", [], |r| r.get(0)).unwrap();
        prop_assert_eq!(pulled_to, through, "the page counts as pulled");

        // Every record that changed or went is in the journal.
        let after = records(&store);
        let journal = journaled(&store, version);
        for (key, row) in &before {
            if after.get(key) != Some(row) {
                prop_assert!(journal.contains(&key.1), "{key:?} changed outside the journal: {row} → {:?}", after.get(key));
            }
        }

        // A later honest change still applies.
        let device = Uuid::now_v7();
        let later = (Utc::now() + Duration::seconds(400)).format("%Y-%m-%dT%H:%M:%S%.3fZ");
        let honest = Message {
            entity: "settings".into(),
            row_id: Uuid::parse_str(SETTINGS).unwrap(),
            field: "organisation".into(),
            value: json!("Westmark Police"),
            hlc: format!("{later}-0000-{:016x}", device.as_u64_pair().1),
            device,
            base: 0,
        };
        sync::apply(&mut store, &pulled(vec![honest], through + 1), through + 1).unwrap();
        let organisation = almanac_core::ops::settings::get(&store).unwrap().organisation;
        prop_assert_eq!(organisation, "Westmark Police");
    }
}

#[test]
fn a_channel_removed_elsewhere_takes_its_items_through_the_journal() {
    let (_dir, mut store) = plan();
    let channel = template().rows.iter().find(|(e, _)| *e == "channel").unwrap().1;
    let version = last_change(&store);
    let before = records(&store);
    let device = Uuid::now_v7();
    let now = (Utc::now() + Duration::seconds(1)).format("%Y-%m-%dT%H:%M:%S%.3fZ");
    let gone = Message {
        entity: "channel".into(),
        row_id: channel,
        field: "_deleted".into(),
        value: json!(true),
        hlc: format!("{now}-0000-{:016x}", device.as_u64_pair().1),
        device,
        base: 0,
    };
    sync::apply(&mut store, &pulled(vec![gone], 1), 1).unwrap();
    let after = records(&store);
    assert_eq!(after.keys().filter(|(list, _)| list == "channels" || list == "items").count(), 0, "{after:?}");
    let journal = journaled(&store, version);
    for key in before.keys().filter(|k| !after.contains_key(*k)) {
        assert!(journal.contains(&key.1), "{key:?} went outside the journal");
    }
}

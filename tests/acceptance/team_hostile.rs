//! A hostile member on a real PostgreSQL: a raw client signed in as an editor (and one as a
//! viewer) with the address and password `server add-member` gave them tries every way
//! around the one door: writing the history's tables, numbering messages, unknown entities
//! and fields, wrong types, huge values, NULs, clocks from 2099 and 9999 and in lowercase,
//! a colleague's device, forged approvals and statuses, a self-granted scope, holding the
//! push lock, a function in `public`. Each is refused by the server, and two honest
//! laptops go on syncing and end with the same plan. A history that holds such messages
//! anyway (written before the door, or by the owner) never blocks a laptop, never deletes
//! a row: what a laptop cannot read is set aside, a newer Almanac's held. A laptop whose
//! clock runs a year ahead still syncs, dated by the server's time.

use almanac_core::domain::ItemStatus;
use almanac_core::ops::items;
use almanac_core::store::sync::{self, status};
use almanac_core::team::server::{self, Approves, MemberRole, Server};
use almanac_tests::laptop::Laptop;
use almanac_tests::postgres::Postgres;
use almanac_tests::{add_brand_and_channel, add_item, create_item, item_draft, on};
use chrono::{Duration, Utc};
use tokio_postgres::Client;
use uuid::Uuid;

const DB: &str = "westmark_hostile";

/// The team: Ann (editor, approves everything), Bob (editor), Eve (editor, hostile) and
/// Vic (viewer), with their addresses and passwords.
struct Team {
    ann: String,
    bob: String,
    eve: (String, String),
    vic: (String, String),
}

async fn add(owner: &mut Server, name: &str, role: MemberRole) -> (String, String) {
    let m = server::add_member(owner, name, "", role).await.unwrap();
    (m.role_name, m.password)
}

async fn team(cluster: &Postgres) -> Team {
    let mut owner = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    server::init(&mut owner).await.unwrap();
    let ann = add(&mut owner, "Ann", MemberRole::Editor).await;
    let bob = add(&mut owner, "Bob", MemberRole::Editor).await;
    let eve = add(&mut owner, "Eve", MemberRole::Editor).await;
    let vic = add(&mut owner, "Vic", MemberRole::Viewer).await;
    server::set_member(&mut owner, &ann.0, None, Some(&[Approves::Everything])).await.unwrap();
    Team { ann: cluster.url(&ann.0, &ann.1, DB), bob: cluster.url(&bob.0, &bob.1, DB), eve, vic }
}

async fn raw(cluster: &Postgres, (user, password): &(String, String)) -> Client {
    let (client, connection) =
        tokio_postgres::connect(&cluster.url(user, password, DB), tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    client
}

/// A clock reading of `device` at `time`, as Almanac writes them.
fn clock(time: &str, device: Uuid) -> String {
    format!("{time}-0000-{:016x}", device.as_u64_pair().1)
}

/// One message pushed by hand through the server's function; the error's SQLSTATE and text.
async fn push(
    client: &Client,
    entity: &str,
    row: Uuid,
    field: &str,
    value: serde_json::Value,
    hlc: &str,
    device: Uuid,
) -> Result<i64, String> {
    client
        .query_one(
            "SELECT almanac_push(ARRAY[$1]::text[], ARRAY[$2]::uuid[], ARRAY[$3]::text[], ARRAY[$4]::jsonb[],
                 ARRAY[$5]::text[], ARRAY[$6]::uuid[], ARRAY[0]::int8[])",
            &[&entity, &row, &field, &value, &hlc, &device],
        )
        .await
        .map(|r| r.get(0))
        .map_err(|e| match e.as_db_error() {
            Some(db) => format!("{} {}", db.code().code(), db.message()),
            None => e.to_string(),
        })
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_a_hostile_member_with_a_raw_client_is_refused_by_the_server() {
    let cluster = Postgres::start(DB);
    let team = team(&cluster).await;
    let ann = Laptop::new(&team.ann);
    let (channel, item) = ann.with(|s| {
        let channel = add_brand_and_channel(s);
        (channel.clone(), add_item(s, &channel, "Bike marking", "2027-03-06"))
    });
    ann.sync().await.unwrap();
    let bob = Laptop::new(&team.bob);
    bob.sync().await.unwrap();
    let item_id: Uuid = item.parse().unwrap();
    let ann_device = ann.with(|s| sync::device(s.conn()).unwrap());
    let cone_zone: Uuid = ann.with(|s| {
        let mut draft = item_draft(&channel, "Cone Zone", on("2027-03-07"));
        draft.status = ItemStatus::Approved;
        create_item(s, &draft).item.id
    });
    ann.sync().await.unwrap();

    let eve = raw(&cluster, &team.eve).await;
    let denied = |r: Result<u64, tokio_postgres::Error>| {
        let e = r.expect_err("the server refuses it");
        assert_eq!(e.as_db_error().map(|d| d.code().code().to_string()).as_deref(), Some("42501"), "{e}");
    };
    // The tables: no writes of any kind, no numbering, no locks.
    denied(
        eve.execute(
            "INSERT INTO almanac_message (seq, entity, row_id, field, value, hlc, device)
             VALUES (9223372036854775807, 'contentItem', $1, 'title', '\"x\"', 'x', $1)",
            &[&item_id],
        )
        .await,
    );
    denied(eve.execute("UPDATE almanac_message SET value = '\"Hacked\"'", &[]).await);
    denied(eve.execute("DELETE FROM almanac_message", &[]).await);
    denied(eve.execute("UPDATE almanac_member SET approves = '{everything}'", &[]).await);
    denied(eve.execute("INSERT INTO almanac_device VALUES ($1, 'x')", &[&ann_device]).await);
    eve.batch_execute("BEGIN").await.unwrap();
    denied(eve.execute("LOCK TABLE almanac_push_lock", &[]).await);
    eve.batch_execute("ROLLBACK").await.unwrap();
    denied(eve.execute("CREATE FUNCTION public.unnest(text[]) RETURNS text LANGUAGE sql AS 'SELECT 1'", &[]).await);
    denied(eve.execute("SELECT setval('almanac_message_seq_seq', 9223372036854775806)", &[]).await);

    // The door refuses what the plan's schema does not know or cannot hold.
    let device = Uuid::now_v7();
    let now = Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    let at = clock(&now, device);
    let a_moment_later =
        clock(&(Utc::now() + Duration::milliseconds(5)).format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(), device);
    // A hold is anyone's to place; what stood approved before it may be given back by anyone,
    // what did not may not.
    for id in [item_id, cone_zone] {
        assert_eq!(push(&eve, "contentItem", id, "status", serde_json::json!("onHold"), &at, device).await, Ok(1));
    }
    assert_eq!(
        push(&eve, "contentItem", cone_zone, "status", serde_json::json!("approved"), &a_moment_later, device).await,
        Ok(1),
        "the end of a pause gives an approved item back its status"
    );
    let refused = [
        (
            "a forged end of a pause",
            push(&eve, "contentItem", item_id, "status", serde_json::json!("scheduled"), &a_moment_later, device).await,
        ),
        ("an unknown entity", push(&eve, "poll", item_id, "_deleted", serde_json::json!(false), &at, device).await),
        (
            "an unknown field",
            push(&eve, "contentItem", item_id, "sentiment", serde_json::json!("x"), &at, device).await,
        ),
        (
            "a self-granted scope",
            push(&eve, "member", item_id, "approves", serde_json::json!([{"kind": "everything"}]), &at, device).await,
        ),
        ("a wrong type", push(&eve, "contentItem", item_id, "title", serde_json::json!(7), &at, device).await),
        (
            "10 MB",
            push(&eve, "contentItem", item_id, "copy", serde_json::json!("x".repeat(10_000_000)), &at, device).await,
        ),
        ("a NUL", push(&eve, "contentItem", item_id, "copy", serde_json::json!("a\u{0}b"), &at, device).await),
        (
            "2099",
            push(
                &eve,
                "contentItem",
                item_id,
                "title",
                serde_json::json!("Won"),
                &clock("2099-01-01T00:00:00.000Z", device),
                device,
            )
            .await,
        ),
        (
            "9999",
            push(
                &eve,
                "contentItem",
                item_id,
                "title",
                serde_json::json!("Won"),
                &clock("9999-12-31T23:59:59.999Z", device),
                device,
            )
            .await,
        ),
        (
            "a lowercase t",
            push(
                &eve,
                "contentItem",
                item_id,
                "title",
                serde_json::json!("Won"),
                &clock(&now.replace('T', "t"), device),
                device,
            )
            .await,
        ),
        (
            "a colleague's device",
            push(
                &eve,
                "contentItem",
                item_id,
                "title",
                serde_json::json!("Hers"),
                &clock(&now, ann_device),
                ann_device,
            )
            .await,
        ),
        (
            "a clock of another device",
            push(&eve, "contentItem", item_id, "title", serde_json::json!("Hers"), &clock(&now, ann_device), device)
                .await,
        ),
        (
            "a forged approval",
            push(&eve, "contentItem", item_id, "status", serde_json::json!("approved"), &a_moment_later, device).await,
        ),
        (
            "a forged publication",
            push(&eve, "contentItem", item_id, "status", serde_json::json!("published"), &a_moment_later, device).await,
        ),
        (
            "a forged decision",
            push(&eve, "approval", Uuid::now_v7(), "itemId", serde_json::json!(item), &at, device).await,
        ),
    ];
    for (what, outcome) in &refused {
        let e = outcome.as_ref().expect_err(what);
        assert!(e.starts_with("AL001") || e.starts_with("22P05") || e.starts_with("22021"), "{what}: {e}");
    }
    // The viewer has no door at all.
    let vic = raw(&cluster, &team.vic).await;
    let e = push(&vic, "contentItem", item_id, "title", serde_json::json!("Mine"), &at, device).await.unwrap_err();
    assert!(e.starts_with("42501"), "{e}");

    // Eve holds a transaction open on the history: honest pushes are not held up by it.
    eve.batch_execute("BEGIN; SELECT count(*) FROM almanac_message;").await.unwrap();
    bob.with(|s| items::update(s, &item, &item_draft(&channel, "Bike marking, Saturday", on("2027-03-06"))).unwrap());
    bob.sync().await.unwrap();
    ann.sync().await.unwrap();

    eve.batch_execute("ROLLBACK").await.unwrap();

    // An honest-looking edit within her rights goes in, under her name.
    assert_eq!(
        push(&eve, "contentItem", item_id, "notes", serde_json::json!("Eve was here"), &at, device).await,
        Ok(1)
    );
    let admin = raw(
        &cluster,
        &(almanac_tests::postgres::ADMIN.to_string(), almanac_tests::postgres::ADMIN_PASSWORD.to_string()),
    )
    .await;
    let (member, top): (String, i64) = admin
        .query_one("SELECT member, (SELECT max(seq) FROM almanac_message) FROM almanac_message WHERE field = 'notes' ORDER BY seq DESC LIMIT 1", &[])
        .await
        .map(|r| (r.get(0), r.get(1)))
        .unwrap();
    assert_eq!(member, team.eve.0, "the server names who wrote it");
    assert!(top < 1_000, "no message was numbered by a member: {top}");

    ann.sync().await.unwrap();
    bob.sync().await.unwrap();
    assert_eq!(ann.plan(), bob.plan(), "the two honest laptops end with the same plan");
    let seen = ann.with(|s| items::get(s, &item).unwrap().item);
    assert_eq!(
        (seen.title.as_str(), seen.status, seen.notes.as_str()),
        ("Bike marking, Saturday", ItemStatus::OnHold, "Eve was here")
    );
    assert_eq!(ann.with(|s| items::get(s, &cone_zone.to_string()).unwrap().item.status), ItemStatus::Approved);
    let left = ann.with(|s| status(s.conn()).unwrap());
    assert_eq!((left.waiting, left.set_aside, left.refused), (0, 0, 0));
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_what_a_laptop_cannot_apply_is_set_aside_and_never_stops_its_sync() {
    let cluster = Postgres::start(DB);
    let team = team(&cluster).await;
    let ann = Laptop::new(&team.ann);
    let (channel, item) = ann.with(|s| {
        let channel = add_brand_and_channel(s);
        (channel.clone(), add_item(s, &channel, "Bike marking", "2027-03-06"))
    });
    ann.sync().await.unwrap();
    let item_id: Uuid = item.parse().unwrap();
    // A history written past the door (before it existed, or by the owner's own hand).
    let admin = raw(
        &cluster,
        &(almanac_tests::postgres::ADMIN.to_string(), almanac_tests::postgres::ADMIN_PASSWORD.to_string()),
    )
    .await;
    let device = Uuid::now_v7();
    let now = clock(&Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(), device);
    let year = Uuid::now_v7();
    for (entity, row, field, value, hlc) in [
        ("poll", Uuid::now_v7(), "_deleted", serde_json::json!(false), now.clone()),
        ("contentItem", item_id, "sentiment", serde_json::json!("calm"), now.clone()),
        ("contentItem", item_id, "title", serde_json::json!(7), now.clone()),
        ("contentItem", item_id, "status", serde_json::json!("hacked"), now.clone()),
        ("contentItem", item_id, "title", serde_json::json!("From 2099"), clock("2099-01-01T00:00:00.000Z", device)),
        ("contentItem", item_id, "title", serde_json::json!("Lowercase"), now.replace('T', "t")),
        ("settings", Uuid::now_v7(), "organisation", serde_json::json!("Second settings"), now.clone()),
        ("planYear", year, "_deleted", serde_json::json!(false), now.clone()),
        ("planYear", year, "year", serde_json::json!(5000), now.clone()),
        ("planYear", year, "title", serde_json::json!("Year 5000"), now.clone()),
        ("planYear", year, "coreMessages", serde_json::json!([]), now.clone()),
        ("planYear", year, "priorities", serde_json::json!([]), now.clone()),
        ("planYear", year, "flagshipProjects", serde_json::json!([]), now.clone()),
    ] {
        admin
            .execute(
                "INSERT INTO almanac_message (entity, row_id, field, value, hlc, member, device) VALUES ($1, $2, $3, $4, $5, 'intruder', $6)",
                &[&entity, &row, &field, &value, &hlc, &device],
            )
            .await
            .unwrap();
    }
    let report = ann.sync().await.unwrap();
    assert!(report.set_aside >= 6, "{report:?}");
    let joined = Laptop::new(&team.bob);
    joined.sync().await.expect("a new laptop still joins");
    for laptop in [&ann, &joined] {
        let kept = laptop.with(|s| items::get(s, &item).unwrap().item);
        assert_eq!(
            (kept.title.as_str(), kept.status),
            ("Bike marking", ItemStatus::Draft),
            "never deleted or rewritten"
        );
        let left = laptop.with(|s| status(s.conn()).unwrap());
        assert_eq!(left.held, 2, "a newer Almanac's entity and field are held for an upgrade");
        assert!(left.set_aside >= 6, "{left:?}");
        let shown = laptop.with(|s| sync::set_aside(s.conn()).unwrap());
        assert!(
            shown.iter().any(|s| s.member.as_deref() == Some("intruder") && s.what == "contentItem.title"),
            "{shown:?}"
        );
        // Each reason is the catalogue's, so Team sync says it in the reader's language.
        assert!(shown.iter().all(|s| s.reason.id.starts_with("sync-set-aside-")), "{shown:?}");
    }
    // Sync goes on: a change after the bad messages travels both ways.
    joined.with(|s| items::update(s, &item, &item_draft(&channel, "Bike marking, Sunday", on("2027-03-07"))).unwrap());
    joined.sync().await.unwrap();
    ann.sync().await.unwrap();
    assert_eq!(ann.with(|s| items::get(s, &item).unwrap().item.title), "Bike marking, Sunday");
    assert_eq!(ann.plan(), joined.plan());
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_a_laptop_a_year_ahead_syncs_by_the_servers_time_and_loses_to_a_later_edit() {
    let cluster = Postgres::start(DB);
    let team = team(&cluster).await;
    let ann = Laptop::new(&team.ann);
    let (channel, item) = ann.with(|s| {
        let channel = add_brand_and_channel(s);
        (channel.clone(), add_item(s, &channel, "Bike marking", "2027-03-06"))
    });
    ann.sync().await.unwrap();
    let bob = Laptop::new(&team.bob);
    bob.with(|s| s.set_clock(Box::new(|| Utc::now() + Duration::days(365))));
    bob.sync().await.unwrap();
    // Bob's clock jumps a year ahead; his edit is made before the next sync measures it.
    bob.with(|s| s.set_clock(Box::new(|| Utc::now() + Duration::days(730))));
    bob.with(|s| items::update(s, &item, &item_draft(&channel, "Bob's title", on("2027-03-06"))).unwrap());
    let report = bob.sync().await.expect("the server takes his change, stamped again by its time");
    assert_eq!((report.pushed, report.refused), (1, 0), "{report:?}");
    let offset = bob.with(|s| s.clock_offset());
    assert!((offset + Duration::days(730)).num_seconds().abs() < 60, "measured: {offset}");
    // Ann edits after him, by real time: hers is the later change and wins everywhere.
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    ann.sync().await.unwrap();
    ann.with(|s| items::update(s, &item, &item_draft(&channel, "Ann's title", on("2027-03-06"))).unwrap());
    ann.sync().await.unwrap();
    bob.sync().await.unwrap();
    assert_eq!(bob.with(|s| items::get(s, &item).unwrap().item.title), "Ann's title");
    assert_eq!(ann.plan(), bob.plan());
    let audit_year = bob.with(|s| s.now());
    assert!((audit_year - Utc::now()).num_seconds().abs() < 60, "his changes are dated by real time: {audit_year}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_a_change_the_server_refuses_gives_the_laptop_back_the_teams_plan() {
    use almanac_core::domain::Decision;
    use almanac_core::ops::approvals::{self, DecisionDraft};
    let cluster = Postgres::start(DB);
    let team = team(&cluster).await;
    let mut owner = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    let ann = Laptop::new(&team.ann);
    let item = ann.with(|s| {
        let channel = add_brand_and_channel(s);
        let item = add_item(s, &channel, "Bike marking", "2027-03-06");
        approvals::submit(s, std::slice::from_ref(&item)).unwrap();
        item
    });
    ann.sync().await.unwrap();
    let bob = Laptop::new(&team.bob);
    let bob_role = team.bob.split("://").nth(1).and_then(|r| r.split(':').next()).unwrap().to_string();
    server::set_member(&mut owner, &bob_role, None, Some(&[Approves::Everything])).await.unwrap();
    bob.sync().await.unwrap();

    // The owner takes Bob's scope away; Bob, not synced since, approves on his laptop.
    server::set_member(&mut owner, &bob_role, None, Some(&[])).await.unwrap();
    let decision = DecisionDraft { item_ids: vec![item.clone()], decision: Decision::Approved, comment: String::new() };
    bob.with(|s| approvals::decide(s, &decision)).unwrap();
    assert_eq!(bob.with(|s| items::get(s, &item).unwrap().item.status), ItemStatus::Approved);
    let report = bob.sync().await.unwrap();
    assert_eq!(report.refused, 2, "the item's approval and the decision's record, each refused");

    // His laptop holds the team's plan again, and says what was refused and why.
    let seen = bob.with(|s| items::get(s, &item).unwrap().item);
    assert_eq!(seen.status, ItemStatus::InReview, "the team's value back");
    assert!(bob.with(|s| approvals::of_item(s, &item).unwrap()).is_empty(), "a decision the team never had goes");
    let left = bob.with(|s| status(s.conn()).unwrap());
    assert_eq!((left.waiting, left.refused), (0, 2));
    let why = bob.with(|s| sync::set_aside(s.conn()).unwrap());
    assert!(why.iter().any(|w| w.reason.to_string().contains("may not approve")), "{why:?}");
    ann.sync().await.unwrap();
    assert_eq!(ann.plan(), bob.plan(), "one plan for the team");
}

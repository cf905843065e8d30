//! Team sync through a real PostgreSQL (a throwaway cluster): a laptop founds the team's
//! plan, an empty data folder joins it, changes to different fields of one item both
//! survive, a field two people changed while apart is a conflict on both laptops that a
//! Keep settles everywhere, undo stays personal, a viewer's changes stay home, a data
//! folder with a plan of its own is not mixed into the team's, and an item deleted while a
//! colleague edited it is theirs to restore or let go.

use almanac_core::error::Error;
use almanac_core::export::ics::{self, IcsOptions};
use almanac_core::ops::items;
use almanac_core::store::sync::{conflicts, resolve, status, Keep};
use almanac_core::team::server::{self, MemberRole, Server};
use almanac_tests::laptop::Laptop;
use almanac_tests::postgres::Postgres;
use almanac_tests::{add_brand_and_channel, add_item, english, item_draft, on};

const DB: &str = "westmark_team";

/// A server with its schema and three members: two editors and a viewer.
async fn team(cluster: &Postgres) -> [String; 3] {
    let mut owner = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    server::init(&mut owner).await.unwrap();
    let mut urls = Vec::new();
    for (name, role) in [("Ann", MemberRole::Editor), ("Bob", MemberRole::Editor), ("Vic", MemberRole::Viewer)] {
        let m = server::add_member(&mut owner, name, "", role).await.unwrap();
        urls.push(cluster.url(&m.role_name, &m.password, DB));
    }
    urls.try_into().unwrap()
}

/// Ann's plan with one item, founded on the team's server, and Bob's laptop joined to it
/// (`set_up` runs on Ann's laptop first); their laptops, the channel and the item.
async fn shared_item(cluster: &Postgres, set_up: impl FnOnce(&Laptop)) -> (Laptop, Laptop, String, String) {
    let [ann_url, bob_url, _] = team(cluster).await;
    let ann = Laptop::new(&ann_url);
    set_up(&ann);
    let (channel, item) = ann.with(|s| {
        let channel = add_brand_and_channel(s);
        (channel.clone(), add_item(s, &channel, "Bike marking", "2027-03-06"))
    });
    ann.sync().await.unwrap();
    let bob = Laptop::new(&bob_url);
    bob.sync().await.unwrap();
    (ann, bob, channel, item)
}

fn title_of(laptop: &Laptop, id: &str) -> String {
    laptop.with(|s| items::get(s, id).unwrap().item.title)
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_two_laptops_share_one_plan_and_see_conflicts_both_sides() {
    let cluster = Postgres::start(DB);
    let [ann_url, bob_url, vic_url] = team(&cluster).await;
    let ann = Laptop::new(&ann_url);
    let (channel, item) = ann.with(|s| {
        let channel = add_brand_and_channel(s);
        let item = add_item(s, &channel, "Bike marking", "2027-03-06");
        (channel, item)
    });
    let founded = ann.sync().await.unwrap();
    assert!(founded.joined && founded.pushed > 0 && founded.waiting == 0, "{founded:?}");

    let bob = Laptop::new(&bob_url);
    let joined = bob.sync().await.unwrap();
    assert!(joined.joined && joined.rows >= 3, "{joined:?}");
    assert_eq!(bob.plan(), ann.plan(), "the empty folder joined with the whole plan");

    // Different fields of one item: both changes survive.
    ann.with(|s| almanac_tests::move_to(s, &item, &on("2027-03-13")).unwrap());
    bob.with(|s| {
        let mut draft = item_draft(&channel, "Bike marking at the station", on("2027-03-06"));
        draft.notes = "Bring the van".into();
        items::update(s, &item, &draft).unwrap()
    });
    ann.sync().await.unwrap();
    bob.sync().await.unwrap();
    ann.sync().await.unwrap();
    assert_eq!(ann.plan(), bob.plan());
    let merged = ann.with(|s| items::get(s, &item).unwrap().item);
    assert_eq!(merged.title, "Bike marking at the station");
    assert_eq!(merged.notes, "Bring the van");
    assert_eq!(merged.schedule.local_date(chrono_tz::UTC).unwrap().to_string(), "2027-03-13", "Ann's move kept");
    // Each laptop's history of the item names who changed what.
    let history = bob.with(|s| items::history(s, &item).unwrap());
    let whats: Vec<(&str, String)> = history.iter().map(|c| (c.actor.as_str(), english(&c.what))).collect();
    assert!(whats.contains(&("Ann", "Changed schedule".into())), "{whats:?}");
    assert!(whats.contains(&("Ann", "Created".into())), "{whats:?}");

    // The same field while apart: the later clock holds, both laptops show the conflict.
    let retitle = |laptop: &Laptop, title: &str| {
        laptop.with(|s| {
            let before = items::get(s, &item).unwrap().item;
            let mut draft = item_draft(&channel, title, on("2027-03-13"));
            draft.notes = before.notes.clone();
            items::update(s, &item, &draft).unwrap()
        })
    };
    retitle(&ann, "Ann's title");
    // Later by the wall clock: two laptops' changes in the same millisecond are ordered by
    // their devices, not by which came first (a fast machine made them one millisecond).
    std::thread::sleep(std::time::Duration::from_millis(5));
    retitle(&bob, "Bob's title");
    ann.sync().await.unwrap();
    let seen = bob.sync().await.unwrap();
    assert_eq!(seen.conflicts, 1, "{seen:?}");
    ann.sync().await.unwrap();
    assert_eq!(title_of(&ann, &item), "Bob's title", "the later change holds meanwhile");
    assert_eq!(ann.plan(), bob.plan());
    for (laptop, mine, theirs, who) in
        [(&ann, "Ann's title", "Bob's title", "Bob"), (&bob, "Bob's title", "Ann's title", "Ann")]
    {
        let found = laptop.with(|s| conflicts(s).unwrap());
        assert_eq!(found.len(), 1, "{found:?}");
        let c = &found[0];
        assert_eq!((c.field.as_str(), c.mine.as_str(), c.theirs.as_str()), ("title", mine, theirs));
        assert_eq!(c.their_member, who);
        assert_eq!(c.label, "Bob's title");
    }
    // Undo is personal: Ann's last change was overwritten by Bob's, so her undo refuses.
    let refused = ann.with(|s| s.undo()).unwrap_err();
    assert!(matches!(refused, Error::Conflict { .. }), "{refused}");

    ann.with(|s| resolve(s, "contentItem", &item, "title", Keep::Mine).unwrap());
    ann.sync().await.unwrap();
    bob.sync().await.unwrap();
    assert_eq!(title_of(&bob, &item), "Ann's title");
    assert!(ann.with(|s| conflicts(s).unwrap()).is_empty());
    assert!(bob.with(|s| conflicts(s).unwrap()).is_empty(), "a choice made having seen both settles it");
    assert_eq!(ann.plan(), bob.plan());

    // A viewer pulls; their own changes stay on their laptop.
    let vic = Laptop::new(&vic_url);
    vic.sync().await.unwrap();
    assert_eq!(vic.plan(), ann.plan());
    vic.with(|s| add_item(s, &channel, "Vic's idea", "2027-03-20"));
    let held = vic.sync().await.unwrap();
    assert_eq!((held.pushed, held.waiting), (0, 1), "{held:?}");
    bob.sync().await.unwrap();
    assert_eq!(bob.plan(), ann.plan(), "nothing of the viewer's reached the team");

    // A folder with its own plan is not mixed into the team's.
    let other = Laptop::new(&bob_url);
    other.with(add_brand_and_channel);
    let err = other.sync().await.unwrap_err();
    assert!(matches!(&err, Error::Conflict { message } if message.to_string().contains("fresh data folder")), "{err}");
    let recorded = other.with(|s| status(s.conn()).unwrap());
    assert!(recorded.last_error.is_some_and(|e| e.to_string().contains("fresh data folder")));

    // A wrong password is a typed error and the plan works on.
    let wrong = Laptop::new(&cluster.url("westmark_team_ann", "not-it", DB));
    let err = wrong.sync().await.unwrap_err();
    assert!(matches!(&err, Error::Validation { field, .. } if field == "password"), "{err}");
}

/// Ann Head, who approves everything in the plan's own team list.
fn head_draft() -> almanac_core::domain::MemberDraft {
    almanac_core::domain::MemberDraft {
        name: "Ann Head".into(),
        role: String::new(),
        email: String::new(),
        capacity_weekly: None,
        leave: vec![],
        approves: vec![almanac_core::domain::ApprovalScope::Everything],
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_an_approval_travels_with_the_item_and_an_edit_elsewhere_sends_it_back() {
    use almanac_core::domain::{ApprovalScope, Decision, ItemStatus, MemberDraft};
    use almanac_core::ops::approvals::{self, DecisionDraft};
    let cluster = Postgres::start(DB);
    let [ann_url, bob_url, _] = team(&cluster).await;
    let ann = Laptop::new(&ann_url);
    let (channel, item) = ann.with(|s| {
        let channel = add_brand_and_channel(s);
        let item = add_item(s, &channel, "Bike marking", "2027-03-06");
        let head = almanac_core::ops::members::create(s, &head_draft()).unwrap();
        approvals::set_laptop_user(s, Some(&head.id.to_string())).unwrap();
        approvals::submit(s, std::slice::from_ref(&item)).unwrap();
        let draft =
            DecisionDraft { item_ids: vec![item.clone()], decision: Decision::Approved, comment: "Fine".into() };
        approvals::decide(s, &draft).unwrap();
        (channel, item)
    });
    ann.sync().await.unwrap();
    let bob = Laptop::new(&bob_url);
    bob.sync().await.unwrap();
    // What a member approves is the team server's to say (set by its owner): a laptop's own
    // record of it stays on that laptop.
    let shared = |laptop: &Laptop| {
        let mut plan = laptop.plan();
        for member in plan["members"].as_array_mut().unwrap() {
            member.as_object_mut().unwrap().remove("approves");
        }
        plan
    };
    assert_eq!(shared(&bob), shared(&ann));
    assert_eq!(bob.plan()["members"][0]["approves"], serde_json::json!([]), "no scope travels");
    let seen = bob.with(|s| approvals::of_item(s, &item).unwrap());
    assert_eq!((seen.len(), seen[0].member_name.as_str(), seen[0].comment.as_str()), (1, "Ann Head", "Fine"));
    // A team laptop is its signed-in member's, whoever a laptop chose before.
    let me = bob.with(|s| approvals::laptop_user(s).unwrap()).map(|m| m.name);
    assert_eq!(me.as_deref(), Some("Bob"));
    let chosen = bob.with(|s| approvals::set_laptop_user(s, None)).unwrap_err().to_string();
    assert!(chosen.contains("you are Bob"), "{chosen}");

    bob.with(|s| {
        let mut draft = item_draft(&channel, "Bike marking", on("2027-03-06"));
        draft.status = ItemStatus::Approved;
        draft.copy = "Free bike marking at the station".into();
        items::update(s, &item, &draft).unwrap()
    });
    bob.sync().await.unwrap();
    ann.sync().await.unwrap();
    assert_eq!(ann.with(|s| items::get(s, &item).unwrap().item.status), ItemStatus::InReview);
    assert_eq!(shared(&ann), shared(&bob));

    // Bob may approve only once the server's owner says so; a scope in his own plan is no use.
    let decision = DecisionDraft { item_ids: vec![item.clone()], decision: Decision::Approved, comment: String::new() };
    bob.with(|s| {
        let own = MemberDraft { name: "Bob".into(), approves: vec![ApprovalScope::Everything], ..head_draft() };
        almanac_core::ops::members::create(s, &own).unwrap();
    });
    let refused = bob.with(|s| approvals::decide(s, &decision)).unwrap_err().to_string();
    assert!(refused.contains("Bob may not approve"), "{refused}");
    // What he writes is his, whoever the plan's own list has.
    let subject = almanac_core::domain::Subject::Item { id: item.parse().unwrap() };
    let comment = bob.with(|s| almanac_core::ops::comments::add(s, subject, "Which station?")).unwrap();
    assert_eq!(comment.author, "Bob");
    let role = bob.with(|s| almanac_core::store::sync::team(s.conn()).unwrap().unwrap().0);
    let mut owner = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    server::set_member(&mut owner, &role, None, Some(&[server::Approves::Everything])).await.unwrap();
    bob.sync().await.unwrap();
    let decided = bob.with(|s| approvals::decide(s, &decision)).unwrap();
    assert_eq!(decided[0].member_name, "Bob", "decided in the name Bob signs in with");
    bob.sync().await.unwrap();
    ann.sync().await.unwrap();
    assert_eq!(ann.with(|s| items::get(s, &item).unwrap().item.status), ItemStatus::Approved);
    assert_eq!(ann.with(|s| approvals::of_item(s, &item).unwrap())[0].member_name, "Bob");
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_an_item_deleted_while_a_colleague_edited_it_can_be_restored_by_them() {
    let cluster = Postgres::start(DB);
    let (ann, bob, channel, item) = shared_item(&cluster, |_| {}).await;

    // Apart: Ann deletes the item, Bob rewrites it.
    ann.with(|s| items::delete(s, &item).unwrap());
    bob.with(|s| {
        items::update(s, &item, &item_draft(&channel, "Bike marking at the station", on("2027-03-06"))).unwrap()
    });
    ann.sync().await.unwrap();
    bob.sync().await.unwrap();

    // The delete holds meanwhile; Bob is asked, by name, whether to restore his item.
    assert!(bob.with(|s| items::get(s, &item)).is_err(), "deleted meanwhile");
    let asked = bob.with(|s| conflicts(s).unwrap());
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert_eq!(
        (asked[0].field.as_str(), asked[0].label.as_str(), asked[0].their_member.as_str()),
        ("_deleted", "Bike marking at the station", "Ann")
    );
    assert!(ann.with(|s| conflicts(s).unwrap()).is_empty(), "Ann deleted it knowingly");

    bob.with(|s| resolve(s, "contentItem", &item, "_deleted", Keep::Mine).unwrap());
    assert_eq!(title_of(&bob, &item), "Bike marking at the station");
    bob.sync().await.unwrap();
    ann.sync().await.unwrap();
    assert_eq!(title_of(&ann, &item), "Bike marking at the station", "restored for the team, with Bob's edit");
    assert!(bob.with(|s| conflicts(s).unwrap()).is_empty());
    assert_eq!(ann.plan(), bob.plan());

    // Let go instead: the delete stands.
    ann.with(|s| items::delete(s, &item).unwrap());
    bob.with(|s| items::update(s, &item, &item_draft(&channel, "Bike marking, again", on("2027-03-06"))).unwrap());
    ann.sync().await.unwrap();
    bob.sync().await.unwrap();
    bob.with(|s| resolve(s, "contentItem", &item, "_deleted", Keep::Theirs).unwrap());
    bob.sync().await.unwrap();
    ann.sync().await.unwrap();
    assert!(bob.with(|s| items::get(s, &item)).is_err());
    assert!(bob.with(|s| conflicts(s).unwrap()).is_empty());
    assert_eq!(ann.plan(), bob.plan());
}

/// The SEQUENCE and DTSTAMP a laptop's calendar export gives the row `id`.
fn revision_on(laptop: &Laptop, id: &str) -> (u32, String) {
    let now = chrono::Utc::now();
    let text = laptop.with(|s| ics::calendar(s, &IcsOptions::default(), now).unwrap().text);
    almanac_tests::ics_revision(&text, id).expect("the item's event")
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_a_row_in_the_same_state_has_the_same_revision_on_every_laptop() {
    let cluster = Postgres::start(DB);
    // Ann's plan written by a clock three hours behind, before she founds the team's plan
    // (from then on her laptop dates its changes by the server's time).
    let behind = || chrono::Utc::now() - chrono::Duration::hours(3);
    let (ann, bob, channel, item) = shared_item(&cluster, |ann| ann.with(|s| s.set_clock(Box::new(behind)))).await;
    let created = revision_on(&ann, &item);
    assert_eq!(revision_on(&bob, &item), created, "Bob's copy, pulled hours later, dated as Ann wrote it");

    ann.with(|s| items::update(s, &item, &item_draft(&channel, "Bike marking, renamed", on("2027-03-06"))).unwrap());
    ann.with(|s| almanac_tests::move_to(s, &item, &on("2027-03-13")).unwrap());
    ann.sync().await.unwrap();
    // Bob pulls Ann's two changes in one go: one rebuild of the row here, two changes there.
    bob.sync().await.unwrap();
    let moved = revision_on(&ann, &item);
    assert!(moved.0 > created.0, "Ann's later state has the higher SEQUENCE: {moved:?} after {created:?}");
    assert_eq!(revision_on(&bob, &item), moved, "the same state, the same revision");

    // Apart, each changes another field; once both have synced, the row is the same on both
    // laptops and so is its revision, the later of the two changes' (a revision counts
    // whole seconds).
    std::thread::sleep(std::time::Duration::from_millis(1100));
    ann.with(|s| {
        let mut draft = item_draft(&channel, "Bike marking, renamed", on("2027-03-13"));
        draft.notes = "Bring the van".into();
        items::update(s, &item, &draft).unwrap()
    });
    bob.with(|s| almanac_tests::move_to(s, &item, &on("2027-03-20")).unwrap());
    for laptop in [&ann, &bob, &ann] {
        laptop.sync().await.unwrap();
    }
    assert_eq!(ann.plan(), bob.plan());
    let merged = revision_on(&ann, &item);
    assert!(merged.0 > moved.0, "{merged:?} after {moved:?}");
    assert_eq!(revision_on(&bob, &item), merged, "the same merged state, the same revision");
}

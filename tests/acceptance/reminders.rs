//! Reminders of what is due for the member at this laptop: their approvals, collaborations'
//! deadlines and items still in draft shortly before they go out; each kind can be turned
//! off, and the daily digest is given once a day.

use almanac_core::domain::{ApprovalScope, CollaborationDraft, CollaborationKind, ItemStatus};
use almanac_core::ops::reminders::{self, ReminderKind, ReminderSettings};
use almanac_core::ops::{approvals, collaborations};
use almanac_core::Store;
use almanac_i18n::{Language, Words};
use almanac_tests::{add_item, add_member, create_item, item_draft, on, plan_with_channel};
use chrono::{DateTime, Utc};

fn english() -> Words {
    Words::for_language(Language::EnGb)
}

fn now() -> DateTime<Utc> {
    "2027-05-03T08:00:00Z".parse().unwrap()
}

fn plan() -> Store {
    let (mut store, channel) = plan_with_channel();
    let head = add_member(&mut store, "Aisha Rahman", vec![ApprovalScope::Everything]);
    approvals::set_laptop_user(&mut store, Some(&head.to_string())).unwrap();
    let waiting: Vec<String> =
        (0..2).map(|n| add_item(&mut store, &channel, &format!("Waiting {n}"), "2027-05-20")).collect();
    approvals::submit(&mut store, &waiting).unwrap();
    add_item(&mut store, &channel, "Still a draft", "2027-05-05");
    add_item(&mut store, &channel, "Far off", "2027-05-09");
    let mut written = item_draft(&channel, "Written", on("2027-05-04"));
    written.status = ItemStatus::Scheduled;
    create_item(&mut store, &written);
    let collab = CollaborationDraft {
        title: "Joint Reel".into(),
        kind: CollaborationKind::CollabPost,
        campaign_id: None,
        go_live: String::new(),
        asset_due: String::new(),
        approval_due: "2027-05-04".into(),
        key_message: String::new(),
        hashtags: vec![],
        asset_specs: String::new(),
        notes: String::new(),
        item_ids: vec![],
        partners: vec![],
    };
    collaborations::create(&mut store, &collab, now()).unwrap();
    store
}

#[test]
fn what_is_due_names_the_approvals_the_deadlines_and_the_drafts_of_the_next_days() {
    let mut store = plan();
    let due = reminders::due(&store, now(), &english()).unwrap();
    let titles: Vec<(ReminderKind, &str)> = due.iter().map(|r| (r.kind, r.title.as_str())).collect();
    assert_eq!(
        titles,
        [
            (ReminderKind::Approvals, "2 items wait for your approval"),
            (ReminderKind::Deadline, "Approval due tomorrow: “Joint Reel”"),
            (ReminderKind::Drafts, "1 item still in draft goes out by 6 May 2027"),
        ]
    );
    assert_eq!(due[2].body, "“Still a draft”.", "the item on the 9th is further off; the written one is not a draft");

    let quiet = ReminderSettings { approvals: false, drafts: false, ..ReminderSettings::default() };
    reminders::save_settings(&store, &quiet).unwrap();
    let due = reminders::due(&store, now(), &english()).unwrap();
    assert_eq!(due.iter().map(|r| r.kind).collect::<Vec<_>>(), [ReminderKind::Deadline]);
    let bad = ReminderSettings { days_ahead: 0, ..quiet };
    assert_eq!(reminders::save_settings(&store, &bad).unwrap_err().code(), "validation");
    assert_eq!(reminders::settings_of(&store).unwrap(), quiet, "a refused setting changes nothing");

    approvals::set_laptop_user(&mut store, None).unwrap();
    reminders::save_settings(&store, &ReminderSettings::default()).unwrap();
    let due = reminders::due(&store, now(), &english()).unwrap();
    assert!(due.iter().all(|r| r.kind != ReminderKind::Approvals), "nobody chosen: no approvals to remind of");
}

#[test]
fn the_digest_sums_up_what_is_due_once_a_day() {
    let store = plan();
    let due = reminders::due(&store, now(), &english()).unwrap();
    let (title, body) = reminders::digest(&due, &english()).unwrap();
    assert_eq!(title, "Almanac today: 3 reminders");
    assert_eq!(body.lines().count(), 3);
    assert!(reminders::take_digest(&store, now()).unwrap());
    assert!(!reminders::take_digest(&store, now()).unwrap(), "once a day");
    assert!(reminders::take_digest(&store, now() + chrono::Duration::days(1)).unwrap(), "and again the next day");
    assert!(reminders::digest(&[], &english()).is_none());
}

#[test]
fn reminders_speak_the_members_language_with_its_dates() {
    let store = plan();
    let dutch = Words::for_language(Language::Nl);
    let due = reminders::due(&store, now(), &dutch).unwrap();
    assert_eq!(due.len(), 3);
    assert_eq!(due[0].title, dutch.format("reminder-approvals", &[("count", 2usize.into())]));
    assert!(due[2].title.contains("6 mei 2027"), "{}", due[2].title);
    for r in &due {
        for english in ["approval", "wait", "due", "tomorrow"] {
            assert!(!r.title.contains(english) && !r.body.contains(english), "no English in “{}”: {}", r.title, r.body);
        }
    }
    let later =
        reminders::due(&store, now() - chrono::Duration::days(1), &Words::for_language(Language::EnGb)).unwrap();
    let deadline = later.iter().find(|r| r.kind == ReminderKind::Deadline).unwrap();
    assert_eq!(deadline.title, "Approval due Tue 4 May: “Joint Reel”", "two days off: its weekday and date");
    let (title, _) = reminders::digest(&due, &dutch).unwrap();
    assert_eq!(title, dutch.format("reminder-digest", &[("count", 3usize.into())]));
}

//! Hand-off files for the publishing tools: a channel's approved items in Hootsuite's,
//! Sprout's and Buffer's bulk-upload formats, split at each tool's limit, with what each
//! tool refuses left out and reported (no time, too soon, off the 5-minute mark, a
//! duplicate, no copy, too long for the network as the network counts it, too close to the
//! previous message, an Instagram post without an image, past Buffer's free queue).

use almanac_core::domain::{ChannelDraft, ItemStatus, Platform, When};
use almanac_core::export::handoff::{self, HandoffFormat, BUFFER_ROWS_PER_FILE, ROWS_PER_FILE};
use almanac_core::ops::{campaigns, channels};
use almanac_core::Store;
use almanac_tests::{campaign_draft, create_item, english, item_draft, plan_with_channel, set_zone};

fn plan() -> (Store, String) {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "Europe/London", "en-GB");
    (store, channel)
}

fn add(store: &mut Store, channel: &str, title: &str, when: When, copy: &str, status: ItemStatus) {
    let mut draft = item_draft(channel, title, when);
    draft.copy = copy.into();
    draft.status = status;
    create_item(store, &draft);
}

fn at(local: &str) -> When {
    When::At { local: local.into() }
}

fn read(path: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_path(path).unwrap();
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

/// Turns the plan's Instagram channel into a channel on `platform`.
fn make_it(store: &mut Store, channel: &str, platform: Platform, handle: &str) {
    let instagram = channels::list(store).unwrap().remove(0);
    let draft = ChannelDraft {
        brand_id: instagram.brand_id.to_string(),
        platform,
        handle: handle.into(),
        purpose: String::new(),
        colour: instagram.colour.clone(),
        active: true,
        max_per_day: None,
        min_gap_minutes: None,
        posting_slots: vec![],
    };
    channels::update(store, channel, &draft).unwrap();
}

fn now() -> chrono::DateTime<chrono::Utc> {
    "2027-02-28T12:00:00Z".parse().unwrap()
}

#[test]
fn hootsuite_gets_350_messages_a_file_and_a_report_of_what_it_would_refuse() {
    let (mut store, channel) = plan();
    for n in 0..360 {
        let local = format!("2027-03-{:02}T{:02}:{:02}", 1 + n / 24, 8 + (n % 24) / 2, (n % 2) * 30);
        add(
            &mut store,
            &channel,
            &format!("Post {n}"),
            at(&local),
            &format!("Message {n} https://westmark.example/{n}"),
            ItemStatus::Approved,
        );
    }
    add(&mut store, &channel, "All day", When::AllDay { date: "2027-03-02".into() }, "Text", ItemStatus::Approved);
    add(&mut store, &channel, "Off the mark", at("2027-03-02T07:07"), "Odd minute", ItemStatus::Approved);
    add(
        &mut store,
        &channel,
        "Twice",
        at("2027-03-02T07:15"),
        "Message 0 https://westmark.example/0",
        ItemStatus::Approved,
    );
    add(&mut store, &channel, "Silent", at("2027-03-02T07:20"), "", ItemStatus::Approved);
    add(&mut store, &channel, "Too long", at("2027-03-02T07:25"), &"a".repeat(2_201), ItemStatus::Approved);
    add(&mut store, &channel, "Too soon", at("2027-02-28T12:05"), "Soon", ItemStatus::Approved);
    add(&mut store, &channel, "A draft", at("2027-03-02T07:30"), "Not approved", ItemStatus::Draft);

    let out = tempfile::tempdir().unwrap();
    let first = out.path().join("hootsuite.csv");
    let days = ("2027-02-28", "2027-03-31");
    let report = handoff::export(&store, HandoffFormat::Hootsuite, &channel, days, &first, now()).unwrap();
    assert_eq!(report.messages, 360);
    assert_eq!(report.files, [first.display().to_string(), out.path().join("hootsuite-2.csv").display().to_string()]);
    let first = read(&report.files[0]);
    assert_eq!(first.len(), ROWS_PER_FILE, "no header, 350 messages");
    assert_eq!(read(&report.files[1]).len(), 10);
    assert_eq!(first[0], ["01/03/2027 08:00", "Message 0 https://westmark.example/0", "https://westmark.example/0"]);
    let reasons: Vec<(&str, String)> = report.dropped.iter().map(|d| (d.title.as_str(), english(&d.reason))).collect();
    let reason = |title: &str| {
        reasons.iter().find(|(t, _)| *t == title).map(|(_, r)| r.as_str()).unwrap_or_else(|| panic!("{title} reported"))
    };
    assert!(reason("All day").contains("no time"));
    assert!(reason("Off the mark").contains("5-minute"));
    assert!(reason("Twice").contains("identical"));
    assert!(reason("Silent").contains("no copy"));
    assert!(reason("Too long").contains("2201 characters"));
    assert!(reason("Too soon").contains("10 minutes"));
    assert_eq!(report.dropped.len(), 6, "the draft is not approved, so not handed off at all");
}

#[test]
fn x_copy_is_judged_as_x_counts_it_a_tracked_link_as_23_and_japanese_double() {
    let (mut store, channel) = plan();
    make_it(&mut store, &channel, Platform::X, "@westmarkpolice");
    // 363 characters, 139 of them a link with its tracking tags: X counts 224 + 23 = 247.
    let link = format!(
        "https://www.westmark.police.uk/news/bike-marking?utm_source=x&utm_medium=social&utm_campaign=spring{}",
        "0".repeat(40)
    );
    assert_eq!(link.chars().count(), 139);
    let words = "Bring your bike to Westmark station on Saturday: officers mark frames for free. ".repeat(3);
    let copy = format!("{} {link}", &words[..223]);
    assert_eq!(copy.chars().count(), 363);
    add(&mut store, &channel, "Tracked", at("2027-03-02T09:00"), &copy, ItemStatus::Approved);
    let japanese: String = "自転車の防犯登録を忘れずに".chars().cycle().take(156).collect();
    add(&mut store, &channel, "Japanese", at("2027-03-02T10:00"), &japanese, ItemStatus::Approved);

    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("x.csv");
    let report =
        handoff::export(&store, HandoffFormat::Hootsuite, &channel, ("2027-03-01", "2027-03-31"), &path, now())
            .unwrap();
    assert_eq!(report.messages, 1, "{:?}", report.dropped);
    assert_eq!(read(&report.files[0])[0][1], copy, "the tracked post goes out whole");
    assert_eq!(report.dropped.len(), 1);
    assert_eq!(report.dropped[0].title, "Japanese");
    assert_eq!(english(&report.dropped[0].reason), "X counts 312 characters in the copy; it takes 280");
}

#[test]
fn sprout_gets_its_documented_headers_and_messages_ten_minutes_apart() {
    let (mut store, channel) = plan();
    add(
        &mut store,
        &channel,
        "First",
        at("2027-03-05T09:00"),
        "=Starts like a formula, @mentions kept",
        ItemStatus::Approved,
    );
    add(&mut store, &channel, "Crowded", at("2027-03-05T09:05"), "Too close", ItemStatus::Approved);
    add(&mut store, &channel, "Later", at("2027-03-05T09:10"), "Ten minutes on", ItemStatus::Approved);
    let out = tempfile::tempdir().unwrap();
    let name = handoff::default_file_name(&store, HandoffFormat::Sprout, &channel, "2027-03-01").unwrap();
    assert_eq!(name, "sprout-westmarkpolice-2027-03-01.csv");
    let days = ("2027-03-01", "2027-03-31");
    let report = handoff::export(&store, HandoffFormat::Sprout, &channel, days, &out.path().join(name), now()).unwrap();
    let rows = read(&report.files[0]);
    assert_eq!(rows[0], ["date", "time_24hr", "message_text", "link"]);
    assert_eq!(
        rows[1],
        ["05/03/2027", "09:00", "=Starts like a formula, @mentions kept", ""],
        "published text is not neutralised"
    );
    assert_eq!(rows[2][1], "09:10");
    assert_eq!(rows.len(), 3);
    assert_eq!(report.dropped[0].title, "Crowded");
    assert_eq!(report.date_format, "dd/mm/yyyy");
}

#[test]
fn a_missing_folder_or_channel_is_refused_and_nothing_is_written() {
    let (mut store, channel) = plan();
    add(&mut store, &channel, "One", at("2027-03-05T09:00"), "Copy", ItemStatus::Approved);
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("sprout.csv");
    let days = ("2027-03-01", "2027-03-31");
    let sprout = HandoffFormat::Sprout;
    assert!(handoff::export(&store, sprout, &channel, days, &out.path().join("nope/sprout.csv"), now()).is_err());
    assert!(handoff::export(&store, sprout, &channel, days, &out.path().join("x.xlsx"), now()).is_err());
    assert!(handoff::export(&store, sprout, &uuid_like(), days, &file, now()).is_err());
    assert!(handoff::export(&store, sprout, &channel, ("2027-03-31", "2027-03-01"), &file, now()).is_err());
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

fn uuid_like() -> String {
    "018bcfe5-0000-7000-8000-000000000000".into()
}

#[test]
fn buffer_gets_its_titled_columns_an_image_for_instagram_and_100_posts_a_file() {
    let (mut store, channel) = plan();
    let campaign = campaigns::create(&mut store, &campaign_draft("Bike Safe", "2027-03-01", "2027-03-31")).unwrap();
    for n in 0..105 {
        let mut draft =
            item_draft(&channel, &format!("Post {n}"), at(&format!("2027-03-{:02}T{:02}:07", 1 + n / 10, 8 + n % 10)));
        draft.copy = format!("Ride safe {n}\nhttps://img.westmark.example/bike-{n}.JPG?w=1080 #BikeSafe");
        draft.status = ItemStatus::Approved;
        draft.campaign_id = Some(campaign.id.to_string());
        create_item(&mut store, &draft);
    }
    add(
        &mut store,
        &channel,
        "No picture",
        at("2027-03-20T09:00"),
        "Words only https://westmark.example/a",
        ItemStatus::Approved,
    );
    let out = tempfile::tempdir().unwrap();
    let name = handoff::default_file_name(&store, HandoffFormat::Buffer, &channel, "2027-03-01").unwrap();
    assert_eq!(name, "buffer-westmarkpolice-2027-03-01.csv");
    let days = ("2027-03-01", "2027-03-31");
    let report = handoff::export(&store, HandoffFormat::Buffer, &channel, days, &out.path().join(name), now()).unwrap();
    assert_eq!((report.messages, report.files.len()), (105, 2));
    let bytes = std::fs::read(&report.files[0]).unwrap();
    assert!(bytes.starts_with(b"Text,Image URL,Tags,Posting Time\r\n"), "the titles as Buffer reads them, no BOM");
    let first = read(&report.files[0]);
    assert_eq!(first.len(), 1 + BUFFER_ROWS_PER_FILE);
    assert_eq!(
        first[1],
        ["Ride safe 0\n#BikeSafe", "https://img.westmark.example/bike-0.JPG?w=1080", "Bike Safe", "2027-03-01 08:07"],
        "the image goes in its column, the campaign is the tag, the time any minute"
    );
    assert_eq!(read(&report.files[1]).len(), 1 + 5, "each file has the titles");
    assert_eq!(report.date_format, "yyyy-mm-dd");
    assert_eq!(report.dropped.len(), 1);
    assert_eq!(report.dropped[0].title, "No picture");
    assert!(english(&report.dropped[0].reason).contains("Instagram only with an image"));

    // The free plan's queue holds ten posts a channel: the rest are listed, not cut silently.
    let free = out.path().join("free.csv");
    let report = handoff::export(&store, HandoffFormat::BufferFree, &channel, days, &free, now()).unwrap();
    assert_eq!((report.messages, report.files.len()), (10, 1));
    assert_eq!(read(&report.files[0]).len(), 11);
    let queue_full = report.dropped.iter().filter(|d| english(&d.reason).contains("free plan holds 10")).count();
    assert_eq!(queue_full, 95 + 1, "the other 95 posts, and the post without a picture after them");
}

#[test]
fn buffer_is_refused_for_a_network_it_does_not_publish_to() {
    let (mut store, channel) = plan();
    make_it(&mut store, &channel, Platform::Youtube, "Westmark Police");
    add(&mut store, &channel, "Video", at("2027-03-05T09:00"), "Watch", ItemStatus::Approved);
    let out = tempfile::tempdir().unwrap();
    let days = ("2027-03-01", "2027-03-31");
    let refused = handoff::export(&store, HandoffFormat::Buffer, &channel, days, &out.path().join("b.csv"), now());
    let Err(almanac_core::Error::Validation { field, message }) = refused else { panic!("{refused:?}") };
    assert_eq!(field, "channel");
    assert!(english(&message).starts_with("Buffer does not publish to this channel's network"));
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

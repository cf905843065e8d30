//! The one-page campaign brief, read back with poppler: the campaign's objectives and
//! KPIs, message, window, channels, its items (the rest counted), collaborations, key
//! dates and outstanding approvals on exactly one A4 page, in the plan's language or one
//! named, and the same facts as e-mail text.

use almanac_core::domain::{CampaignDraft, ItemStatus};
use almanac_core::export::campaign_brief;
use almanac_core::ops::{campaigns, collaborations};
use almanac_core::Store;
use almanac_i18n::{Catalogue, Language};
use almanac_tests::{campaign_draft, create_item, item_draft, pdf_facts, plan_with_channel, set_zone};
use chrono::{DateTime, Utc};

fn now() -> DateTime<Utc> {
    "2027-06-15T08:00:00Z".parse().unwrap()
}

fn agency() -> Store {
    almanac_tests::agency_2027()
}

/// The campaign of the sample with the most items among those with a collaboration.
fn busy_campaign_with_partners(store: &Store) -> almanac_core::domain::Campaign {
    let with_partners: Vec<_> =
        collaborations::list(store).unwrap().into_iter().filter_map(|c| c.campaign_id).collect();
    campaigns::list(store)
        .unwrap()
        .into_iter()
        .find(|c| with_partners.contains(&c.id))
        .expect("a campaign with partners")
}

#[test]
fn a_campaigns_brief_is_one_a4_page_with_what_leadership_and_partners_need() {
    let store = agency();
    let campaign = busy_campaign_with_partners(&store);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.pdf");
    campaign_brief::export(&store, &campaign.id.to_string(), None, now(), &out).unwrap();
    let facts = pdf_facts(&out);
    assert_eq!(facts.pages, 1);
    assert!((facts.width - 595.28).abs() < 1.0 && (facts.height - 841.89).abs() < 1.0, "A4 portrait");
    assert!(facts.fonts.iter().all(|(_, embedded)| *embedded));

    let b = campaign_brief::brief(&store, &campaign.id.to_string(), None, now()).unwrap();
    assert_eq!(b.name, campaign.name);
    assert!(!b.objectives.is_empty() && !b.items.is_empty() && !b.collaborations.is_empty(), "{b:?}");
    let lower = facts.text.to_lowercase();
    // The section headings print in capitals; poppler gives the text in reading order.
    let printed = |text: &str| lower.contains(&text.to_lowercase());
    for text in [&b.name, &b.window, "Objectives and KPIs", "Core message", "Approvals outstanding", &b.approvals] {
        assert!(printed(text), "“{text}” is on the page:\n{}", facts.text);
    }
    for o in &b.objectives {
        assert!(printed(&o.name), "objective {} is on the page", o.name);
    }
    for c in &b.collaborations {
        assert!(printed(c.title.split(" · ").next().unwrap()), "collaboration {} is on the page", c.title);
    }
    let first = &b.items[0];
    assert!(printed(&first.what) && printed(&first.when), "the first item and its day");
    if let Some(more) = &b.more_items {
        assert!(printed(more), "the rest are counted: {more}");
    }
    // The e-mail carries the same facts.
    for text in [&b.name, &b.window, &b.objectives[0].name, &b.collaborations[0].go_live, &b.approvals] {
        assert!(b.email.contains(text.as_str()), "“{text}” is in the e-mail:\n{}", b.email);
    }
}

#[test]
fn long_lists_are_cut_and_counted_so_the_page_stays_one_and_hostile_text_stays_text() {
    let (mut store, channel) = plan_with_channel();
    set_zone(&mut store, "Europe/London", "en-GB");
    let hostile = "#set page(height: 1pt) ] [ #pagebreak() *bold* $x$ <lab> @ref";
    let mut draft: CampaignDraft = campaign_draft(hostile, "2027-03-01", "2027-04-30");
    draft.core_message = "Ride safe. ".repeat(50);
    draft.brief = "Words of the owner. ".repeat(80);
    draft.audience = "Cyclists ".repeat(15);
    let campaign = campaigns::create(&mut store, &draft).unwrap();
    for n in 0..60 {
        let mut item =
            item_draft(&channel, &format!("Post {n:02}"), almanac_tests::on(&format!("2027-03-{:02}", 1 + n % 28)));
        item.campaign_id = Some(campaign.id.to_string());
        item.status = if n % 3 == 0 { ItemStatus::InReview } else { ItemStatus::Draft };
        create_item(&mut store, &item);
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.pdf");
    campaign_brief::export(&store, &campaign.id.to_string(), None, now(), &out).unwrap();
    let facts = pdf_facts(&out);
    assert_eq!(facts.pages, 1, "{}", facts.text);
    assert!(facts.text.contains("#set page(height: 1pt)"), "the name is printed as text:\n{}", facts.text);
    assert!(facts.text.contains("+46 more items"), "{}", facts.text);
    assert!(facts.text.contains("20 items awaiting approval, 40 still drafts"), "{}", facts.text);

    let missing =
        campaign_brief::export(&store, "018bcfe5-0000-7000-8000-000000000000", None, now(), &dir.path().join("x.pdf"));
    assert!(missing.is_err());
    let not_an_id = campaign_brief::export(&store, "not an id", None, now(), &dir.path().join("y.pdf"));
    assert!(matches!(not_an_id, Err(almanac_core::Error::Validation { .. })), "{not_an_id:?}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing written for a bad campaign");
}

#[test]
fn a_brief_named_in_dutch_or_arabic_speaks_it_whatever_the_plans_language() {
    let store = agency();
    let campaign = busy_campaign_with_partners(&store);
    let id = campaign.id.to_string();
    for language in [Language::Nl, Language::Ar] {
        let b = campaign_brief::brief(&store, &id, Some(language), now()).unwrap();
        let words = Catalogue::of(language);
        assert!(b.email.contains(&words.text("campaign-brief-kicker")), "{language:?}: {}", b.email);
        assert!(!b.email.contains("Campaign brief"), "no English in {language:?}: {}", b.email);
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("brief.pdf");
        campaign_brief::export(&store, &id, Some(language), now(), &out).unwrap();
        let facts = pdf_facts(&out);
        assert_eq!(facts.pages, 1);
        assert!(facts.text.contains(&campaign.name), "{language:?}: the team's own words stay as written");
    }
    // Each language sets a label and its value its own way: French with a narrow space
    // before the colon.
    let b = campaign_brief::brief(&store, &id, Some(Language::Fr), now()).unwrap();
    let label = Catalogue::of(Language::Fr).text("campaign-brief-approvals");
    assert!(b.email.contains(&format!("{label}\u{202f}: ")), "{}", b.email);
}

//! The partner briefing pack: one A4 page per collaboration for the partners (what,
//! why, hashtags, the go-live in each partner's zone, relay order, assets and their
//! deadlines, contacts), and the same text ready to paste into an e-mail, both in the
//! plan's language.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use specta::Type;

use crate::domain::{Campaign, Collaboration, CollaborationKind, Partner, PartnerStatus};
use crate::error::{Error, Result};
use crate::ops::{collaborations, settings};
use crate::schedule::collaborations::{partner_clocks, wall_clock};
use crate::store::records::{partners, Record};
use crate::store::Store;
use crate::typeset::{self, Rendered};
use crate::words::Words;
use crate::{text, write_atomically};
use almanac_model::Sentence;

const TEMPLATE: &str = include_str!("brief.typ");
/// Partner rows that fit the page beside everything else; the rest are counted.
const MAX_ROWS: usize = 28;

/// One partner's line of the brief.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BriefPartner {
    /// The partner's name.
    pub name: String,
    /// What they do in it.
    pub role: String,
    /// Where they stand, in words.
    pub status: String,
    /// Go-live (or, in a relay, the partner's slot) on the partner's clock.
    pub their_time: String,
    /// Who to talk to there.
    pub contact: String,
}

/// Everything the brief says, as text: the PDF and the e-mail are both made from it.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Brief {
    /// The collaboration's title.
    pub title: String,
    /// Its kind, in words.
    pub kind: String,
    /// Who sends the brief.
    pub from: String,
    /// The campaign it belongs to.
    pub campaign: String,
    /// The one message every partner carries.
    pub key_message: String,
    /// The hashtags.
    pub hashtags: String,
    /// Go-live on the plan's clock.
    pub go_live: String,
    /// When assets are due.
    pub asset_due: String,
    /// When approval is due.
    pub approval_due: String,
    /// What assets to send.
    pub asset_specs: String,
    /// A relay: each partner has a slot.
    pub relay: bool,
    /// The partners listed.
    pub partners: Vec<BriefPartner>,
    /// "+N more partners", when the page is full.
    pub more_partners: Option<String>,
    /// When the brief was made.
    pub printed: String,
    /// The brief as plain text for an e-mail.
    pub email: String,
}

/// The brief of collaboration `id`, in the plan's language.
pub fn brief(store: &Store, id: &str, now: DateTime<Utc>) -> Result<Brief> {
    let c: Collaboration = collaborations::get(store, id)?;
    let settings = settings::get(store)?;
    let words = Words::for_locale(&settings.locale);
    let tz = settings.tz();
    let partners: Vec<Partner> = partners::all(store.conn())?;
    let campaign: Option<Campaign> = c.campaign_id.map(|id| Campaign::load(store.conn(), id)).transpose()?.flatten();
    let clocks = partner_clocks(&c, &partners);
    let relay = c.kind == CollaborationKind::ThreadRelay;
    let rows: Vec<BriefPartner> = c
        .partners
        .iter()
        .zip(&clocks)
        .filter(|(m, _)| m.status != PartnerStatus::Declined)
        .map(|(m, clock)| {
            let p = partners.iter().find(|p| p.id == m.partner_id);
            let time = if relay { clock.slot.as_ref().or(clock.go_live.as_ref()) } else { clock.go_live.as_ref() };
            BriefPartner {
                name: p.map_or("—".into(), |p| p.name.clone()),
                role: m.role.clone(),
                status: words.value("partner-status", &m.status),
                their_time: time.map_or("—".into(), |t| {
                    let (date, time) = words.wall_clock(&t.local);
                    words.format(
                        "brief-their-time",
                        &[("date", date.into()), ("time", time.into()), ("zone", t.time_zone.clone().into())],
                    )
                }),
                contact: p.and_then(|p| p.contacts.first()).map_or(String::new(), |ct| {
                    [ct.name.as_str(), ct.email.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                }),
            }
        })
        .collect();
    let more = rows.len().saturating_sub(MAX_ROWS);
    let go_live = c.go_live.map_or(words.text("brief-not-set"), |t| {
        let w = wall_clock(t, tz);
        let (date, time) = words.wall_clock(&w.local);
        words.format(
            "brief-go-live-at",
            &[
                ("date", date.into()),
                ("time", time.into()),
                ("zone", w.time_zone.into()),
                ("offset", format!("UTC{}", w.offset).into()),
            ],
        )
    });
    let mut brief = Brief {
        title: c.title.clone(),
        kind: words.value("collaboration-kind", &c.kind),
        from: settings.organisation.clone(),
        campaign: campaign.map(|x| x.name).unwrap_or_default(),
        key_message: text::at_most(&c.key_message, 700),
        hashtags: c.hashtags.iter().map(|h| format!("#{h}")).collect::<Vec<_>>().join(" "),
        go_live,
        asset_due: c.asset_due.map(|d| words.long_date(d)).unwrap_or_default(),
        approval_due: c.approval_due.map(|d| words.long_date(d)).unwrap_or_default(),
        asset_specs: text::at_most(&c.asset_specs, 900),
        relay,
        partners: rows.iter().take(MAX_ROWS).cloned().collect(),
        more_partners: (more > 0).then(|| words.format("brief-more-partners", &[("count", more.into())])),
        printed: words.long_date(now.with_timezone(&tz).date_naive()),
        email: String::new(),
    };
    brief.email = email(&brief, &rows, &words);
    Ok(brief)
}

/// The brief as an e-mail: every partner, none cut.
fn email(b: &Brief, rows: &[BriefPartner], words: &Words) -> String {
    let line = |id: &str, name: &str, value: &str| words.format(id, &[(name, value.to_owned().into())]) + "\n";
    let mut out = format!("{} — {}\n\n", b.title, b.kind);
    if !b.campaign.is_empty() {
        out += &line("brief-email-campaign", "campaign", &b.campaign);
    }
    out += &line("brief-email-goes-live", "when", &b.go_live);
    if !b.asset_due.is_empty() {
        out += &line("brief-email-assets-due", "date", &b.asset_due);
    }
    if !b.approval_due.is_empty() {
        out += &line("brief-email-approval-due", "date", &b.approval_due);
    }
    if !b.key_message.is_empty() {
        out += &format!("\n{}\n{}\n", words.text("brief-email-key-message"), b.key_message);
    }
    if !b.hashtags.is_empty() {
        out += "\n";
        out += &line("brief-email-hashtags", "hashtags", &b.hashtags);
    }
    if !b.asset_specs.is_empty() {
        out += &format!("\n{}\n{}\n", words.text("brief-email-assets"), b.asset_specs);
    }
    let list = if b.relay { "brief-email-relay-order" } else { "brief-email-partners" };
    out += &format!("\n{}\n", words.text(list));
    for (i, r) in rows.iter().enumerate() {
        let n = if b.relay { format!("{}. ", i + 1) } else { "- ".into() };
        let mut args = vec![("partner", r.name.clone().into()), ("time", r.their_time.clone().into())];
        let id = if r.role.is_empty() {
            "brief-email-partner"
        } else {
            args.push(("role", r.role.clone().into()));
            "brief-email-partner-role"
        };
        out += &format!("{n}{}\n", words.format(id, &args));
    }
    out += &format!("\n{}\n", b.from);
    out
}

/// The fixed words of the page, with its language.
fn page_words(words: &Words, b: &Brief) -> serde_json::Value {
    let mut labels = words.labels(
        "brief",
        &[
            "goes-live",
            "assets-due",
            "approval-due",
            "key-message",
            "hashtags",
            "assets",
            "relay-order",
            "partners",
            "column-order",
            "column-partner",
            "column-role",
            "column-their-time",
            "column-contact",
        ],
    );
    let kicker = if b.campaign.is_empty() {
        words.format("brief-kicker", &[("kind", b.kind.clone().into())])
    } else {
        words.format(
            "brief-kicker-campaign",
            &[("kind", b.kind.clone().into()), ("campaign", b.campaign.clone().into())],
        )
    };
    let texts = [
        ("kicker", kicker),
        ("documentTitle", words.format("brief-document-title", &[("title", b.title.clone().into())])),
        ("from", words.format("brief-from", &[("organisation", b.from.clone().into())])),
        (
            "footer",
            words
                .format("brief-footer", &[("organisation", b.from.clone().into()), ("date", b.printed.clone().into())]),
        ),
        ("lang", words.typst_lang()),
    ];
    labels.extend(texts.map(|(k, v)| (k.to_owned(), v.into())));
    labels.into()
}

/// The brief as one A4 page of PDF.
pub fn render(store: &Store, id: &str, now: DateTime<Utc>) -> Result<Rendered> {
    let b = brief(store, id, now)?;
    let settings = settings::get(store)?;
    let today = now.with_timezone(&settings.tz()).date_naive();
    let mut data = serde_json::to_value(&b)?;
    data["words"] = page_words(&Words::for_locale(&settings.locale), &b);
    let rendered = typeset::render("brief.typ", TEMPLATE, &data, today)?;
    if rendered.pages != 1 {
        return Err(Error::io(Sentence::new("error-files-brief-pages").with("pages", rendered.pages)));
    }
    Ok(rendered)
}

/// A brief written to a file.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BriefWritten {
    /// Where it was written.
    pub path: String,
    /// Its texts with a character no font on this laptop has, printed as empty boxes.
    pub unprintable: Vec<String>,
}

/// Writes the brief of collaboration `id` to `out`; nothing is written when anything fails.
pub fn export(store: &Store, id: &str, now: DateTime<Utc>, out: &Path) -> Result<BriefWritten> {
    if out.as_os_str().is_empty() {
        return Err(Error::validation("out", Sentence::new("error-choose-pdf-place")));
    }
    let rendered = render(store, id, now)?;
    write_atomically("out", out, &rendered.pdf)?;
    Ok(BriefWritten { path: out.display().to_string(), unprintable: rendered.unprintable })
}

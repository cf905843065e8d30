//! The partner briefing pack: one A4 page per collaboration for the partners (what,
//! why, hashtags, the go-live in each partner's zone, relay order, assets and their
//! deadlines, contacts), and the same text ready to paste into an e-mail.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use specta::Type;

use crate::domain::{Campaign, Collaboration, CollaborationKind, Partner};
use crate::error::{Error, Result};
use crate::ops::{collaborations, settings};
use crate::schedule::collaborations::{partner_clocks, wall_clock};
use crate::store::records::{partners, Record};
use crate::store::Store;
use crate::{text, typeset, write_atomically};

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

fn kind_words(kind: CollaborationKind) -> &'static str {
    match kind {
        CollaborationKind::CollabPost => "Collab post",
        CollaborationKind::ThreadRelay => "Thread relay",
        CollaborationKind::CrossPost => "Cross-post",
        CollaborationKind::JointCampaign => "Joint campaign",
        CollaborationKind::GroupBroadcast => "Group broadcast",
        CollaborationKind::Takeover => "Takeover",
        CollaborationKind::JointEvent => "Joint event",
    }
}

/// The brief of collaboration `id`.
pub fn brief(store: &Store, id: &str, now: DateTime<Utc>) -> Result<Brief> {
    let c: Collaboration = collaborations::get(store, id)?;
    let settings = settings::get(store)?;
    let tz = settings.tz();
    let partners: Vec<Partner> = partners::all(store.conn())?;
    let campaign: Option<Campaign> = c.campaign_id.map(|id| Campaign::load(store.conn(), id)).transpose()?.flatten();
    let clocks = partner_clocks(&c, &partners);
    let relay = c.kind == CollaborationKind::ThreadRelay;
    let rows: Vec<BriefPartner> = c
        .partners
        .iter()
        .zip(&clocks)
        .filter(|(m, _)| m.status != crate::domain::PartnerStatus::Declined)
        .map(|(m, clock)| {
            let p = partners.iter().find(|p| p.id == m.partner_id);
            let time = if relay { clock.slot.as_ref().or(clock.go_live.as_ref()) } else { clock.go_live.as_ref() };
            BriefPartner {
                name: p.map_or("—".into(), |p| p.name.clone()),
                role: m.role.clone(),
                status: crate::domain::enum_name(&m.status),
                their_time: time.map_or("—".into(), |t| format!("{} {}", t.local.replace('T', " "), t.time_zone)),
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
    let go_live = c.go_live.map_or("not set yet".into(), |t| {
        let w = wall_clock(t, tz);
        format!("{} {} (UTC{})", w.local.replace('T', " "), w.time_zone, w.offset)
    });
    let mut brief = Brief {
        title: c.title.clone(),
        kind: kind_words(c.kind).into(),
        from: settings.organisation.clone(),
        campaign: campaign.map(|x| x.name).unwrap_or_default(),
        key_message: text::at_most(&c.key_message, 700),
        hashtags: c.hashtags.iter().map(|h| format!("#{h}")).collect::<Vec<_>>().join(" "),
        go_live,
        asset_due: c.asset_due.map(|d| d.to_string()).unwrap_or_default(),
        approval_due: c.approval_due.map(|d| d.to_string()).unwrap_or_default(),
        asset_specs: text::at_most(&c.asset_specs, 900),
        relay,
        partners: rows.iter().take(MAX_ROWS).cloned().collect(),
        more_partners: (more > 0).then(|| format!("+{more} more partners")),
        printed: now.with_timezone(&tz).format("%Y-%m-%d").to_string(),
        email: String::new(),
    };
    brief.email = email(&brief, &rows);
    Ok(brief)
}

/// The brief as an e-mail: every partner, none cut.
fn email(b: &Brief, rows: &[BriefPartner]) -> String {
    let mut out = format!("{} — {}\n\n", b.title, b.kind);
    if !b.campaign.is_empty() {
        out += &format!("Campaign: {}\n", b.campaign);
    }
    out += &format!("Goes live: {}\n", b.go_live);
    if !b.asset_due.is_empty() {
        out += &format!("Assets due: {}\n", b.asset_due);
    }
    if !b.approval_due.is_empty() {
        out += &format!("Approval due: {}\n", b.approval_due);
    }
    if !b.key_message.is_empty() {
        out += &format!("\nKey message:\n{}\n", b.key_message);
    }
    if !b.hashtags.is_empty() {
        out += &format!("\nHashtags: {}\n", b.hashtags);
    }
    if !b.asset_specs.is_empty() {
        out += &format!("\nAssets:\n{}\n", b.asset_specs);
    }
    out += &format!("\n{}:\n", if b.relay { "Relay order (your time)" } else { "Partners (your time)" });
    for (i, r) in rows.iter().enumerate() {
        let n = if b.relay { format!("{}. ", i + 1) } else { "- ".into() };
        out += &format!(
            "{n}{} — {}{}\n",
            r.name,
            r.their_time,
            if r.role.is_empty() { String::new() } else { format!(" ({})", r.role) }
        );
    }
    out += &format!("\n{}\n", b.from);
    out
}

/// The brief as one A4 page of PDF.
pub fn render(store: &Store, id: &str, now: DateTime<Utc>) -> Result<Vec<u8>> {
    let b = brief(store, id, now)?;
    let today = now.with_timezone(&settings::get(store)?.tz()).date_naive();
    let rendered = typeset::render("brief.typ", TEMPLATE, &serde_json::to_value(&b)?, today)?;
    if rendered.pages != 1 {
        return Err(Error::io(format!("the brief came out as {} pages instead of one", rendered.pages)));
    }
    Ok(rendered.pdf)
}

/// Writes the brief of collaboration `id` to `out`; nothing is written when anything fails.
pub fn export(store: &Store, id: &str, now: DateTime<Utc>, out: &Path) -> Result<String> {
    if out.as_os_str().is_empty() {
        return Err(Error::validation("out", "choose where to save the PDF"));
    }
    let pdf = render(store, id, now)?;
    write_atomically("out", out, &pdf)?;
    Ok(out.display().to_string())
}

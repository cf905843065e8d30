//! The one-page campaign brief a campaign owner gives leadership and partners: the
//! objectives and their KPIs, audience, core message, hashtags, window and channels, the
//! campaign's items with their dates, its collaborations and partners, the key dates and
//! blackouts it meets, and the approvals still outstanding; always one A4 page (long
//! lists are cut and counted), with the same text ready for an e-mail, in the plan's
//! language or one named.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use specta::Type;

use crate::domain::{Campaign, ContentItem, ItemStatus, PartnerStatus};
use crate::error::{Error, Result};
use crate::ops::items::ItemFilter;
use crate::ops::{campaigns, channels, collaborations, objectives, settings, year_timeline};
use crate::store::Store;
use crate::typeset::{self, Rendered};
use crate::words::{day_range, PlanWords, Words};
use crate::{text, write_atomically, Selection};
use almanac_i18n::Language;
use almanac_model::Sentence;

const TEMPLATE: &str = include_str!("campaign_brief.typ");
/// The items the page lists, spread over the campaign in date order; the rest are counted.
const MAX_ITEMS: usize = 14;
/// The collaborations the page lists.
const MAX_COLLABORATIONS: usize = 5;
/// The key dates the page lists (the team's own and blackouts first).
const MAX_KEY_DATES: usize = 8;
/// The items awaiting approval the page names.
const MAX_AWAITING: usize = 6;

/// An objective the campaign serves, with its KPI in words.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BriefObjective {
    /// The objective's name.
    pub name: String,
    /// Its KPI and target ("reach: 2,000,000 a year"), or "—".
    pub kpi: String,
}

/// One dated line: an item, an approval, a key date.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BriefLine {
    /// When, in words.
    pub when: String,
    /// What.
    pub what: String,
    /// Where or how (the channel, the status, "blackout").
    pub detail: String,
}

/// A collaboration of the campaign, with its partners in a line.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BriefCollaboration {
    /// Its title and kind.
    pub title: String,
    /// Its go-live, in words, or "not set yet".
    pub go_live: String,
    /// Its partners and where they stand ("3 of 5 confirmed: …").
    pub partners: String,
}

/// Everything the campaign brief says, as text: the PDF and the e-mail are both made from it.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CampaignBrief {
    /// The campaign's name.
    pub name: String,
    /// Who sends the brief.
    pub from: String,
    /// The campaign's days, in words.
    pub window: String,
    /// Its status, in words.
    pub status: String,
    /// The objectives it serves.
    pub objectives: Vec<BriefObjective>,
    /// Whom it speaks to.
    pub audience: String,
    /// The one thing it says.
    pub core_message: String,
    /// The owner's own brief, cut to fit.
    pub summary: String,
    /// The hashtags.
    pub hashtags: String,
    /// The channels it runs on, in a line.
    pub channels: String,
    /// Its items in date order, as many as fit.
    pub items: Vec<BriefLine>,
    /// "+N more items", when the page is full.
    pub more_items: Option<String>,
    /// Its collaborations.
    pub collaborations: Vec<BriefCollaboration>,
    /// The key dates and blackouts in its window.
    pub key_dates: Vec<BriefLine>,
    /// How many items await approval and how many are still drafts, in words.
    pub approvals: String,
    /// The items awaiting approval, soonest first.
    pub awaiting: Vec<BriefLine>,
    /// When the brief was made.
    pub printed: String,
    /// The brief as plain text for an e-mail.
    pub email: String,
}

/// The brief of campaign `id`, in `language` or else the plan's.
pub fn brief(store: &Store, id: &str, language: Option<Language>, now: DateTime<Utc>) -> Result<CampaignBrief> {
    Ok(compose(store, id, language, now)?.0)
}

/// The brief, the words it is in and today in the plan's zone (the page's date).
fn compose(
    store: &Store,
    id: &str,
    language: Option<Language>,
    now: DateTime<Utc>,
) -> Result<(CampaignBrief, Words, chrono::NaiveDate)> {
    let campaign = campaigns::get(store, id)?;
    let settings = settings::get(store)?;
    let words = language.map_or_else(|| Words::for_locale(&settings.locale), Words::for_language);
    let tz = settings.tz();
    let today = now.with_timezone(&tz).date_naive();
    let items = items_of(store, &campaign, tz)?;
    let dated = |item: &ContentItem| item.schedule.local_date(tz).map(|d| words.long_date(d)).unwrap_or_default();
    let channel_list = channels::list(store)?;
    let channel_of = |item: &ContentItem| {
        channel_list.iter().find(|c| c.id == item.channel_id).map(|c| c.name().in_words(&words)).unwrap_or_default()
    };
    let shown: Vec<&ContentItem> = items.iter().filter(|i| i.status != ItemStatus::Cancelled).collect();
    let awaiting: Vec<&&ContentItem> = shown.iter().filter(|i| i.status == ItemStatus::InReview).collect();
    let drafts = shown.iter().filter(|i| matches!(i.status, ItemStatus::Draft | ItemStatus::Idea)).count();
    let mut brief = CampaignBrief {
        name: campaign.name.clone(),
        from: settings.organisation.clone(),
        window: day_range(&words, campaign.start_date, campaign.end_date),
        status: words.value("campaign-status", &campaign.status),
        objectives: objectives_of(store, &campaign, &words)?,
        audience: text::at_most(&campaign.audience, 200),
        core_message: text::at_most(&campaign.core_message, 300),
        summary: text::at_most(&campaign.brief, 600),
        hashtags: campaign.hashtags.iter().map(|h| format!("#{h}")).collect::<Vec<_>>().join(" "),
        channels: words.list(
            &channel_list
                .iter()
                .filter(|c| campaign.channel_ids.contains(&c.id))
                .map(|c| c.name().in_words(&words))
                .collect::<Vec<_>>(),
        ),
        items: spread(&shown, MAX_ITEMS)
            .into_iter()
            .map(|i| BriefLine { when: dated(i), what: i.title.clone(), detail: channel_of(i) })
            .collect(),
        more_items: (shown.len() > MAX_ITEMS)
            .then(|| words.format("campaign-brief-more-items", &[("count", (shown.len() - MAX_ITEMS).into())])),
        collaborations: collaborations_of(store, &campaign, &words, tz)?,
        key_dates: key_dates_of(store, &campaign, &words)?,
        approvals: words
            .format("campaign-brief-approvals-count", &[("review", awaiting.len().into()), ("drafts", drafts.into())]),
        awaiting: awaiting
            .iter()
            .take(MAX_AWAITING)
            .map(|i| BriefLine { when: dated(i), what: i.title.clone(), detail: channel_of(i) })
            .collect(),
        printed: words.long_date(today),
        email: String::new(),
    };
    brief.email = email(&brief, &words);
    Ok((brief, words, today))
}

/// At most `n` of `items`, spread evenly from the first to the last, so that a long
/// campaign's page shows its whole arc rather than its first days.
fn spread<T>(items: &[T], n: usize) -> Vec<&T> {
    match items.len() {
        len if len <= n => items.iter().collect(),
        len => (0..n).map(|k| &items[k * (len - 1) / (n - 1).max(1)]).collect(),
    }
}

/// The campaign's items in the order they go out (the backlog's ideas are not dated).
fn items_of(store: &Store, campaign: &Campaign, tz: chrono_tz::Tz) -> Result<Vec<ContentItem>> {
    let selection = Selection {
        from: Some(campaign.start_date.to_string()),
        to: Some(campaign.end_date.to_string()),
        filter: ItemFilter { campaign_ids: vec![campaign.id.to_string()], ..ItemFilter::default() },
    };
    selection.items(store, tz)
}

fn objectives_of(store: &Store, campaign: &Campaign, words: &Words) -> Result<Vec<BriefObjective>> {
    Ok(objectives::list(store)?
        .into_iter()
        .filter(|o| campaign.objective_ids.contains(&o.id))
        .map(|o| {
            let kpi = match (o.kpi_metric.trim(), o.kpi_target) {
                ("", _) => "—".to_string(),
                (metric, None) => metric.to_string(),
                (metric, Some(target)) => words.format(
                    "campaign-brief-kpi-target",
                    &[
                        ("metric", metric.to_string().into()),
                        ("target", words.count(target).into()),
                        ("period", o.kpi_period.clone().into()),
                    ],
                ),
            };
            BriefObjective { name: o.name, kpi }
        })
        .collect())
}

fn collaborations_of(
    store: &Store,
    campaign: &Campaign,
    words: &Words,
    tz: chrono_tz::Tz,
) -> Result<Vec<BriefCollaboration>> {
    let partners = crate::store::records::partners::all(store.conn())?;
    let mut of_campaign: Vec<_> =
        collaborations::list(store)?.into_iter().filter(|c| c.campaign_id == Some(campaign.id)).collect();
    of_campaign.sort_by_key(|c| (c.go_live, c.title.clone()));
    Ok(of_campaign
        .into_iter()
        .take(MAX_COLLABORATIONS)
        .map(|c| {
            let names: Vec<String> = c
                .partners
                .iter()
                .filter(|m| m.status != PartnerStatus::Declined)
                .filter_map(|m| partners.iter().find(|p| p.id == m.partner_id).map(|p| p.name.clone()))
                .collect();
            let confirmed = c
                .partners
                .iter()
                .filter(|m| !matches!(m.status, PartnerStatus::Invited | PartnerStatus::Declined))
                .count();
            let go_live = c.go_live.map_or(words.text("brief-not-set"), |t| {
                let local = t.with_timezone(&tz).naive_local().format("%Y-%m-%dT%H:%M").to_string();
                words.day_or_time(&local)
            });
            BriefCollaboration {
                title: format!("{} · {}", c.title, words.value("collaboration-kind", &c.kind)),
                go_live,
                partners: words.format(
                    "campaign-brief-partners",
                    &[
                        ("confirmed", confirmed.into()),
                        ("count", c.partners.len().into()),
                        ("names", text::at_most(&words.list(&names), 220).into()),
                    ],
                ),
            }
        })
        .collect())
}

/// The key dates in the campaign's window: the team's own and the blackouts first, then
/// the catalogue's days, as many as fit, in date order.
fn key_dates_of(store: &Store, campaign: &Campaign, words: &Words) -> Result<Vec<BriefLine>> {
    let end = campaign.end_date.min(campaign.start_date + chrono::Days::new(year_timeline::MAX_MARK_DAYS as u64));
    let mut marks = year_timeline::marks(store, &campaign.start_date.to_string(), &end.to_string())?;
    marks.sort_by_key(|m| (!(m.own || m.blackout), m.starts_on));
    marks.truncate(MAX_KEY_DATES);
    marks.sort_by_key(|m| (m.starts_on, m.ends_on));
    Ok(marks
        .iter()
        .map(|m| BriefLine {
            when: day_range(words, m.starts_on, m.ends_on),
            what: words.mark_name(m),
            detail: if m.blackout { words.text("web-page-blackout") } else { String::new() },
        })
        .collect())
}

/// The brief as an e-mail: the same facts, one per line.
fn email(b: &CampaignBrief, words: &Words) -> String {
    // Each language sets a label and its value, and a dated line, in its own way (French
    // puts a narrow space before the colon).
    let field = |id: &str, value: &str| {
        words.format("campaign-brief-email-field", &[("label", words.text(id).into()), ("value", value.into())])
    };
    let line = |id: &str, value: &str| if value.is_empty() { String::new() } else { format!("{}\n", field(id, value)) };
    let mut out = format!("{} — {}\n{}\n\n", b.name, words.text("campaign-brief-kicker"), b.window);
    for o in &b.objectives {
        out += &line("campaign-brief-objective", &format!("{} ({})", o.name, o.kpi));
    }
    out += &line("campaign-brief-audience", &b.audience);
    out += &line("campaign-brief-core-message", &b.core_message);
    out += &line("campaign-brief-hashtags", &b.hashtags);
    out += &line("campaign-brief-channels", &b.channels);
    if !b.summary.is_empty() {
        out += &format!("\n{}\n", b.summary);
    }
    let list = |out: &mut String, heading: &str, lines: &[BriefLine]| {
        if lines.is_empty() {
            return;
        }
        *out += &format!("\n{}\n", words.text(heading));
        for l in lines {
            let (when, what) = (l.when.as_str().into(), l.what.as_str().into());
            let dated = if l.detail.is_empty() {
                words.format("campaign-brief-email-dated", &[("when", when), ("what", what)])
            } else {
                let detail = l.detail.as_str().into();
                words.format("campaign-brief-email-dated-detail", &[("when", when), ("what", what), ("detail", detail)])
            };
            *out += &format!("{dated}\n");
        }
    };
    list(&mut out, "campaign-brief-items", &b.items);
    if let Some(more) = &b.more_items {
        out += &format!("  {more}\n");
    }
    if !b.collaborations.is_empty() {
        out += &format!("\n{}\n", words.text("campaign-brief-collaborations"));
        for c in &b.collaborations {
            let args = [
                ("title", c.title.as_str().into()),
                ("when", c.go_live.as_str().into()),
                ("partners", c.partners.as_str().into()),
            ];
            out += &format!("{}\n", words.format("campaign-brief-email-collaboration", &args));
        }
    }
    list(&mut out, "campaign-brief-key-dates", &b.key_dates);
    out += &format!("\n{}\n", field("campaign-brief-approvals", &b.approvals));
    list(&mut out, "campaign-brief-awaiting", &b.awaiting);
    out += &format!("\n{}\n", b.from);
    out
}

/// The fixed words of the page, with its language.
fn page_words(words: &Words, b: &CampaignBrief) -> serde_json::Value {
    let mut labels = words.labels(
        "campaign-brief",
        &[
            "kicker",
            "window",
            "status",
            "objectives",
            "audience",
            "core-message",
            "hashtags",
            "channels",
            "items",
            "collaborations",
            "key-dates",
            "approvals",
            "awaiting",
            "none",
        ],
    );
    let texts = [
        ("documentTitle", words.format("campaign-brief-document-title", &[("name", b.name.clone().into())])),
        ("from", words.format("brief-from", &[("organisation", b.from.clone().into())])),
        (
            "footer",
            words.format(
                "campaign-brief-footer",
                &[("organisation", b.from.clone().into()), ("date", b.printed.clone().into())],
            ),
        ),
        ("lang", words.typst_lang()),
    ];
    labels.extend(texts.map(|(k, v)| (k.to_owned(), v.into())));
    labels.into()
}

/// The brief as one A4 page of PDF.
pub fn render(store: &Store, id: &str, language: Option<Language>, now: DateTime<Utc>) -> Result<Rendered> {
    let (b, words, today) = compose(store, id, language, now)?;
    let mut data = serde_json::to_value(&b)?;
    data["words"] = page_words(&words, &b);
    let rendered = typeset::render("campaign_brief.typ", TEMPLATE, &data, today)?;
    if rendered.pages != 1 {
        return Err(Error::io(Sentence::new("error-files-brief-pages").with("pages", rendered.pages)));
    }
    Ok(rendered)
}

/// Writes the brief of campaign `id` to `out`; nothing is written when anything fails.
pub fn export(
    store: &Store,
    id: &str,
    language: Option<Language>,
    now: DateTime<Utc>,
    out: &Path,
) -> Result<crate::brief::BriefWritten> {
    if out.as_os_str().is_empty() {
        return Err(Error::validation("out", Sentence::new("error-choose-pdf-place")));
    }
    let rendered = render(store, id, language, now)?;
    write_atomically("out", out, &rendered.pdf)?;
    Ok(crate::brief::BriefWritten { path: out.display().to_string(), unprintable: rendered.unprintable })
}

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn a_long_list_is_spread_from_its_first_to_its_last() {
        let days: Vec<u32> = (1..=100).collect();
        assert_eq!(spread(&days, 5), [&1, &25, &50, &75, &100]);
        assert_eq!(spread(&days[..3], 5), [&1, &2, &3], "a short list whole");
        assert_eq!(spread(&days, 1), [&1]);
    }
}

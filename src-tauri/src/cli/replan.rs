//! `almanac replan election`: an election called at short notice, re-planned as the app's
//! dialog does it (the same operation): the proposal printed line by line, by campaign,
//! with the words for each partner; applied unless `--dry-run`.

use std::path::Path;

use almanac_core::ops::election::{self, ElectionDraft, ElectionReplan};
use almanac_core::ops::findings::CheckCache;
use almanac_core::schedule::election::Verdict;
use almanac_core::{Sentence, Store};
use clap::{Args, Subcommand};

use super::speech::{line, say};
use super::{as_command_line, LevelArg};

#[derive(Debug, Subcommand)]
pub enum ReplanCommand {
    /// An election was called: its pre-election period becomes a blackout, and every item
    /// in it is held past it (same weekday and time, the first week with room), cancelled
    /// (its campaign is over by then) or kept (on an exempt channel, for an exempt
    /// objective), in one undoable change; the decision log records who decided what.
    Election(ElectionArgs),
}

#[derive(Debug, Args)]
pub struct ElectionArgs {
    /// What was called ("General election 2027"); default: the key date's name.
    #[arg(long, default_value = "")]
    name: String,
    /// The pre-election period's first day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE", required_unless_present = "key_date")]
    from: Option<String>,
    /// Its last day, included.
    #[arg(long, value_name = "DATE", required_unless_present = "key_date")]
    to: Option<String>,
    /// The election among the key dates (an imported timetable) whose days are the period.
    #[arg(long, value_name = "ID", conflicts_with_all = ["from", "to"])]
    key_date: Option<String>,
    /// How strict the period is.
    #[arg(long, value_enum, default_value = "restricted")]
    level: LevelArg,
    /// Where it applies, if not everywhere.
    #[arg(long, default_value = "")]
    region: String,
    /// A channel whose items are kept (repeat for more).
    #[arg(long, value_name = "ID")]
    keep_channel: Vec<String>,
    /// An objective whose items are kept (repeat for more).
    #[arg(long, value_name = "ID")]
    keep_objective: Vec<String>,
    /// Who decides, for the decision log; default: this laptop's user.
    #[arg(long, default_value = "")]
    decided_by: String,
    /// Print the proposal, writing nothing.
    #[arg(long)]
    dry_run: bool,
    /// Print the proposal (or what was done) as JSON, as the app's dialog receives it.
    #[arg(long)]
    json: bool,
}

/// Runs `replan election`.
pub(super) fn replan(data_dir: &Path, what: ReplanCommand) -> Result<(), Sentence> {
    let ReplanCommand::Election(args) = what;
    let mut store = Store::open_existing_dir(data_dir)?;
    as_command_line(&mut store);
    let draft = ElectionDraft {
        name: args.name,
        from: args.from.unwrap_or_default(),
        to: args.to.unwrap_or_default(),
        level: Some(args.level.into()),
        region: args.region,
        key_date_id: args.key_date,
        exempt_channel_ids: args.keep_channel,
        exempt_objective_ids: args.keep_objective,
        choices: vec![],
        decided_by: args.decided_by,
    };
    let mut cache = CheckCache::default();
    let replan = election::replan(&mut store, &mut cache, &draft, chrono::Utc::now(), args.dry_run)?;
    if args.json {
        // Only the document, so a script can read it whole.
        line(&serde_json::to_string_pretty(&replan).map_err(|e| Sentence::from(e.to_string()))?);
        return Ok(());
    }
    print(&replan);
    let c = replan.counts;
    let id = if args.dry_run { "cli-election-dry-run" } else { "cli-election-done" };
    say(Sentence::new(id)
        .with("election", replan.blackout.name.clone())
        .with("held", c.held)
        .with("cancelled", c.cancelled)
        .with("kept", c.kept));
    Ok(())
}

/// The proposal as lines: each campaign, its items, then the partners to tell.
fn print(replan: &ElectionReplan) {
    for group in &replan.groups {
        let mut head = if group.campaign.is_empty() {
            Sentence::new("election-no-campaign")
        } else {
            Sentence::new("cli-election-campaign").with("campaign", group.campaign.clone())
        };
        if let Some(end) = group.new_end {
            head = Sentence::new("cli-election-campaign-stretched").with("campaign", head).with("day", end);
        }
        say(head);
        for l in &group.lines {
            let verdict = match l.verdict {
                Verdict::Hold => Sentence::new("election-verdict-hold"),
                Verdict::Cancel => Sentence::new("election-verdict-cancel"),
                Verdict::Keep { exemption } => {
                    Sentence::new("election-verdict-keep").with("exemption", Sentence::new(exemption.message_id()))
                }
            };
            let when = |t: &str| t.replace('T', " ").chars().take(16).collect::<String>();
            let moved = l.to.as_deref().map(when).unwrap_or_default();
            say(Sentence::new("cli-election-line")
                .with("verdict", verdict)
                .with("from", when(&l.from))
                .with("to", moved)
                .with("channel", l.channel.clone())
                .with("title", l.title.clone())
                .with("reason", l.reason.clone()));
            for f in &l.findings {
                say(Sentence::new("cli-election-finding").with("finding", f.message.clone()));
            }
        }
    }
    for notice in &replan.partners {
        say(Sentence::new("cli-election-partners")
            .with("title", notice.title.clone())
            .with("partners", notice.partners.clone()));
        say(notice.briefing.clone());
    }
}

// The app's shared state: the plan's reference data (settings, channels,
// campaigns, objectives, brands), the undo history, and a revision counter that
// every view watches. A PlanChanged event from the backend bumps the revision,
// so each view re-queries what it shows.
import { commands, events } from "../bindings";
import type { Brand, Campaign, CrisisPause, FillProposal, Finding, MoveOutcome, SocialChannel, HistoryState, Member, Objective, Settings } from "../bindings";
import { unwrap } from "./result";

class PlanState {
  revision = $state(0);
  settings = $state<Settings | null>(null);
  brands = $state<Brand[]>([]);
  channels = $state<SocialChannel[]>([]);
  campaigns = $state<Campaign[]>([]);
  objectives = $state<Objective[]>([]);
  members = $state<Member[]>([]);
  /** The crisis pause in force, shown as a banner until resumed. */
  pause = $state<CrisisPause | null>(null);
  /** Gap-filling placements shown on the calendar until applied or discarded. */
  fillPreview = $state<FillProposal | null>(null);
  /** The findings the last move created, shown beside its undo until dismissed. */
  moveFindings = $state<Finding[]>([]);
  history = $state<HistoryState>({ undoLabel: null, redoLabel: null });
  status = $state("");

  async refresh(): Promise<void> {
    const [settings, brands, channels, campaigns, objectives, history, members, pause] = await Promise.all([
      unwrap(commands.getSettings()),
      unwrap(commands.listBrands()),
      unwrap(commands.listChannels()),
      unwrap(commands.listCampaigns()),
      unwrap(commands.listObjectives()),
      unwrap(commands.history()),
      unwrap(commands.listMembers()),
      unwrap(commands.activePause()),
    ]);
    this.members = members;
    this.pause = pause;
    this.settings = settings;
    this.brands = brands;
    this.channels = channels;
    this.campaigns = campaigns;
    this.objectives = objectives;
    this.history = history;
    this.revision += 1;
  }

  /** After an item change only the history and the views that query items need refreshing. */
  async refreshHistory(): Promise<void> {
    this.history = await unwrap(commands.history());
    this.revision += 1;
  }

  async listen(): Promise<void> {
    // The event names what changed: a moved item (the hot path of a drag) leaves the
    // reference lists as they are; anything else, undo and redo included, reloads them.
    await events.planChanged.listen((event) => {
      void (event.payload.label === "item" ? this.refreshHistory() : this.refresh());
    });
  }

  /** Announces a move and shows the findings it created, if any. */
  moved(outcome: MoveOutcome): void {
    const where = outcome.item.localStart ? outcome.item.localStart.replace("T", " ").slice(0, 16) : "the Ideas backlog";
    const found = outcome.created.length ? ` It created ${outcome.created.length} finding(s).` : "";
    this.announce(`Moved “${outcome.item.item.title}” to ${where}.${found} Undo with Ctrl+Z.`);
    this.moveFindings = outcome.created;
  }

  /** Announces a result to screen readers and in the status bar. */
  announce(message: string): void {
    this.status = message;
  }

  async undo(): Promise<void> {
    const label = await unwrap(commands.undo());
    this.announce(label ? `Undone: ${label}` : "Nothing to undo");
  }

  async redo(): Promise<void> {
    const label = await unwrap(commands.redo());
    this.announce(label ? `Redone: ${label}` : "Nothing to redo");
  }

  channelLabel(id: string): string {
    const c = this.channels.find((ch) => ch.id === id);
    return c ? `${PLATFORM_LABELS[c.platform]} ${c.handle}` : "Unknown channel";
  }
}

export const plan = new PlanState();

export const PLATFORM_LABELS: Record<SocialChannel["platform"], string> = {
  x: "X",
  instagram: "Instagram",
  facebook: "Facebook",
  linkedin: "LinkedIn",
  tiktok: "TikTok",
  youtube: "YouTube",
  bluesky: "Bluesky",
  threads: "Threads",
  flickr: "Flickr",
  snapchat: "Snapchat",
  bereal: "BeReal",
  mastodon: "Mastodon",
  blog: "Blog",
  newsletter: "Newsletter",
  website: "Website",
};

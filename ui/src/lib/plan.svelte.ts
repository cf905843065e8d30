// The app's shared state: the plan's reference data (settings, channels,
// campaigns, objectives, brands), the undo history, and a revision counter that
// every view watches. A PlanChanged event from the backend names what changed and
// bumps the revision, so each view re-queries what it shows of it — except for a
// change this window made itself and already drew from the command's answer.
import { commands, events } from "../bindings";
import type {
  Brand,
  Campaign,
  CrisisPause,
  Entity,
  FillProposal,
  Finding,
  HistoryState,
  Member,
  MoveOutcome,
  Objective,
  PlanChanged,
  Settings,
  SocialChannel,
} from "../bindings";
import { formatDay, say, t } from "./i18n.svelte";
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
  /** The change the views refresh for (null: everything, as on opening). */
  changed = $state<PlanChanged | null>(null);
  /** The journal position of the last change this window drew itself. */
  private drawn = -1;
  /** Items being moved by this window, and change events held until their move answers. */
  private inFlight = new Set<string>();
  private held: PlanChanged[] = [];

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
    await events.planChanged.listen((event) => {
      const change = event.payload;
      // The event of a move in flight may arrive before the move's answer: hold it.
      if (change.entity === "item" && change.ids.some((id) => this.inFlight.has(id))) this.held.push(change);
      else this.apply(change);
    });
  }

  /**
   * Refreshes what a change touched: items leave the reference lists as they are, and
   * items changed elsewhere come with the change, for the views to draw as they are.
   */
  private apply(change: PlanChanged): void {
    if (change.version === this.drawn) return;
    this.changed = change;
    if (change.arrived) this.revision += 1;
    else void (ITEM_LEVEL.includes(change.entity) ? this.refreshHistory() : this.refresh());
  }

  /**
   * Moves an item through `call` (one command, whose answer the view draws): the change
   * event of the move is then known to be drawn already, and nothing is re-queried.
   */
  async move(id: string, call: () => Promise<MoveOutcome>): Promise<MoveOutcome> {
    this.inFlight.add(id);
    try {
      const outcome = await call();
      this.drawn = outcome.version;
      this.history = outcome.history;
      this.moved(outcome);
      return outcome;
    } finally {
      this.inFlight.delete(id);
      const held = this.held.filter((c) => !c.ids.some((i) => this.inFlight.has(i)));
      this.held = this.held.filter((c) => !held.includes(c));
      for (const change of held) this.apply(change);
    }
  }

  /** Announces a move and shows the findings it created, if any. */
  moved(outcome: MoveOutcome): void {
    const start = outcome.entry.localStart;
    this.announce(
      t("app-moved", {
        title: outcome.entry.item.title,
        backlog: start ? "no" : "yes",
        when: start ? formatDay(start.slice(0, 16)) : "",
        channel: this.channelOf(outcome.entry),
        findings: outcome.created.length,
      }),
    );
    this.moveFindings = outcome.created;
  }

  /** Announces a result to screen readers and in the status bar. */
  announce(message: string): void {
    this.status = message;
  }

  async undo(): Promise<void> {
    const label = await unwrap(commands.undo());
    this.announce(label ? t("app-undone", { label: say(label) }) : t("app-nothing-to-undo"));
  }

  async redo(): Promise<void> {
    const label = await unwrap(commands.redo());
    this.announce(label ? t("app-redone", { label: say(label) }) : t("app-nothing-to-redo"));
  }

  channelLabel(id: string): string {
    const c = this.channels.find((ch) => ch.id === id);
    return c ? `${PLATFORM_LABELS[c.platform]} ${c.handle}` : t("app-unknown-channel");
  }

  /** The channel of an item the plan sent, as the window names it (a blog, a newsletter and
   * a website in its language); the plan's own name for a channel not loaded yet. */
  channelOf(entry: { item: { channelId: string }; channelLabel: string }): string {
    return this.channels.some((ch) => ch.id === entry.item.channelId) ? this.channelLabel(entry.item.channelId) : entry.channelLabel;
  }
}

/** Changes after which the reference lists (channels, campaigns…) are as they were. */
const ITEM_LEVEL: Entity[] = ["item", "series", "keyDate", "coverage"];

export const plan = new PlanState();

/** The networks by their own names; a blog, a newsletter and a website in the window's language. */
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
  get blog() {
    return t("platform-blog");
  },
  get newsletter() {
    return t("platform-newsletter");
  },
  get website() {
    return t("platform-website");
  },
};

// The team sync as the window shows it: the app bar's indicator and Settings → Team
// sync read the same state, which the background sync announces as it starts and ends.
import { commands, events } from "../bindings";
import type { TeamSyncProgress, TeamSyncState } from "../bindings";

class TeamState {
  state = $state<TeamSyncState>({ status: null, syncing: false });
  progress = $state<TeamSyncProgress | null>(null);

  async listen(): Promise<void> {
    await events.teamSyncState.listen((event) => {
      this.state = event.payload;
      if (!event.payload.syncing) this.progress = null;
    });
    await events.teamSyncProgress.listen((event) => (this.progress = event.payload));
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const current = await commands.teamSync();
    if (current.status === "ok") this.state = current.data;
  }

  /** The indicator's words: quiet when all is well, plain when it is not. */
  get label(): string {
    const s = this.state.status;
    if (!s) return "";
    if (this.state.syncing) return "Syncing…";
    if (s.conflicts > 0) return `${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}`;
    if (s.lastError) return s.waiting > 0 ? `Offline · ${s.waiting} waiting` : "Offline";
    if (s.waiting > 0) return `${s.waiting} waiting`;
    return "Synced";
  }

  /** What the indicator's state is, for its style. */
  get tone(): "ok" | "busy" | "warn" {
    const s = this.state.status;
    if (this.state.syncing) return "busy";
    return s && (s.conflicts > 0 || s.lastError) ? "warn" : "ok";
  }
}

export const team = new TeamState();

/** A synced field's name as a person says it (`_dates` is a start and end together). */
export function fieldName(field: string): string {
  const names: Record<string, string> = {
    schedule: "date and time",
    _dates: "dates",
    _span: "period",
    campaignId: "campaign",
    ownerId: "owner",
    objectiveIds: "objectives",
  };
  return names[field] ?? field.replace(/([A-Z])/g, " $1").toLowerCase();
}

// The team sync as the window shows it: the app bar's indicator and Settings → Team
// sync read the same state, which the background sync announces as it starts and ends.
import { commands, events } from "../bindings";
import type { TeamSyncProgress, TeamSyncState } from "../bindings";
import { t } from "./i18n.svelte";

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
    if (this.state.syncing) return t("sync-syncing");
    if (s.conflicts > 0) return t("sync-conflicts", { count: s.conflicts });
    if (s.lastError) return s.waiting > 0 ? t("sync-offline-waiting", { count: s.waiting }) : t("sync-offline");
    if (s.waiting > 0) return t("sync-waiting", { count: s.waiting });
    return t("sync-synced");
  }

  /** What the indicator's state is, for its style. */
  get tone(): "ok" | "busy" | "warn" {
    const s = this.state.status;
    if (this.state.syncing) return "busy";
    return s && (s.conflicts > 0 || s.lastError) ? "warn" : "ok";
  }
}

export const team = new TeamState();

/**
 * A synced field's name as a person says it (`_dates` is a start and end together), from
 * the catalogue's `field-` messages, which name every field a change message can carry.
 */
export function fieldName(field: string): string {
  return t(`field-${field.replace(/^_/, "").replace(/([A-Z])/g, "-$1").toLowerCase()}`);
}

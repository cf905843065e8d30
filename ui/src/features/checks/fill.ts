// Applying a gap-filling proposal (from the Checks view or the calendar's preview).
import { commands } from "../../bindings";
import type { FillProposal, PlacementChoice } from "../../bindings";
import { plan } from "../../lib/plan.svelte";
import { unwrap } from "../../lib/result";
import { t } from "../../lib/i18n.svelte";

export function choices(proposal: FillProposal): PlacementChoice[] {
  return proposal.placements.map((p) => ({
    itemId: p.itemId,
    when: p.localStart.includes("T") ? { kind: "at", local: p.localStart } : { kind: "allDay", date: p.localStart },
    objectiveId: p.addsObjective ? p.objectiveId : null,
  }));
}

/** Schedules every proposed item as one undoable change and ends the preview. */
export async function applyProposal(proposal: FillProposal): Promise<void> {
  const count = await unwrap(commands.applyFill(choices(proposal)));
  plan.fillPreview = null;
  plan.announce(t("checks-filled", { count }));
}

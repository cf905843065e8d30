// The keys a focused item answers to wherever it is drawn (the month, the week, the list,
// the planning grid, the backlog): M opens "Move to…", what a drag does; R sends it for
// review, as an approver will see it in their queue.
import { commands } from "../../bindings";
import type { CalendarEntry } from "../../bindings";
import { t } from "../../lib/i18n.svelte";
import { ITEM_STATUS_LABELS } from "../../lib/labels";
import { plan } from "../../lib/plan.svelte";
import { messageOf, unwrap } from "../../lib/result";

/** Acts on an item's key and says whether it did (the caller then keeps the key to itself). */
export function itemKey(e: KeyboardEvent, item: CalendarEntry, onmove: (item: CalendarEntry) => void): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const key = e.key.toLowerCase();
  if (key === "m") onmove(item);
  else if (key === "r") void sendForReview(item);
  else return false;
  e.preventDefault();
  return true;
}

/** Sends an idea or a draft for review; one already in review or past it is said to be so. */
export async function sendForReview(item: CalendarEntry): Promise<void> {
  const title = item.item.title;
  try {
    const sent = await unwrap(commands.submitForReview([item.item.id]));
    plan.announce(sent ? t("calendar-sent-for-review", { title }) : t("calendar-not-sent-for-review", { title, status: ITEM_STATUS_LABELS[item.item.status] }));
  } catch (e) {
    plan.announce(messageOf(e));
  }
}

// An item shown on request (the command palette's "go to an item"): the calendar turns to
// its day and its line takes the focus, so the item's keys (Enter, M, R) work at once.
import type { Calendar } from "@fullcalendar/core";

/** How long the calendar may take to fetch and draw the item's days. */
const DRAWN_WITHIN_MS = 5000;

/**
 * Turns `calendar` to `start`'s day (none: an idea, in the backlog) and focuses the item's
 * line inside `root`; false when it is not drawn there (a busy day's "+N more", a filter).
 */
export async function reveal(calendar: Calendar, root: HTMLElement, id: string, start: string | null): Promise<boolean> {
  if (start) calendar.gotoDate(start.slice(0, 10));
  const until = performance.now() + DRAWN_WITHIN_MS;
  while (performance.now() < until) {
    const line = root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    // A backlog entry is focused through its button.
    const target = line?.matches("a, button, [tabindex]") ? line : line?.querySelector<HTMLElement>("button");
    if (target) {
      target.scrollIntoView({ block: "nearest" });
      target.focus();
      return true;
    }
    await new Promise((drawn) => requestAnimationFrame(drawn));
  }
  return false;
}

/**
 * After an item is redrawn (a move replaces its line), gives the focus to its
 * new line when the focus fell to the page (the line a dialog gives it back to is gone).
 */
export async function refocus(root: HTMLElement, id: string): Promise<void> {
  await new Promise((drawn) => requestAnimationFrame(drawn));
  if (document.activeElement && document.activeElement !== document.body) return;
  root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`)?.focus();
}

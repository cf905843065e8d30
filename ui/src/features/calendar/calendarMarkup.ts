// FullCalendar's markup made to pass the WCAG checks, and the plain text faces of the
// events that are not items (key dates, proposals, "+N more").
import type { EventApi } from "@fullcalendar/core";
import { t } from "../../lib/i18n.svelte";
import { describeKeyDate, type Marker } from "./keyDateEvents";
import { describeMore } from "./monthDays";

/**
 * Two fixes to FullCalendar's markup for WCAG: scrolling regions must be reachable by
 * keyboard, and the week view's (and a scrolling month's) layout tables claim grid roles
 * they do not complete (rows outside a grid), so there they are presented as the layout
 * they are.
 */
export function patchMarkup(root: HTMLElement): void {
  // The week's and the month's tables (the month scrolls: header and body are separate tables).
  const week = root.querySelector(".fc-timegrid, .fc-daygrid");
  if (week) {
    for (const el of week.querySelectorAll("[role]:not(.fc-event):not(.fc-more-link)")) el.setAttribute("role", "presentation");
    week.querySelector(".fc-scrollgrid")?.setAttribute("role", "presentation");
  }
  for (const el of root.querySelectorAll<HTMLElement>(".fc-scroller")) {
    if (el.scrollHeight <= el.clientHeight) continue;
    if (!el.hasAttribute("tabindex")) {
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "region");
    }
    // Named again each time, in the window's language of the moment.
    if (el.getAttribute("role") === "region") el.setAttribute("aria-label", t("calendar-scrollable-items"));
  }
}

/** A text face for an event, set as text (never as HTML). */
export function textNode(title: string): Node {
  const span = document.createElement("span");
  span.className = "key-date-title";
  span.textContent = title;
  return span;
}

/** Names an event that is not an item (a key date, a proposal, "+N more"); false for an item. */
export function labelOtherEvent(el: HTMLElement, event: EventApi): boolean {
  const { keyDate, fill, more } = event.extendedProps as { keyDate?: Marker; fill?: boolean; more?: { day: string; count: number } };
  if (keyDate) {
    el.setAttribute("aria-label", describeKeyDate(keyDate));
    el.setAttribute("title", describeKeyDate(keyDate));
  } else if (fill) {
    el.setAttribute("aria-label", t("calendar-fill-proposal-label", { title: event.title }));
  } else if (more) {
    el.setAttribute("role", "button");
    el.setAttribute("aria-label", describeMore(more.day, more.count));
    el.dataset.testid = `more-${more.day}`;
  }
  return Boolean(keyDate || fill || more);
}

// How a content item looks on the calendar: coloured by channel, with its
// time, format and status, its text set as text (never as HTML).
import type { EventInput } from "@fullcalendar/core";
import type { CalendarItem } from "../../bindings";
import { ITEM_FORMAT_LABELS, ITEM_STATUS_LABELS } from "../../lib/labels";

export function toEvent(c: CalendarItem): EventInput {
  return {
    id: c.item.id,
    title: c.item.title,
    start: c.localStart ?? undefined,
    allDay: c.item.schedule.kind === "allDay",
    backgroundColor: c.channelColour,
    borderColor: c.channelColour,
    textColor: "#ffffff",
    classNames: [`status-${c.item.status}`],
    extendedProps: { calendarItem: c },
  };
}

/** What a screen reader says for an item. */
export function describeItem(c: CalendarItem): string {
  const when = c.localStart ? c.localStart.replace("T", " at ").slice(0, 19) : "in the Ideas backlog";
  const campaign = c.campaignName ? `, campaign ${c.campaignName}` : "";
  return `${c.item.title}: ${ITEM_FORMAT_LABELS[c.item.format]} on ${c.channelLabel}, ${ITEM_STATUS_LABELS[c.item.status]}, ${when}${campaign}. Enter to edit, M to move.`;
}

/** The event's face: format and status badges, then the title. */
export function eventNodes(c: CalendarItem, timeText: string): Node[] {
  const face = document.createElement("div");
  face.className = "item-face";
  const meta = document.createElement("span");
  meta.className = "item-meta";
  meta.textContent = [timeText, ITEM_FORMAT_LABELS[c.item.format], ITEM_STATUS_LABELS[c.item.status]]
    .filter(Boolean)
    .join(" · ");
  const title = document.createElement("span");
  title.className = "item-title";
  title.textContent = c.item.title;
  face.append(meta, title);
  return [face];
}

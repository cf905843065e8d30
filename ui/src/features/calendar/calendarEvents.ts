// How a content item looks on the calendar: coloured by channel, with its
// time, format and status, its text set as text (never as HTML).
import type { EventInput } from "@fullcalendar/core";
import type { CalendarEntry } from "../../bindings";
import { splitLocalStart } from "../../lib/dates";
import { ITEM_FORMAT_LABELS, ITEM_STATUS_LABELS } from "../../lib/labels";

export function toEvent(c: CalendarEntry): EventInput {
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
export function describeItem(c: CalendarEntry): string {
  const { date, time } = splitLocalStart(c.localStart);
  const when = !date ? "in the Ideas backlog" : time ? `${date} at ${time}` : `${date}, all day`;
  const campaign = c.campaignName ? `, campaign ${c.campaignName}` : "";
  return `${c.item.title}: ${ITEM_FORMAT_LABELS[c.item.format]} on ${c.channelLabel}, ${ITEM_STATUS_LABELS[c.item.status]}, ${when}${campaign}. Enter to edit, M to move.`;
}

/** The event's face: format and status badges, then the title. */
export function eventNodes(c: CalendarEntry, timeText: string): Node[] {
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

// How a content item looks on the calendar: coloured by channel, with its
// time, format and status, its text set as text (never as HTML).
import type { EventInput } from "@fullcalendar/core";
import type { CalendarEntry, Finding } from "../../bindings";
import { worst } from "../checks/findings";
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
    textColor: c.channelInk,
    classNames: [`status-${c.item.status}`],
    extendedProps: { calendarItem: c, isKeyDate: 0 },
  };
}

/** The collaboration an item is part of, as its badge shows it. */
export interface CollabBadge {
  title: string;
  findings: number;
}

/** What a screen reader says for an item. */
export function describeItem(c: CalendarEntry, collab?: CollabBadge, findings: Finding[] = []): string {
  const { date, time } = splitLocalStart(c.localStart);
  const when = !date ? "in the Ideas backlog" : time ? `${date} at ${time}` : `${date}, all day`;
  const campaign = c.campaignName ? `, campaign ${c.campaignName}` : "";
  const partners = collab
    ? `, collaboration ${collab.title}${collab.findings ? ` with ${collab.findings} finding(s)` : ""}`
    : "";
  const found = findings.length ? `. ${findings.length} finding(s): ${findings[0]?.message ?? ""}` : "";
  const repeats = c.item.seriesId ? ", repeating" : "";
  return `${c.item.title}: ${ITEM_FORMAT_LABELS[c.item.format]} on ${c.channelLabel}, ${ITEM_STATUS_LABELS[c.item.status]}, ${when}${repeats}${campaign}${partners}${found}. Enter to edit, M to move.`;
}

/** The event's face: format and status badges, then the title. */
export function eventNodes(c: CalendarEntry, timeText: string, collab?: CollabBadge, findings: Finding[] = []): Node[] {
  const face = document.createElement("div");
  face.className = "item-face";
  const meta = document.createElement("span");
  meta.className = "item-meta";
  meta.textContent = [timeText, ITEM_FORMAT_LABELS[c.item.format], ITEM_STATUS_LABELS[c.item.status], c.item.seriesId ? "↻" : ""]
    .filter(Boolean)
    .join(" · ");
  const title = document.createElement("span");
  title.className = "item-title";
  title.textContent = c.item.title;
  face.append(meta, title);
  if (collab) {
    const badge = document.createElement("span");
    badge.className = collab.findings ? "collab-badge warn" : "collab-badge";
    badge.textContent = collab.findings ? `Collab ⚠ ${collab.findings}` : "Collab";
    badge.title = `Collaboration: ${collab.title}`;
    face.prepend(badge);
  }
  const severity = worst(findings);
  if (severity) {
    const mark = document.createElement("span");
    mark.className = `sev sev-${severity}`;
    mark.textContent = `${severity === "error" ? "!" : "⚠"} ${findings.length}`;
    mark.dataset.testid = "finding-badge";
    face.prepend(mark);
  }
  return [face];
}

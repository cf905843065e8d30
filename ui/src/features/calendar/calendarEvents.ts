// How a content item looks on the calendar: coloured by channel, with its
// time, format and status, its text set as text (never as HTML).
import type { EventInput } from "@fullcalendar/core";
import type { CalendarEntry, Finding, ItemFilter, TrackerRow } from "../../bindings";
import { worst } from "../checks/findings";
import { splitLocalStart } from "../../lib/dates";
import { say, t } from "../../lib/i18n.svelte";
import { plan } from "../../lib/plan.svelte";
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
    extendedProps: { calendarItem: c, isKeyDate: 0, isMore: 0 },
  };
}

/** The collaboration an item is part of, as its badge shows it. */
export interface CollabBadge {
  title: string;
  findings: number;
}

/** The collaborations' badges by collaboration id, from the tracker's rows. */
export function collabBadges(rows: TrackerRow[]): Record<string, CollabBadge> {
  return Object.fromEntries(rows.map((r) => [r.collaboration.id, { title: r.collaboration.title, findings: r.findings.length }]));
}

/** What a screen reader says for an item. */
export function describeItem(c: CalendarEntry, collab?: CollabBadge, findings: Finding[] = []): string {
  const { date, time } = splitLocalStart(c.localStart);
  return t("calendar-item-description", {
    title: c.item.title,
    format: ITEM_FORMAT_LABELS[c.item.format],
    channel: plan.channelOf(c),
    status: ITEM_STATUS_LABELS[c.item.status],
    when: !date ? "idea" : time ? "timed" : "allDay",
    date,
    time,
    repeats: c.item.seriesId ? "yes" : "no",
    inCampaign: c.campaignName ? "yes" : "no",
    campaign: c.campaignName ?? "",
    inCollaboration: collab ? "yes" : "no",
    collaboration: collab?.title ?? "",
    collaborationFindings: collab?.findings ?? 0,
    findings: findings.length,
    finding: findings[0] ? say(findings[0].message) : "",
  });
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
  title.dir = "auto";
  title.textContent = c.item.title;
  face.append(meta, title);
  face.prepend(...badges(collab, findings));
  return [face];
}

/** The finding badge (worst severity and count) and the collaboration badge, where they apply. */
function badges(collab: CollabBadge | undefined, findings: Finding[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  const severity = worst(findings);
  if (severity) {
    const mark = document.createElement("span");
    mark.className = `sev sev-${severity}`;
    mark.textContent = `${severity === "error" ? "!" : "⚠"} ${findings.length}`;
    mark.dataset.testid = "finding-badge";
    out.push(mark);
  }
  if (collab) {
    const badge = document.createElement("span");
    badge.className = collab.findings ? "collab-badge warn" : "collab-badge";
    badge.textContent = collab.findings ? t("calendar-collab-badge-findings", { count: collab.findings }) : t("calendar-collab-badge");
    badge.title = t("calendar-collab-title", { title: collab.title });
    out.push(badge);
  }
  return out;
}

/**
 * Whether an entry a move just answered belongs in a view filtered by `filter`. The
 * partner filter is left out: a move does not change the collaborations an item is in.
 */
export function inFilter(c: CalendarEntry, filter: ItemFilter): boolean {
  const { channelIds, campaignIds, statuses } = filter;
  return (
    (!channelIds.length || channelIds.includes(c.item.channelId)) &&
    (!campaignIds.length || (c.item.campaignId !== null && campaignIds.includes(c.item.campaignId))) &&
    (!statuses.length || statuses.includes(c.item.status))
  );
}

/** `entries` without the item of `entry`, and with `entry` where the window orders it (by start, then id). */
export function replaceInOrder(entries: CalendarEntry[], entry: CalendarEntry, keep: boolean): CalendarEntry[] {
  const rest = entries.filter((e) => e.item.id !== entry.item.id);
  if (!keep) return rest;
  const after = (e: CalendarEntry): boolean => {
    const [a, b] = [e.localStart ?? "", entry.localStart ?? ""];
    return a !== b ? a > b : e.item.id > entry.item.id;
  };
  const at = rest.findIndex(after);
  return at < 0 ? [...rest, entry] : [...rest.slice(0, at), entry, ...rest.slice(at)];
}

/** The month view's face: one line (badges, time, title); format and status are in its label. */
export function monthLine(c: CalendarEntry, timeText: string, collab?: CollabBadge, findings: Finding[] = []): Node[] {
  const line = document.createElement("div");
  line.className = "item-line";
  line.append(...badges(collab, findings));
  if (timeText) {
    const time = document.createElement("span");
    time.className = "item-time";
    time.textContent = timeText;
    line.append(time);
  }
  const title = document.createElement("span");
  title.className = "item-title";
  title.dir = "auto";
  title.textContent = c.item.title;
  line.append(title);
  return [line];
}

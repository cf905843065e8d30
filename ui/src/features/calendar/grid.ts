// The planning grid's layout: rows (channels grouped by brand, campaigns or owners),
// one column per day, each cell's items and its use of the channel's daily limit, and
// which rows and columns are on screen (the grid draws only those).
import type { Brand, Campaign, CalendarEntry, ItemFilter, Member, Reassign, SocialChannel, When } from "../../bindings";
import { splitLocalStart } from "../../lib/dates";
import { t } from "../../lib/i18n.svelte";
import type { Marker } from "./keyDateEvents";

export type GridRows = "channel" | "campaign" | "owner";
export type GridSpan = 7 | 14 | "month";

/** What the rows can be, in the order the toolbar offers them. */
export const GRID_ROWS: GridRows[] = ["channel", "campaign", "owner"];

/** What the rows are, as the toolbar and the grid's corner name them. */
export const rowsLabel = (by: GridRows): string => t(`grid-rows-${by}`);

/** The key of the "no campaign" and "unassigned" rows. */
export const NONE = "none";

/** A row of the grid: a group heading (a brand) or a row of cells. */
export type Row =
  | { kind: "group"; key: string; label: string; count: number; collapsed: boolean }
  | { kind: "cells"; key: string; label: string; colour: string; limit: number | null };

export interface Reference {
  brands: Brand[];
  channels: SocialChannel[];
  campaigns: Campaign[];
  members: Member[];
  channelLabel: (id: string) => string;
}

/** The grid's rows for `by`: channels under their brand (a collapsed brand hides its channels). */
export function rows(by: GridRows, ref: Reference, days: string[], collapsed: ReadonlySet<string>): Row[] {
  if (by === "campaign") {
    const [first, last] = [days[0] ?? "", days[days.length - 1] ?? ""];
    const running = ref.campaigns.filter((c) => c.startDate <= last && c.endDate >= first);
    return [
      ...running.map((c): Row => ({ kind: "cells", key: c.id, label: c.name, colour: c.colour, limit: null })),
      { kind: "cells", key: NONE, label: t("grid-no-campaign"), colour: "var(--neutral-mark)", limit: null },
    ];
  }
  if (by === "owner") {
    return [
      ...ref.members.map((m): Row => ({ kind: "cells", key: m.id, label: m.name, colour: "var(--muted)", limit: null })),
      { kind: "cells", key: NONE, label: t("grid-unassigned"), colour: "var(--neutral-mark)", limit: null },
    ];
  }
  const out: Row[] = [];
  for (const brand of ref.brands) {
    const channels = ref.channels.filter((c) => c.brandId === brand.id && c.active);
    if (!channels.length) continue;
    const folded = collapsed.has(brand.id);
    out.push({ kind: "group", key: brand.id, label: brand.name, count: channels.length, collapsed: folded });
    if (folded) continue;
    for (const c of channels) {
      out.push({ kind: "cells", key: c.id, label: ref.channelLabel(c.id), colour: c.colour, limit: c.maxPerDay });
    }
  }
  return out;
}

/** The row an entry sits in. */
export function rowKeyOf(entry: CalendarEntry, by: GridRows): string {
  if (by === "channel") return entry.item.channelId;
  if (by === "campaign") return entry.item.campaignId ?? NONE;
  return entry.item.ownerId ?? NONE;
}

/** The cell key of a row and a day. */
export const cellKey = (row: string, day: string): string => `${row}|${day}`;

/** Entries by cell, in the order the window lists them (all-day first, then by time). */
export function cells(entries: CalendarEntry[], by: GridRows): Map<string, CalendarEntry[]> {
  const out = new Map<string, CalendarEntry[]>();
  for (const e of entries) {
    const { date } = splitLocalStart(e.localStart);
    if (!date) continue;
    const key = cellKey(rowKeyOf(e, by), date);
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  }
  return out;
}

/** How many of a cell's items take one of the channel's slots (cancelled and on-hold ones do not). */
export function slotsUsed(items: CalendarEntry[]): number {
  return items.filter((e) => e.item.status !== "cancelled" && e.item.status !== "onHold").length;
}

/** Whether `filter` leaves any item out. */
export function narrows(filter: ItemFilter): boolean {
  return filter.channelIds.length + filter.campaignIds.length + filter.statuses.length + (filter.partnerIds?.length ?? 0) > 0;
}

/**
 * Per channel cell (`cellKey(channel, day)`), the slots its items take: every item of the
 * channel that day, whatever the filters show, as the daily limit's check counts them.
 */
export function channelUse(entries: CalendarEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, items] of cells(entries, "channel")) out.set(key, slotsUsed(items));
  return out;
}

/** The days the grid shows: `span` days from `start`, or the month `start` is in. */
export function windowDays(start: string, span: GridSpan): string[] {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const first = span === "month" ? new Date(Date.UTC(y, m - 1, 1)) : new Date(Date.UTC(y, m - 1, d));
  const count = span === "month" ? new Date(Date.UTC(y, m, 0)).getUTCDate() : span;
  return Array.from({ length: count }, (_, i) => new Date(first.getTime() + i * 86_400_000).toISOString().slice(0, 10));
}

/** The first day of the week holding `day`, for a week starting on `firstDay` (0 = Sunday). */
export function weekStart(day: string, firstDay: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() - firstDay + 7) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** Where a drop on `day` takes an item: the same time of day if it had one, else all day. */
export function whenOn(entry: CalendarEntry, day: string): When {
  const { time } = splitLocalStart(entry.localStart);
  return time ? { kind: "at", local: `${day}T${time}` } : { kind: "allDay", date: day };
}

/** What a drop in row `row` changes besides the day (nothing when it stays in its row). */
export function reassignFor(entry: CalendarEntry, by: GridRows, row: string): Reassign | null {
  if (rowKeyOf(entry, by) === row) return null;
  const id = row === NONE ? null : row;
  if (by === "channel") return { kind: "channel", id: row };
  return by === "campaign" ? { kind: "campaign", id } : { kind: "owner", id };
}

/**
 * The item as a drop onto `day` (and into another row) draws it at once, while the move is
 * made: its day changed, its time kept, its row's field set. The move's answer then draws
 * it as the plan has it (a refusal puts it back).
 */
export function landed(entry: CalendarEntry, day: string, reassign: Reassign | null): CalendarEntry {
  const item = { ...entry.item };
  if (reassign?.kind === "channel") item.channelId = reassign.id;
  else if (reassign?.kind === "campaign") item.campaignId = reassign.id;
  else if (reassign?.kind === "owner") item.ownerId = reassign.id;
  return { ...entry, item, localStart: `${day}${(entry.localStart ?? "").slice(10)}` };
}

/** A line's time of day (`HH:MM`), or "" for an all-day item. */
export const timeOf = (e: CalendarEntry): string => (e.localStart?.includes("T") ? e.localStart.slice(11, 16) : "");

/** Layout sizes, in pixels. */
export const SIZES = { head: 44, group: 28, cellHead: 20, line: 20, pad: 6, rowHead: 190, column: 150 } as const;

/** A row's height: its busiest cell's items, each on one line, under the cell's count. */
export function rowHeight(row: Row, byCell: Map<string, CalendarEntry[]>, days: string[]): number {
  if (row.kind === "group") return SIZES.group;
  let most = 1;
  for (const day of days) most = Math.max(most, byCell.get(cellKey(row.key, day))?.length ?? 0);
  return SIZES.cellHead + most * SIZES.line + SIZES.pad;
}

/** The top of each row and the total height: tops[i] is row i's offset below the header. */
export function offsets(heights: number[]): { tops: number[]; total: number } {
  const tops: number[] = [];
  let y = 0;
  for (const h of heights) {
    tops.push(y);
    y += h;
  }
  return { tops, total: y };
}

/** The indexes from `first` to `last` (inclusive) of the rows within `[top, bottom)`, with `overscan` pixels either side. */
export function visibleRows(tops: number[], total: number, top: number, bottom: number, overscan = 200): [number, number] {
  const [from, to] = [Math.max(0, top - overscan), Math.min(total, bottom + overscan)];
  let first = 0;
  while (first + 1 < tops.length && (tops[first + 1] ?? 0) <= from) first += 1;
  let last = first;
  while (last + 1 < tops.length && (tops[last + 1] ?? 0) < to) last += 1;
  return [first, last];
}

/** The columns within `[left, right)` of the scrolled area (after the row headings), with one column either side. */
export function visibleColumns(count: number, left: number, right: number): [number, number] {
  const first = Math.max(0, Math.floor(left / SIZES.column) - 1);
  const last = Math.min(count - 1, Math.ceil(right / SIZES.column) + 1);
  return [first, last];
}

/** The first day of the window before or after the one starting on `first`. */
export function shiftWindow(first: string, span: GridSpan, direction: -1 | 1): string {
  const base = new Date(`${first}T00:00:00Z`);
  if (span === "month") base.setUTCMonth(base.getUTCMonth() + direction);
  else base.setUTCDate(base.getUTCDate() + direction * span);
  return base.toISOString().slice(0, 10);
}

/** A day of the grid as its headers and cells name it, with the key dates on it. */
export interface GridDay {
  short: string;
  long: string;
  marks: Marker[];
  blackout: boolean;
}

/** Each day's names (in `locale`) and key dates, worked out once per window: Intl formatting
 * is slow, and a drag redraws every cell on screen. */
export function gridDays(days: string[], marks: Marker[], locale: string): Map<string, GridDay> {
  const short = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
  const long = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  return new Map(
    days.map((day) => {
      const date = new Date(`${day}T00:00:00Z`);
      const found = marks.filter((m) => m.startsOn <= day && day <= m.endsOn);
      return [day, { short: short.format(date), long: long.format(date), marks: found, blackout: found.some((m) => m.blackout) }];
    }),
  );
}

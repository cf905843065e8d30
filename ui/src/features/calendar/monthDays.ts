// What the month view draws of each day: at most a dozen lines, the last a "+N more" that
// opens the day in the grid. Only these go to FullCalendar, which lays out (and measures)
// every event it is given, shown or not: a busy month of a thousand items draws its few
// hundred lines instead.
import type { EventInput } from "@fullcalendar/core";
import type { CalendarEntry } from "../../bindings";
import { t } from "../../lib/i18n.svelte";
import { toEvent } from "./calendarEvents";

/** Lines per day in the month view, the "+N more" line included. */
export const MONTH_LINES = 12;

/** The items of a day the month shows, and how many more the day holds. */
export interface MonthDay {
  shown: CalendarEntry[];
  more: number;
}

/** The day (`YYYY-MM-DD`) an entry is planned on, or "" for an idea. */
export const dayOf = (e?: CalendarEntry): string => e?.localStart?.slice(0, 10) ?? "";

/** FullCalendar's order within a day: all-day items first, then by time, then by title. */
function byDayOrder(a: CalendarEntry, b: CalendarEntry): number {
  const [ta, tb] = [a.localStart ?? "", b.localStart ?? ""];
  const [allA, allB] = [!ta.includes("T"), !tb.includes("T")];
  if (allA !== allB) return allA ? -1 : 1;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.item.title.localeCompare(b.item.title);
}

/** Each day's lines (`YYYY-MM-DD` → shown items and the count left over), for `days` or every day with items. */
export function monthDays(entries: CalendarEntry[], days?: Set<string>, lines = MONTH_LINES): Map<string, MonthDay> {
  const byDay = new Map<string, CalendarEntry[]>();
  for (const e of entries) {
    const day = dayOf(e);
    if (!day || (days && !days.has(day))) continue;
    const list = byDay.get(day);
    if (list) list.push(e);
    else byDay.set(day, [e]);
  }
  const out = new Map<string, MonthDay>();
  for (const [day, list] of byDay) {
    list.sort(byDayOrder);
    const fits = list.length <= lines;
    out.set(day, { shown: fits ? list : list.slice(0, lines - 1), more: fits ? 0 : list.length - (lines - 1) });
  }
  return out;
}

/** The "+N more" line of a day: last in the day, not draggable; it opens the day in the grid. */
export function moreEvent(day: string, count: number): EventInput {
  return {
    id: `more-${day}`,
    title: t("calendar-more", { count }),
    start: day,
    allDay: true,
    editable: false,
    classNames: ["more-items"],
    extendedProps: { more: { day, count }, isKeyDate: 0, isMore: 1 },
  };
}

/** What a screen reader says for a day's "+N more" line. */
export function describeMore(day: string, count: number): string {
  return t("calendar-more-description", { count, day });
}

/** FullCalendar's events for the days of the month: each day's lines and its "+N more". */
export function monthEvents(days: Map<string, MonthDay>): EventInput[] {
  return [...days].flatMap(([day, d]) => [...d.shown.map(toEvent), ...(d.more ? [moreEvent(day, d.more)] : [])]);
}

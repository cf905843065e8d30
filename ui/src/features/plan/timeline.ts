// The year timeline's geometry: where a date falls across the year, and where a drag
// moves a window. Which campaigns share a lane, and in which group, comes from the core
// (the annual plan PDF draws the same).
import type { Campaign } from "../../bindings";

const DAY = 86_400_000;

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY;
}

/** Position of the start of `date` across `year`, from 0 to 1 (clamped). */
export function fraction(date: string, year: number): number {
  const f = (utc(date) - Date.UTC(year, 0, 1)) / DAY / daysInYear(year);
  return Math.min(1, Math.max(0, f));
}

/** Left edge and width (fractions of the year) of a span of whole days, clamped to the year. */
export function span(start: string, endInclusive: string, year: number): { left: number; width: number } {
  const left = fraction(start, year);
  const end = Math.min(1, Math.max(0, (utc(endInclusive) + DAY - Date.UTC(year, 0, 1)) / DAY / daysInYear(year)));
  return { left, width: Math.max(0, end - left) };
}

/** `date` (`YYYY-MM-DD`) moved by `days` whole days. */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY).toISOString().slice(0, 10);
}

/** What a drag does: the whole bar moves, or one of its edges. */
export type DragMode = "move" | "start" | "end";

/** The window after dragging by `days`; an edge never passes the other (at least one day remains). */
export function draggedWindow(
  c: Pick<Campaign, "startDate" | "endDate">,
  mode: DragMode,
  days: number,
): { startDate: string; endDate: string } {
  if (mode === "move") return { startDate: addDays(c.startDate, days), endDate: addDays(c.endDate, days) };
  if (mode === "start") {
    const startDate = addDays(c.startDate, days);
    return { startDate: startDate > c.endDate ? c.endDate : startDate, endDate: c.endDate };
  }
  const endDate = addDays(c.endDate, days);
  return { startDate: c.startDate, endDate: endDate < c.startDate ? c.startDate : endDate };
}

// The coverage heat map's columns (months or weeks of the year) and its cells: a rule's
// periods within a column, summed.
import type { PeriodCoverage, RuleCoverage } from "../../bindings";
import { intlLocale } from "../../lib/i18n.svelte";

export type Column = { start: string; end: string; label: string };

const iso = (d: Date): string => d.toISOString().slice(0, 10);
/** A day of a column's head in the window's language: its month ("mrt"), or day and month ("4 mrt"). */
const named = (d: Date, options: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat(intlLocale(), { ...options, timeZone: "UTC" }).format(d);

export function monthColumns(year: number): Column[] {
  return Array.from({ length: 12 }, (_, m) => ({
    start: iso(new Date(Date.UTC(year, m, 1))),
    end: iso(new Date(Date.UTC(year, m + 1, 0))),
    label: named(new Date(Date.UTC(year, m, 1)), { month: "short" }),
  }));
}

/** Weeks starting on `firstDay` (0 Sunday … 6 Saturday) that touch the year, clipped to it. */
export function weekColumns(year: number, firstDay: number): Column[] {
  const jan1 = new Date(Date.UTC(year, 0, 1));
  const back = (jan1.getUTCDay() - firstDay + 7) % 7;
  const cols: Column[] = [];
  for (let start = new Date(jan1.getTime() - back * 86_400_000); start.getUTCFullYear() <= year; ) {
    const end = new Date(start.getTime() + 6 * 86_400_000);
    const s = start < jan1 ? jan1 : start;
    const e = end.getUTCFullYear() > year ? new Date(Date.UTC(year, 11, 31)) : end;
    cols.push({ start: iso(s), end: iso(e), label: named(s, { day: "numeric", month: "short" }) });
    start = new Date(start.getTime() + 7 * 86_400_000);
    if (start.getUTCFullYear() > year) break;
  }
  return cols;
}

export type Cell = { required: number; met: number; planned: number; periods: PeriodCoverage[] };

export function cell(rule: RuleCoverage, col: Column): Cell {
  const periods = rule.periods.filter((p) => p.start <= col.end && p.end >= col.start);
  let required = 0;
  let met = 0;
  let planned = 0;
  for (const p of periods) {
    required += p.required;
    met += Math.min(p.planned, p.required);
    planned += p.planned;
  }
  return { required, met, planned, periods };
}

/** The share of a cell's requirement planned, 0–1, or null where nothing is required. */
export function ratio(c: Cell): number | null {
  return c.required === 0 ? null : c.met / c.required;
}

/**
 * Background and text colours by ratio (AA contrast on each). The scale from red to green
 * reads the same in both themes; a cell with nothing required takes the theme's quiet colours.
 */
export function shade(r: number | null): { bg: string; fg: string } {
  if (r === null) return { bg: "var(--disabled-bg)", fg: "var(--muted)" };
  if (r >= 1) return { bg: "#1a7f37", fg: "#ffffff" };
  if (r >= 0.75) return { bg: "#7bc96f", fg: "#0b2e13" };
  if (r >= 0.5) return { bg: "#fde68a", fg: "#3d2c00" };
  if (r > 0) return { bg: "#fdba74", fg: "#431407" };
  return { bg: "#b42318", fg: "#ffffff" };
}

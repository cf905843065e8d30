// The item editor's "Repeat" choices, turned into an RFC 5545 RRULE value synchronised
// with the first occurrence (its weekday, day of the month, or nth weekday).
import { t } from "../../lib/i18n.svelte";

export type Frequency = "none" | "daily" | "weekly" | "monthlyDay" | "monthlyWeekday" | "yearly" | "custom";

export interface Repeat {
  freq: Frequency;
  interval: number;
  /** Weekly: the days, as RRULE codes; empty means the start's weekday. */
  weekdays: string[];
  ends: "count" | "until";
  count: number;
  /** The last day, `YYYY-MM-DD`. */
  until: string;
  custom: string;
}

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** A weekday's short name ("Mon"), in the window's language, from its RRULE code. */
export function weekdayLabel(code: string): string {
  return t(`item-weekday-${code.toLowerCase()}`);
}

export function noRepeat(): Repeat {
  return { freq: "none", interval: 1, weekdays: [], ends: "count", count: 10, until: "", custom: "" };
}

/** The RRULE code of a `YYYY-MM-DD` date's weekday. */
export function weekdayOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7] ?? "MO";
}

/** The RRULE value for the choices, from the first occurrence `start` (`YYYY-MM-DD`); null for no repeat. */
export function ruleOf(r: Repeat, start: string): string | null {
  if (r.freq === "none") return null;
  if (r.freq === "custom") return r.custom.trim();
  const day = Number(start.slice(8, 10));
  const every = r.interval > 1 ? `;INTERVAL=${Math.trunc(r.interval)}` : "";
  const base: Record<Exclude<Frequency, "none" | "custom">, string> = {
    daily: "FREQ=DAILY",
    weekly: `FREQ=WEEKLY;BYDAY=${(r.weekdays.length ? WEEKDAYS.filter((d) => r.weekdays.includes(d)) : [weekdayOf(start)]).join(",")}`,
    monthlyDay: `FREQ=MONTHLY;BYMONTHDAY=${day}`,
    monthlyWeekday: `FREQ=MONTHLY;BYDAY=${Math.ceil(day / 7) >= 5 ? -1 : Math.ceil(day / 7)}${weekdayOf(start)}`,
    yearly: "FREQ=YEARLY",
  };
  // UNTIL as a day: the core ends the series at the end of that day in the plan's zone.
  const end = r.ends === "count" ? `;COUNT=${Math.trunc(r.count)}` : `;UNTIL=${r.until.replaceAll("-", "")}`;
  return `${base[r.freq]}${every}${end}`;
}

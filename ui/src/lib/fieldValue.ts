// The date and time fields' values: the plain strings the dialogs keep (`2026-11-25`,
// `2026-11-25T09:30`, `09:30`) read into @internationalized/date's values and written
// back, and what a locale says about a field (its week's first day, its clock).
import {
  CalendarDate,
  CalendarDateTime,
  Time,
  getDayOfWeek,
  type DateValue,
  type ZonedDateTime,
} from "@internationalized/date";

/** A time of day, or the time of a moment. */
export type TimeValue = Time | CalendarDateTime | ZonedDateTime;

/** A day, a day and a time on the plan's clock, or a time of day. */
export type FieldKind = "date" | "datetime" | "time";

const pad = (n: number): string => String(n).padStart(2, "0");

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** Whether y-m-d is a day of the calendar (not 31 April, not 29 February 2027). */
function realDay(y: number, m: number, d: number): boolean {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  // The constructor keeps a day within its month: one that moved was not a day.
  return new CalendarDate(y, m, d).day === d;
}

function realTime(h: number, mi: number): boolean {
  return h >= 0 && h <= 23 && mi >= 0 && mi <= 59;
}

/** A day's field value: `2026-11-25` → 25 November 2026; anything else (an empty field) → undefined. */
export function readDate(text: string): CalendarDate | undefined {
  const m = DAY.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return realDay(y, mo, d) ? new CalendarDate(y, mo, d) : undefined;
}

/** A day and time's field value: `2026-11-25T09:30` (seconds dropped); anything else → undefined. */
export function readDateTime(text: string): CalendarDateTime | undefined {
  const m = DAY_TIME.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  return realDay(y, mo, d) && realTime(h, mi) ? new CalendarDateTime(y, mo, d, h, mi) : undefined;
}

/** A time's field value: `09:30` (seconds dropped); anything else → undefined. */
export function readTime(text: string): Time | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const [h, mi] = [Number(m[1]), Number(m[2])];
  return realTime(h, mi) ? new Time(h, mi) : undefined;
}

/** `2026-11-25` for a day, `2026-11-25T09:30` with a time; "" for none. */
export function writeDate(value: DateValue | undefined, withTime: boolean): string {
  if (!value) return "";
  const day = `${String(value.year).padStart(4, "0")}-${pad(value.month)}-${pad(value.day)}`;
  if (!withTime) return day;
  const clock = "hour" in value ? `${pad(value.hour)}:${pad(value.minute)}` : "00:00";
  return `${day}T${clock}`;
}

/** `09:30`; "" for none. */
export function writeTime(value: TimeValue | undefined): string {
  return value ? `${pad(value.hour)}:${pad(value.minute)}` : "";
}

/** The day a week starts on in `locale`, 0 for Sunday to 6 for Saturday (Monday in
 * Britain, Sunday in the United States, Saturday in much of the Arab world). */
export function weekStartOf(locale: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  // 7 January 2024 was a Sunday: its place in `locale`'s week says where the week begins.
  const sunday = getDayOfWeek(new CalendarDate(2024, 1, 7), locale);
  return ((7 - sunday) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/** Whether `locale` reads the clock in 12 hours (with a morning and an afternoon) or 24. */
export function hourCycleOf(locale: string): 12 | 24 {
  const cycle = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12" ? 12 : 24;
}

/** How `locale` names the morning and the afternoon ("AM"/"PM", "ص"/"م"). */
export function dayPeriodsOf(locale: string): { am: string; pm: string } {
  const format = new Intl.DateTimeFormat(locale, { hour: "numeric", hourCycle: "h12", timeZone: "UTC" });
  const name = (hour: number): string =>
    format.formatToParts(Date.UTC(2000, 0, 1, hour)).find((p) => p.type === "dayPeriod")?.value ?? "";
  return { am: name(9) || "AM", pm: name(15) || "PM" };
}

/** Writes the digits 0–9 of `text` as `locale` writes numbers (Arabic's own digits). */
export function localDigits(locale: string): (text: string) => string {
  const format = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, d) => format.format(d));
  if (digits.every((d, i) => d === String(i))) return (text) => text;
  return (text) => text.replace(/[0-9]/g, (d) => digits[Number(d)] ?? d);
}

/** Whether `locale`'s short weekday names fit a calendar's narrow column ("Mon", "lun.");
 * where they do not (Arabic's are the whole names), the calendar heads its columns with
 * the narrow ones. */
export function shortWeekdaysFit(locale: string): boolean {
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 4 to 10 January 2021: a Monday to a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2021, 0, 4 + i))).every((name) => [...name].length <= 4);
}

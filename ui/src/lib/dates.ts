// Plan-zone wall-clock helpers. The calendar runs in UTC mode and is fed
// plan-zone wall-clock strings, so a Date's UTC fields are the plan's wall clock.
import type { When } from "../bindings";

const pad = (n: number): string => String(n).padStart(2, "0");

/** `2027-03-31` from a Date whose UTC fields hold the wall clock. */
export function wallDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `2027-03-31T09:30` from a Date whose UTC fields hold the wall clock. */
export function wallDateTime(d: Date): string {
  return `${wallDate(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** What a drop on the calendar means: a day, or a time on a day. */
export function whenFromDrop(start: Date, allDay: boolean): When {
  return allDay ? { kind: "allDay", date: wallDate(start) } : { kind: "at", local: wallDateTime(start) };
}

/** The current wall clock in `timeZone`, as `2027-03-31T09:30:00` (for the calendar's "now"). */
export function nowIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`;
}

/** Splits a plan-zone start (`2027-03-31T09:30:00` or `2027-03-31`) into form fields. */
export function splitLocalStart(localStart: string | null): { date: string; time: string } {
  if (!localStart) return { date: "", time: "" };
  const [date = "", time = ""] = localStart.split("T");
  return { date, time: time.slice(0, 5) };
}

/** The When a form describes: no date is the backlog, a date alone a day, a date and time an instant. */
export function whenFromFields(date: string, time: string): When {
  if (!date) return { kind: "unscheduled" };
  if (!time) return { kind: "allDay", date };
  return { kind: "at", local: `${date}T${time}` };
}

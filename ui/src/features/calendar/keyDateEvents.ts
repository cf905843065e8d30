// Key dates on the calendar: international and awareness days as markers before the
// day's items, blackout periods as shaded days. Neither can be dragged.
import type { EventInput } from "@fullcalendar/core";
import type { BlackoutLevel, KeyDateCategory, Mark } from "../../bindings";

export const KEY_DATE_CATEGORIES: KeyDateCategory[] = [
  "internationalDay",
  "awareness",
  "holiday",
  "internal",
  "election",
  "blackout",
];

export const KEY_DATE_CATEGORY_LABELS: Record<KeyDateCategory, string> = {
  internationalDay: "International days",
  awareness: "Awareness days",
  holiday: "Holidays",
  internal: "Internal dates",
  election: "Elections",
  blackout: "Blackout periods",
};

export const BLACKOUT_LABELS: Record<BlackoutLevel, string> = {
  noPosting: "no posting",
  noNewCampaigns: "no new campaigns",
  restricted: "restricted",
};

/** A key date from the team's plan or from the built-in catalogue, merged by the core. */
export type Marker = Mark;

/** The day after `date` (`YYYY-MM-DD`): calendar events end exclusively. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A blackout period (the core decides: by its category or its level). */
export function isBlackout(m: Marker): boolean {
  return m.blackout;
}

export function describeKeyDate(m: Marker): string {
  const when = m.startsOn === m.endsOn ? m.startsOn : `${m.startsOn} to ${m.endsOn}`;
  const level = m.blackoutLevel ? ` (blackout: ${BLACKOUT_LABELS[m.blackoutLevel]})` : "";
  return `Key date: ${m.name}${level}, ${when}`;
}

export function toKeyDateEvent(m: Marker): EventInput {
  const blackout = isBlackout(m);
  return {
    title: blackout && m.blackoutLevel ? `${m.name} (${BLACKOUT_LABELS[m.blackoutLevel]})` : m.name,
    start: m.startsOn,
    end: dayAfter(m.endsOn),
    allDay: true,
    editable: false,
    display: blackout ? "background" : "block",
    backgroundColor: blackout ? undefined : "#eef2f7",
    borderColor: blackout ? undefined : m.category === "election" ? "#b42318" : "#64748b",
    textColor: "#111827",
    classNames: blackout ? ["blackout"] : ["key-date", `key-date-${m.category}`],
    extendedProps: { keyDate: m, isKeyDate: 1 },
  };
}

/** The markers of the shown categories (a blackout shows with its own category or "blackout"). */
export function inCategories(markers: Marker[], categories: KeyDateCategory[]): Marker[] {
  const shown = new Set(categories);
  return markers.filter((m) => shown.has(m.category) || (isBlackout(m) && shown.has("blackout")));
}

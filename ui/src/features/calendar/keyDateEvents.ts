// Key dates on the calendar: international and awareness days as markers before the
// day's items, blackout periods as shaded days. Neither can be dragged.
import type { EventInput } from "@fullcalendar/core";
import type { BlackoutLevel, KeyDateCategory, Mark } from "../../bindings";
import { t } from "../../lib/i18n.svelte";
import { markName } from "../../lib/labels";

export const KEY_DATE_CATEGORIES: KeyDateCategory[] = [
  "internationalDay",
  "awareness",
  "holiday",
  "internal",
  "election",
  "blackout",
];

// The names below are getters: each is read in the window's language when it is shown.
export const KEY_DATE_CATEGORY_LABELS: Record<KeyDateCategory, string> = {
  get internationalDay() {
    return t("calendar-key-date-international-days");
  },
  get awareness() {
    return t("calendar-key-date-awareness-days");
  },
  get holiday() {
    return t("calendar-key-date-holidays");
  },
  get internal() {
    return t("calendar-key-date-internal-dates");
  },
  get election() {
    return t("calendar-key-date-elections");
  },
  get blackout() {
    return t("calendar-key-date-blackout-periods");
  },
};

export const BLACKOUT_LABELS: Record<BlackoutLevel, string> = {
  get noPosting() {
    return t("calendar-blackout-no-posting");
  },
  get noNewCampaigns() {
    return t("calendar-blackout-no-new-campaigns");
  },
  get restricted() {
    return t("calendar-blackout-restricted");
  },
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
  return t("calendar-key-date-description", {
    name: markName(m),
    blackout: m.blackoutLevel ? "yes" : "no",
    level: m.blackoutLevel ? BLACKOUT_LABELS[m.blackoutLevel] : "",
    days: m.startsOn === m.endsOn ? "single" : "range",
    start: m.startsOn,
    end: m.endsOn,
  });
}

export function toKeyDateEvent(m: Marker): EventInput {
  const blackout = isBlackout(m);
  return {
    title: blackout && m.blackoutLevel ? t("calendar-key-date-blackout-title", { name: markName(m), level: BLACKOUT_LABELS[m.blackoutLevel] }) : markName(m),
    start: m.startsOn,
    end: dayAfter(m.endsOn),
    allDay: true,
    editable: false,
    display: blackout ? "background" : "block",
    backgroundColor: blackout ? undefined : "var(--key-date-bg)",
    borderColor: blackout ? undefined : m.category === "election" ? "var(--danger)" : "var(--key-date-line)",
    textColor: "var(--key-date-text)",
    classNames: blackout ? ["blackout"] : ["key-date", `key-date-${m.category}`],
    extendedProps: { keyDate: m, isKeyDate: 1 },
  };
}

/** The markers of the shown categories (a blackout shows with its own category or "blackout"). */
export function inCategories(markers: Marker[], categories: KeyDateCategory[]): Marker[] {
  const shown = new Set(categories);
  return markers.filter((m) => shown.has(m.category) || (isBlackout(m) && shown.has("blackout")));
}

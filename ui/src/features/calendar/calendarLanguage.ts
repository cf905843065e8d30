// FullCalendar in the window's language: its locale (dates, "all-day", "No events to
// display"…), its direction, and the words the calendar view gives it, from the catalogue.
import type { CalendarOptions } from "@fullcalendar/core";
import arLocale from "@fullcalendar/core/locales/ar";
import enGbLocale from "@fullcalendar/core/locales/en-gb";
import esLocale from "@fullcalendar/core/locales/es";
import frLocale from "@fullcalendar/core/locales/fr";
import nlLocale from "@fullcalendar/core/locales/nl";
import { i18n, t } from "../../lib/i18n.svelte";

// American English is FullCalendar's built-in "en"; the pseudo-locale reads British.
const LOCALES = [enGbLocale, nlLocale, frLocale, esLocale, arLocale];

// FullCalendar's views, as the messages of their buttons' tooltips name them.
const VIEW_NAMES: Record<string, string> = { dayGridMonth: "month", timeGridWeek: "week", listWeek: "list" };

/** The options that speak, in the window's language of the moment; `onGrid` is the Grid button. */
export function inWindowLanguage(onGrid: () => void): CalendarOptions {
  return {
    locales: LOCALES,
    locale: i18n.language === "en-XA" ? "en-GB" : i18n.language,
    direction: i18n.direction,
    customButtons: { grid: { text: t("calendar-view-grid"), hint: t("calendar-grid-hint"), click: onGrid } },
    buttonText: {
      prev: t("calendar-previous"),
      next: t("calendar-next"),
      today: t("calendar-today"),
      month: t("calendar-view-month"),
      week: t("calendar-view-week"),
      list: t("calendar-view-list"),
    },
    // $0 of FullCalendar's hints, by the unit the button moves by.
    buttonHints: {
      prev: (_text: string, unit: string) => t("calendar-previous-hint", { unit }),
      next: (_text: string, unit: string) => t("calendar-next-hint", { unit }),
      today: (_text: string, unit: string) => t("calendar-today-hint", { unit }),
    },
    viewHint: (_text: string, view: string) => t("calendar-view-hint", { view: VIEW_NAMES[view] ?? "month" }),
    moreLinkText: (count: number) => t("calendar-more", { count }),
    moreLinkHint: (count: number) => t("calendar-more-hint", { count }),
    allDayText: t("calendar-all-day"),
    noEventsText: t("calendar-no-events"),
    closeHint: t("calendar-close"),
    timeHint: t("calendar-time"),
    eventHint: t("calendar-event"),
  };
}

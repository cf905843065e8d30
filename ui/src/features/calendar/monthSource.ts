// What the calendar's items source hands FullCalendar, and the month's items it keeps for
// redrawing the days a move touched: the month view is given only the lines it draws (see
// monthDays.ts), so a move redraws its two days from these rather than asking again.
import type { Calendar, EventInput } from "@fullcalendar/core";
import type { CalendarEntry } from "../../bindings";
import { wallDate } from "../../lib/dates";
import { replaceInOrder, toEvent } from "./calendarEvents";
import { dayLoad, type ChannelCount } from "./dayLoad";
import { dayOf, monthDays, monthEvents } from "./monthDays";

export class MonthSource {
  /** Every item of the month shown (the month view draws a dozen lines a day of them). */
  private entries: CalendarEntry[] = [];
  private fetches = 0;

  /** Starts a fetch; the answer tells whether it is still the latest when its items arrive. */
  ask(): () => boolean {
    const asked = ++this.fetches;
    return () => asked === this.fetches;
  }

  /**
   * The month's lines, or every item in the other views. Only the latest fetch's items are
   * kept: an earlier fetch that answers late (the month before a filter changed) is drawn by
   * nobody, as FullCalendar drops it, and must not be kept either.
   */
  eventsFor(items: CalendarEntry[], latest: boolean, month: boolean): EventInput[] {
    if (latest) this.entries = month ? items : [];
    return month ? monthEvents(monthDays(items)) : items.map(toEvent);
  }

  /** Draws items where the plan now has them (`keep`: whether shown at all), in any of the calendar's views. */
  redraw(cal: Calendar, entries: CalendarEntry[], keep: (entry: CalendarEntry) => boolean): void {
    for (const entry of entries) {
      if (cal.view.type === "dayGridMonth") this.redrawDays(cal, entry, keep(entry));
      else {
        cal.getEventById(entry.item.id)?.remove();
        if (keep(entry)) cal.addEvent(toEvent(entry), "items");
      }
    }
  }

  /** The month's lines of the two days a move touched, drawn again (a day's "+N more" changes with it). */
  redrawDays(cal: Calendar, entry: CalendarEntry, keep: boolean): void {
    const before = this.entries.find((e) => e.item.id === entry.item.id);
    this.entries = replaceInOrder(this.entries, entry, keep);
    const days = new Set([dayOf(before), dayOf(entry)].filter(Boolean));
    for (const event of cal.getEvents()) {
      if (event.source?.id === "items" && event.start && days.has(wallDate(event.start))) event.remove();
    }
    for (const input of monthEvents(monthDays(this.entries, days))) cal.addEvent(input, "items");
  }

  /** How busy each day of the month is, per channel. */
  load(): Map<string, ChannelCount[]> {
    return dayLoad(this.entries);
  }
}

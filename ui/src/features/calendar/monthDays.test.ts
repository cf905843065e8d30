import { describe, expect, it } from "vitest";
import type { CalendarEntry } from "../../bindings";
import { describeMore, MONTH_LINES, monthDays, moreEvent } from "./monthDays";
import { testEntry } from "./testEntry";

const item = (title: string, localStart: string | null): CalendarEntry => testEntry(`${title}-${localStart}`, localStart, { title });

const busyDay = (day: string, n: number): CalendarEntry[] =>
  Array.from({ length: n }, (_, i) => item(`item ${String(i).padStart(2, "0")}`, `${day}T${String(8 + (i % 12)).padStart(2, "0")}:00:00`));

describe("the month's lines", () => {
  it("draws a day that fits whole, in FullCalendar's order: all-day first, then by time, then by title", () => {
    const days = monthDays([item("b", "2027-05-03T09:00:00"), item("c", "2027-05-03"), item("a", "2027-05-03T09:00:00"), item("z", "2027-05-03T08:00:00")]);
    const day = days.get("2027-05-03");
    expect(day?.more).toBe(0);
    expect(day?.shown.map((e) => e.item.title)).toEqual(["c", "z", "a", "b"]);
  });

  it("cuts a busy day to its lines, the last one saying how many more there are", () => {
    const all = busyDay("2027-05-04", 30);
    const day = monthDays(all).get("2027-05-04");
    expect(day?.shown).toHaveLength(MONTH_LINES - 1);
    expect(day?.more).toBe(30 - (MONTH_LINES - 1));
    // The earliest items are the ones shown: none left out starts before the last one shown.
    const shown = new Set(day?.shown.map((e) => e.item.id));
    const lastShown = day?.shown[day.shown.length - 1]?.localStart ?? "";
    const hidden = all.filter((e) => !shown.has(e.item.id));
    expect(hidden.every((e) => (e.localStart ?? "") >= lastShown)).toBe(true);
  });

  it("keeps a day of exactly a dozen whole and leaves undated ideas out", () => {
    const days = monthDays([...busyDay("2027-05-05", MONTH_LINES), item("idea", null)]);
    expect(days.get("2027-05-05")).toMatchObject({ more: 0 });
    expect(days.get("2027-05-05")?.shown).toHaveLength(MONTH_LINES);
    expect([...days.keys()]).toEqual(["2027-05-05"]);
  });

  it("works out only the days asked for (a move redraws two days)", () => {
    const days = monthDays([...busyDay("2027-05-06", 3), ...busyDay("2027-05-07", 20)], new Set(["2027-05-07"]));
    expect([...days.keys()]).toEqual(["2027-05-07"]);
  });

  it("makes the +N line an all-day event of its day, last, not draggable, named for a screen reader", () => {
    const e = moreEvent("2027-05-04", 19);
    expect(e).toMatchObject({ id: "more-2027-05-04", title: "+19 more", start: "2027-05-04", allDay: true, editable: false });
    expect(e.extendedProps).toMatchObject({ isMore: 1, more: { day: "2027-05-04", count: 19 } });
    expect(describeMore("2027-05-04", 19)).toBe("19 more items on 2027-05-04: open the day in the planning grid");
  });
});

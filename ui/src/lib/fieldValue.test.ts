import { describe, expect, it } from "vitest";
import { CalendarDate, CalendarDateTime, Time } from "@internationalized/date";
import {
  dayPeriodsOf,
  hourCycleOf,
  localDigits,
  readDate,
  readDateTime,
  readTime,
  shortWeekdaysFit,
  weekStartOf,
  writeDate,
  writeTime,
} from "./fieldValue";

describe("a field's value", () => {
  it("reads a day and writes it back as it came", () => {
    const day = readDate("2026-11-25");
    expect(day?.compare(new CalendarDate(2026, 11, 25))).toBe(0);
    expect(writeDate(day, false)).toBe("2026-11-25");
    expect(writeDate(new CalendarDate(987, 1, 5), false)).toBe("0987-01-05");
  });

  it("reads no day from an empty field, a half-typed one or a day the calendar lacks", () => {
    for (const text of ["", "2026-11", "25/11/2026", "2026-04-31", "2027-02-29", "2026-13-01", "2026-11-25T09:30"]) {
      expect(readDate(text), text).toBeUndefined();
    }
    expect(readDate("2028-02-29")?.day).toBe(29);
    expect(writeDate(undefined, false)).toBe("");
  });

  it("reads a day and time to the minute and writes it back", () => {
    const at = readDateTime("2026-11-25T09:05");
    expect(at?.compare(new CalendarDateTime(2026, 11, 25, 9, 5))).toBe(0);
    expect(writeDate(at, true)).toBe("2026-11-25T09:05");
    expect(writeDate(readDateTime("2026-11-25T23:59:30"), true)).toBe("2026-11-25T23:59");
    expect(writeDate(new CalendarDate(2026, 11, 25), true)).toBe("2026-11-25T00:00");
    for (const text of ["", "2026-11-25", "2026-11-25T24:00", "2026-11-25T09:60", "2026-02-30T09:00"]) {
      expect(readDateTime(text), text).toBeUndefined();
    }
  });

  it("reads a time of day and writes it back", () => {
    expect(readTime("09:30")?.compare(new Time(9, 30))).toBe(0);
    expect(writeTime(readTime("00:00"))).toBe("00:00");
    expect(writeTime(new Time(17, 5))).toBe("17:05");
    for (const text of ["", "9:30", "24:00", "12:60", "2026-11-25T09:30"]) {
      expect(readTime(text), text).toBeUndefined();
    }
    expect(writeTime(undefined)).toBe("");
  });
});

describe("a locale's fields", () => {
  it("start the week on the locale's first day", () => {
    expect(weekStartOf("en-GB")).toBe(1);
    expect(weekStartOf("en-US")).toBe(0);
    expect(weekStartOf("nl")).toBe(1);
    expect(weekStartOf("fr")).toBe(1);
    expect(weekStartOf("es")).toBe(1);
    expect(weekStartOf("ar")).toBe(6);
  });

  it("read the clock in the locale's hours", () => {
    expect(hourCycleOf("en-GB")).toBe(24);
    expect(hourCycleOf("en-US")).toBe(12);
    expect(hourCycleOf("nl")).toBe(24);
    expect(hourCycleOf("fr")).toBe(24);
    expect(hourCycleOf("es")).toBe(24);
  });

  it("name the morning and the afternoon in the locale's words", () => {
    expect(dayPeriodsOf("en-US")).toEqual({ am: "AM", pm: "PM" });
    expect(dayPeriodsOf("ar")).toEqual({ am: "ص", pm: "م" });
  });

  it("write digits as the locale writes numbers", () => {
    expect(localDigits("en-GB")("25/11/2026")).toBe("25/11/2026");
    const arabic = new Intl.NumberFormat("ar").format(25);
    expect(localDigits("ar")("25")).toBe(arabic);
    expect(localDigits("ar")("yyyy")).toBe("yyyy");
  });

  it("head the calendar's columns with short names where they fit", () => {
    for (const locale of ["en-GB", "en-US", "nl", "fr", "es"]) expect(shortWeekdaysFit(locale), locale).toBe(true);
    expect(shortWeekdaysFit("ar")).toBe(false);
  });
});

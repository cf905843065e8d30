import { describe, expect, it } from "vitest";
import { addDays, daysInYear, draggedWindow, fraction, span } from "./timeline";

describe("year timeline", () => {
  it("places dates across the year", () => {
    expect(daysInYear(2027)).toBe(365);
    expect(daysInYear(2028)).toBe(366);
    expect(fraction("2027-01-01", 2027)).toBe(0);
    expect(fraction("2028-01-01", 2027)).toBe(1);
    expect(fraction("2026-06-01", 2027)).toBe(0);
    const { left, width } = span("2027-01-01", "2027-01-31", 2027);
    expect(left).toBe(0);
    expect(width).toBeCloseTo(31 / 365);
    expect(span("2026-12-01", "2027-01-10", 2027)).toEqual({ left: 0, width: 10 / 365 });
  });

  it("moves a window by whole days, across months and years", () => {
    expect(addDays("2027-01-31", 1)).toBe("2027-02-01");
    expect(addDays("2027-01-03", -7)).toBe("2026-12-27");
    const c = { startDate: "2027-03-01", endDate: "2027-03-10" };
    expect(draggedWindow(c, "move", 7)).toEqual({ startDate: "2027-03-08", endDate: "2027-03-17" });
    expect(draggedWindow(c, "start", -3)).toEqual({ startDate: "2027-02-26", endDate: "2027-03-10" });
    expect(draggedWindow(c, "end", 5)).toEqual({ startDate: "2027-03-01", endDate: "2027-03-15" });
  });

  it("never lets an edge pass the other", () => {
    const c = { startDate: "2027-03-01", endDate: "2027-03-10" };
    expect(draggedWindow(c, "start", 30)).toEqual({ startDate: "2027-03-10", endDate: "2027-03-10" });
    expect(draggedWindow(c, "end", -30)).toEqual({ startDate: "2027-03-01", endDate: "2027-03-01" });
  });
});

import { describe, expect, it } from "vitest";
import type { RuleCoverage } from "../../bindings";
import { i18n } from "../../lib/i18n.svelte";
import { cell, monthColumns, ratio, weekColumns } from "./coverage";

const rule = (periods: [string, string, number, number][]): RuleCoverage => ({
  rule: { id: "r", objectiveId: "o", channelId: null, minItems: 1, period: "day", weekdaysOnly: false },
  label: { id: "coverage-rule", args: { count: 1, period: "day", channel: { id: "coverage-rule-any-channel" }, weekdays: "no" } },
  periods: periods.map(([start, end, required, planned]) => ({ start, end, required, planned })),
  score: 0,
  gaps: 0,
});

describe("coverage columns", () => {
  it("cuts the year into twelve months", () => {
    const cols = monthColumns(2028);
    expect(cols).toHaveLength(12);
    expect(cols[1]).toEqual({ start: "2028-02-01", end: "2028-02-29", label: "Feb" });
  });

  it("names its columns in the window's language", () => {
    const was = i18n.language;
    try {
      i18n.language = "nl";
      expect(monthColumns(2027)[2]!.label).toBe("mrt");
      expect(weekColumns(2027, 1)[9]!.label).toBe("1 mrt");
    } finally {
      i18n.language = was;
    }
  });

  it("cuts the year into weeks from the plan's first day, clipped to the year", () => {
    const cols = weekColumns(2027, 1);
    expect(cols[0]).toMatchObject({ start: "2027-01-01", end: "2027-01-03" });
    expect(cols[1]!.start).toBe("2027-01-04");
    expect(cols[cols.length - 1]!.end).toBe("2027-12-31");
    expect(cols).toHaveLength(53);
  });
});

describe("coverage cells", () => {
  it("counts each period up to what it needs", () => {
    const r = rule([
      ["2027-01-01", "2027-01-01", 2, 5],
      ["2027-01-02", "2027-01-02", 2, 0],
      ["2027-02-01", "2027-02-01", 2, 2],
    ]);
    const jan = cell(r, monthColumns(2027)[0]!);
    expect(jan).toMatchObject({ required: 4, met: 2, planned: 5 });
    expect(ratio(jan)).toBe(0.5);
    expect(ratio(cell(r, monthColumns(2027)[5]!))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { noRepeat, ruleOf, weekdayOf } from "./repeat";

describe("repeat rules", () => {
  it("follow the first occurrence", () => {
    expect(weekdayOf("2027-03-12")).toBe("FR");
    expect(ruleOf({ ...noRepeat(), freq: "weekly" }, "2027-03-12")).toBe("FREQ=WEEKLY;BYDAY=FR;COUNT=10");
    expect(ruleOf({ ...noRepeat(), freq: "weekly", weekdays: ["FR", "MO"], interval: 2 }, "2027-03-12")).toBe(
      "FREQ=WEEKLY;BYDAY=MO,FR;INTERVAL=2;COUNT=10",
    );
    expect(ruleOf({ ...noRepeat(), freq: "monthlyDay" }, "2027-03-12")).toBe("FREQ=MONTHLY;BYMONTHDAY=12;COUNT=10");
    expect(ruleOf({ ...noRepeat(), freq: "monthlyWeekday" }, "2027-03-12")).toBe("FREQ=MONTHLY;BYDAY=2FR;COUNT=10");
    expect(ruleOf({ ...noRepeat(), freq: "monthlyWeekday" }, "2027-03-29")).toBe("FREQ=MONTHLY;BYDAY=-1MO;COUNT=10");
  });

  it("end on a day or after a count, or not repeat", () => {
    expect(ruleOf({ ...noRepeat(), freq: "daily", ends: "until", until: "2027-04-30" }, "2027-03-12")).toBe(
      "FREQ=DAILY;UNTIL=20270430",
    );
    expect(ruleOf(noRepeat(), "2027-03-12")).toBeNull();
    expect(ruleOf({ ...noRepeat(), freq: "custom", custom: " FREQ=YEARLY;COUNT=3 " }, "2027-03-12")).toBe("FREQ=YEARLY;COUNT=3");
  });
});

import { describe, expect, it } from "vitest";
import { nowIn, splitLocalStart, whenFromDrop, whenFromFields } from "./dates";

describe("plan-zone dates", () => {
  it("reads a drop's wall clock from the UTC fields", () => {
    const d = new Date(Date.UTC(2027, 2, 31, 9, 30));
    expect(whenFromDrop(d, false)).toEqual({ kind: "at", local: "2027-03-31T09:30" });
    expect(whenFromDrop(d, true)).toEqual({ kind: "allDay", date: "2027-03-31" });
  });

  it("gives the wall clock of another zone, across daylight saving", () => {
    expect(nowIn("Europe/London", new Date("2027-01-15T12:00:00Z"))).toBe("2027-01-15T12:00:00");
    expect(nowIn("Europe/London", new Date("2027-07-15T12:00:00Z"))).toBe("2027-07-15T13:00:00");
    expect(nowIn("America/Sao_Paulo", new Date("2027-07-15T12:00:00Z"))).toBe("2027-07-15T09:00:00");
  });

  it("turns form fields into a When and back", () => {
    expect(whenFromFields("", "")).toEqual({ kind: "unscheduled" });
    expect(whenFromFields("2027-05-01", "")).toEqual({ kind: "allDay", date: "2027-05-01" });
    expect(whenFromFields("2027-05-01", "08:15")).toEqual({ kind: "at", local: "2027-05-01T08:15" });
    expect(splitLocalStart("2027-05-01T08:15:00")).toEqual({ date: "2027-05-01", time: "08:15" });
    expect(splitLocalStart("2027-05-01")).toEqual({ date: "2027-05-01", time: "" });
    expect(splitLocalStart(null)).toEqual({ date: "", time: "" });
  });
});

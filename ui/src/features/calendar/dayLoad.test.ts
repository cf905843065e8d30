import { describe, expect, it } from "vitest";
import type { CalendarEntry } from "../../bindings";
import { dayLoad, describeLoad } from "./dayLoad";
import { testEntry } from "./testEntry";

const at = (channelId: string, label: string, localStart: string | null): CalendarEntry =>
  testEntry(`${channelId}-${localStart}`, localStart, { channelId, title: "t", status: "draft" }, { channelLabel: label });

describe("a month day's load", () => {
  it("counts each day's items per channel, busiest first, and skips undated entries and key dates", () => {
    const load = dayLoad([
      at("x", "X", "2027-05-03T09:00:00"),
      at("ig", "Instagram", "2027-05-03"),
      at("ig", "Instagram", "2027-05-03T12:00:00"),
      at("ig", "Instagram", "2027-05-04"),
      at("x", "X", null),
      undefined,
    ]);
    expect([...load.keys()]).toEqual(["2027-05-03", "2027-05-04"]);
    expect(load.get("2027-05-03")?.map((c) => [c.label, c.count])).toEqual([
      ["Instagram", 2],
      ["X", 1],
    ]);
    expect(describeLoad(load.get("2027-05-03") ?? [])).toBe("3 items: Instagram 2, X 1");
  });
});

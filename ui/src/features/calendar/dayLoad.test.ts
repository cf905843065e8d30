import { describe, expect, it } from "vitest";
import type { CalendarEntry } from "../../bindings";
import { dayLoad, describeLoad } from "./dayLoad";

const at = (channelId: string, label: string, localStart: string | null): CalendarEntry => ({
  item: {
    id: `${channelId}-${localStart}`,
    title: "t",
    format: "post",
    channelId,
    campaignId: null,
    objectiveIds: [],
    status: "draft",
    schedule: { kind: "unscheduled" },
    seriesId: null,
    ownerId: null,
  },
  localStart,
  channelLabel: label,
  channelColour: "#000000",
  channelInk: "#ffffff",
  campaignName: null,
  collaborationId: null,
});

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
    expect(describeLoad(load.get("2027-05-03") ?? [])).toBe("3 item(s): Instagram 2, X 1");
  });
});

import { describe, expect, it } from "vitest";
import type { CalendarEntry, Finding } from "../../bindings";
import { describeItem, inFilter, replaceInOrder, toEvent } from "./calendarEvents";

const entry = (over: Partial<CalendarEntry> = {}): CalendarEntry => ({
  item: {
    id: "0190f0f0-0000-7000-8000-000000000001",
    title: "Cone Zone launch",
    format: "reel",
    channelId: "0190f0f0-0000-7000-8000-000000000002",
    campaignId: null,
    objectiveIds: [],
    status: "approved",
    schedule: { kind: "at", utc: "2027-05-03T08:00:00Z" },
    seriesId: null,
    ownerId: null,
  },
  localStart: "2027-05-03T09:00:00",
  channelLabel: "Instagram @westmarkpolice",
  channelColour: "#be185d",
  channelInk: "#ffffff",
  campaignName: "Cone Zone",
  collaborationId: null,
  ...over,
});

describe("calendar events", () => {
  it("places a timed item at its plan-zone wall clock, coloured by channel", () => {
    const e = toEvent(entry());
    expect(e.start).toBe("2027-05-03T09:00:00");
    expect(e.allDay).toBe(false);
    expect(e.backgroundColor).toBe("#be185d");
    expect(e.classNames).toEqual(["status-approved"]);
  });

  it("places an all-day item on its day", () => {
    const c = entry({ localStart: "2027-05-03" });
    c.item.schedule = { kind: "allDay", date: "2027-05-03" };
    expect(toEvent(c)).toMatchObject({ start: "2027-05-03", allDay: true });
    expect(describeItem(c)).toContain("2027-05-03, all day");
  });

  it("tells a screen reader what, where, when and how to act", () => {
    expect(describeItem(entry())).toBe(
      "Cone Zone launch: Reel on Instagram @westmarkpolice, Approved, 2027-05-03 at 09:00, campaign Cone Zone. Enter to edit, M to move, R to send for review.",
    );
  });
});

describe("event badges", () => {
  it("names the collaboration an item is part of, and its findings", () => {
    const said = describeItem(entry({ collaborationId: "c1" }), { title: "Joint Reel", findings: 2 });
    expect(said).toContain("collaboration Joint Reel with 2 findings");
    expect(describeItem(entry())).not.toContain("collaboration");
  });

  it("says when an item repeats, and what its findings are", () => {
    const base = entry();
    const occurrence = { ...base, item: { ...base.item, seriesId: "s1" } };
    const finding: Finding = {
      kind: "inBlackout",
      severity: "error",
      message: {
        id: "finding-in-blackout",
        args: { title: "Cone Zone launch", day: { day: "2027-05-03" }, period: "Funeral", level: "no-posting" },
      },
      fix: null,
      day: "2027-05-03",
      itemIds: [base.item.id],
      campaignIds: [],
      channelIds: [],
      memberIds: [],
      keyDateIds: [],
      collaborationIds: [],
      partnerIds: [],
    };
    const said = describeItem(occurrence, undefined, [finding]);
    expect(said).toContain("09:00, repeating");
    expect(said).toContain("1 finding: “Cone Zone launch” is on 3 May 2027, during Funeral (nothing may go out)");
  });
});

describe("patching a moved entry", () => {
  const at = (id: string, localStart: string | null, over: Partial<CalendarEntry["item"]> = {}): CalendarEntry => {
    const base = entry({ localStart });
    return { ...base, item: { ...base.item, id, ...over } };
  };

  it("puts it where the window orders it: a day's all-day items before its timed ones, then by id", () => {
    const list = [at("a", "2027-05-03"), at("b", "2027-05-03T09:00:00"), at("c", "2027-05-04")];
    const ids = (l: CalendarEntry[]) => l.map((e) => e.item.id);
    expect(ids(replaceInOrder(list, at("d", "2027-05-03T08:00:00"), true))).toEqual(["a", "d", "b", "c"]);
    expect(ids(replaceInOrder(list, at("0", "2027-05-03"), true))).toEqual(["0", "a", "b", "c"]);
    expect(ids(replaceInOrder(list, at("a", "2027-05-05"), true))).toEqual(["b", "c", "a"]);
    expect(ids(replaceInOrder(list, at("b", null), false))).toEqual(["a", "c"]);
  });

  it("keeps it only where the filter shows its channel, campaign and status", () => {
    const e = at("a", "2027-05-03", { channelId: "ch1", campaignId: "k1", status: "draft" });
    const none = { channelIds: [], campaignIds: [], statuses: [], partnerIds: [] };
    expect(inFilter(e, none)).toBe(true);
    expect(inFilter(e, { ...none, channelIds: ["ch2"] })).toBe(false);
    expect(inFilter(e, { ...none, campaignIds: ["k1"], statuses: ["draft"] })).toBe(true);
    expect(inFilter({ ...e, item: { ...e.item, campaignId: null } }, { ...none, campaignIds: ["k1"] })).toBe(false);
    expect(inFilter(e, { ...none, statuses: ["approved"] })).toBe(false);
  });
});

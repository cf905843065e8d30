import { describe, expect, it } from "vitest";
import type { Brand, CalendarEntry, SocialChannel } from "../../bindings";
import { withBadges } from "../checks/findings";
import { testEntry } from "./testEntry";
import { cells, channelUse, landed, narrows, NONE, offsets, shiftWindow, reassignFor, rowHeight, rows, SIZES, slotsUsed, visibleColumns, visibleRows, weekStart, whenOn, windowDays } from "./grid";

const CHANNEL = "0190f0f0-0000-7000-8000-0000000000c1";
const OTHER = "0190f0f0-0000-7000-8000-0000000000c2";

const entry = (id: string, localStart: string | null, over: Partial<CalendarEntry["item"]> = {}): CalendarEntry =>
  testEntry(id, localStart, { channelId: CHANNEL, ...over });

const brand = (id: string, name: string): Brand => ({ id, name, purpose: "", colour: "#123456" });
const channel = (id: string, brandId: string, active = true): SocialChannel => ({
  id,
  brandId,
  platform: "x",
  handle: `@${id.slice(-2)}`,
  purpose: "",
  colour: "#111111",
  active,
  maxPerDay: 3,
  minGapMinutes: null,
});

describe("the planning grid", () => {
  it("lists channels under their brand, skips inactive ones, and folds a collapsed brand", () => {
    const ref = {
      brands: [brand("b1", "Police"), brand("b2", "Roads")],
      channels: [channel(CHANNEL, "b1"), channel(OTHER, "b2"), channel("c3", "b2", false)],
      campaigns: [],
      members: [],
      channelLabel: (id: string) => `label ${id}`,
    };
    const open = rows("channel", ref, ["2027-05-03"], new Set());
    expect(open.map((r) => `${r.kind}:${r.key}`)).toEqual(["group:b1", `cells:${CHANNEL}`, "group:b2", `cells:${OTHER}`]);
    const folded = rows("channel", ref, ["2027-05-03"], new Set(["b1"]));
    expect(folded.map((r) => r.key)).toEqual(["b1", "b2", OTHER]);
    expect(folded[0]).toMatchObject({ kind: "group", collapsed: true, count: 1 });
  });

  it("puts each dated item in the cell of its row and day, in the window's order", () => {
    const items = [
      entry("1", "2027-05-03"),
      entry("2", "2027-05-03T09:00:00"),
      entry("3", "2027-05-04T10:00:00", { channelId: OTHER }),
      entry("4", null),
    ];
    const byCell = cells(items, "channel");
    expect(byCell.get(`${CHANNEL}|2027-05-03`)?.map((e) => e.item.id)).toEqual(["1", "2"]);
    expect(byCell.get(`${OTHER}|2027-05-04`)?.map((e) => e.item.id)).toEqual(["3"]);
    expect([...byCell.keys()]).toHaveLength(2);
    const byCampaign = cells([entry("5", "2027-05-03", { campaignId: "k1" }), entry("6", "2027-05-03")], "campaign");
    expect(byCampaign.get("k1|2027-05-03")).toHaveLength(1);
    expect(byCampaign.get(`${NONE}|2027-05-03`)).toHaveLength(1);
  });

  it("counts the slots a cell uses without cancelled or on-hold items", () => {
    const day = [entry("1", "2027-05-03"), entry("2", "2027-05-03", { status: "cancelled" }), entry("3", "2027-05-03", { status: "onHold" })];
    expect(slotsUsed(day)).toBe(1);
  });

  it("counts a channel's use of its limit over all its items, whatever a filter shows", () => {
    const everything = { channelIds: [], campaignIds: [], statuses: [] };
    expect(narrows(everything)).toBe(false);
    expect(narrows({ ...everything, partnerIds: [] })).toBe(false);
    expect(narrows({ ...everything, campaignIds: ["k1"] })).toBe(true);
    expect(narrows({ ...everything, partnerIds: ["p1"] })).toBe(true);
    const all = [
      entry("1", "2027-05-03", { campaignId: "k1" }),
      entry("2", "2027-05-03T09:00:00"),
      entry("3", "2027-05-03T12:00:00", { status: "cancelled" }),
      entry("4", "2027-05-04", { channelId: OTHER }),
    ];
    const use = channelUse(all);
    expect(use.get(`${CHANNEL}|2027-05-03`)).toBe(2);
    expect(use.get(`${OTHER}|2027-05-04`)).toBe(1);
    expect(use.size).toBe(2);
  });

  it("keeps a dropped item's time of day, and changes its row only when the row differs", () => {
    const timed = entry("1", "2027-05-03T09:30:00");
    expect(whenOn(timed, "2027-05-07")).toEqual({ kind: "at", local: "2027-05-07T09:30" });
    expect(whenOn(entry("2", "2027-05-03"), "2027-05-07")).toEqual({ kind: "allDay", date: "2027-05-07" });
    expect(reassignFor(timed, "channel", CHANNEL)).toBeNull();
    expect(reassignFor(timed, "channel", OTHER)).toEqual({ kind: "channel", id: OTHER });
    expect(reassignFor(timed, "campaign", "k1")).toEqual({ kind: "campaign", id: "k1" });
    expect(reassignFor(entry("3", null, { ownerId: "m1" }), "owner", NONE)).toEqual({ kind: "owner", id: null });
  });

  it("draws a dropped item in the cell it was dropped on before the answer: the day changed, the time and the other rows kept", () => {
    const timed = entry("1", "2027-05-03T09:30:00", { campaignId: "k1" });
    const moved = landed(timed, "2027-05-07", { kind: "channel", id: OTHER });
    expect(moved.localStart).toBe("2027-05-07T09:30:00");
    expect(moved.item).toMatchObject({ channelId: OTHER, campaignId: "k1" });
    expect(cells([moved], "channel").get(`${OTHER}|2027-05-07`)).toEqual([moved]);
    expect(timed.item.channelId).toBe(CHANNEL);
    // An idea from the backlog lands as an all-day item; a drop into "No campaign" clears it.
    expect(landed(entry("2", null), "2027-05-08", null).localStart).toBe("2027-05-08");
    expect(landed(timed, "2027-05-03", { kind: "campaign", id: null }).item.campaignId).toBeNull();
    expect(landed(timed, "2027-05-03", { kind: "owner", id: "m2" }).item.ownerId).toBe("m2");
  });

  it("spans a week, a fortnight or the month, and finds the week's first day", () => {
    expect(windowDays("2027-02-10", "month")).toHaveLength(28);
    expect(windowDays("2028-02-10", "month")[28]).toBe("2028-02-29");
    expect(windowDays("2027-12-27", 14).at(-1)).toBe("2028-01-09");
    expect(weekStart("2027-05-06", 1)).toBe("2027-05-03");
    expect(weekStart("2027-05-06", 0)).toBe("2027-05-02");
    expect(weekStart("2027-05-03", 1)).toBe("2027-05-03");
  });

  it("sizes a row by its busiest cell and draws only the rows and columns on screen", () => {
    const row = { kind: "cells", key: CHANNEL, label: "", colour: "", limit: 3 } as const;
    const byCell = cells([entry("1", "2027-05-03"), entry("2", "2027-05-03"), entry("3", "2027-05-04")], "channel");
    expect(rowHeight(row, byCell, ["2027-05-03", "2027-05-04"])).toBe(SIZES.cellHead + 2 * SIZES.line + SIZES.pad);
    const { tops, total } = offsets([100, 100, 100, 100, 100]);
    expect(total).toBe(500);
    expect(visibleRows(tops, total, 150, 260, 0)).toEqual([1, 2]);
    expect(visibleRows(tops, total, 0, 500, 0)).toEqual([0, 4]);
    const [first, last] = visibleColumns(31, 10 * SIZES.column, 15 * SIZES.column);
    expect(first).toBe(9);
    expect(last).toBe(16);
  });
});

describe("moving the window and redrawing badges", () => {
  it("steps by the window's span, a month by calendar months", () => {
    expect(shiftWindow("2027-05-03", 7, 1)).toBe("2027-05-10");
    expect(shiftWindow("2027-05-03", 14, -1)).toBe("2027-04-19");
    expect(shiftWindow("2027-01-01", "month", 1)).toBe("2027-02-01");
    expect(shiftWindow("2027-01-01", "month", -1)).toBe("2026-12-01");
  });

  it("replaces the badges a move answered and drops the ones it cleared", () => {
    const finding = { kind: "overDailyLimit", severity: "warning", message: { id: "finding-over-daily-limit" }, fix: null, itemIds: ["a", "b"], campaignIds: [], collaborationIds: [], day: "2027-05-03" } as never;
    const before = new Map([["a", [finding]], ["b", [finding]], ["c", [finding]]]);
    const after = withBadges(before, [
      { itemId: "a", findings: [] },
      { itemId: "d", findings: [finding] },
    ]);
    expect([...after.keys()].sort()).toEqual(["b", "c", "d"]);
    expect(before.has("a")).toBe(true);
  });
});

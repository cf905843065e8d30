// A calendar entry for the calendar's unit tests: an item with the id, start and fields given.
import type { CalendarEntry } from "../../bindings";

type Item = CalendarEntry["item"];

export function testEntry(id: string, localStart: string | null, item: Partial<Item> = {}, entry: Partial<Omit<CalendarEntry, "item">> = {}): CalendarEntry {
  return {
    item: {
      id,
      title: `Item ${id}`,
      format: "post",
      channelId: "0190f0f0-0000-7000-8000-0000000000c1",
      campaignId: null,
      objectiveIds: [],
      status: "approved",
      schedule: { kind: "unscheduled" },
      seriesId: null,
      ownerId: null,
      ...item,
    },
    localStart,
    channelLabel: "X @westmark",
    channelColour: "#000000",
    channelInk: "#ffffff",
    campaignName: null,
    collaborationId: null,
    ...entry,
  };
}

import { describe, expect, it } from "vitest";
import { format, i18n } from "../../lib/i18n.svelte";
import { dayAfter, describeKeyDate, inCategories, toKeyDateEvent, type Marker } from "./keyDateEvents";

const day: Marker = { name: "World Social Media Day", startsOn: "2027-06-30", endsOn: "2027-06-30", category: "internationalDay", blackoutLevel: null, blackout: false, own: false, catalogueKey: "world-social-media-day" };
const purdah: Marker = { name: "Pre-election period", startsOn: "2027-04-14", endsOn: "2027-05-06", category: "blackout", blackoutLevel: "restricted", blackout: true, own: true, catalogueKey: null };

describe("key dates on the calendar", () => {
  it("ends an all-day span the day after its last day", () => {
    expect(dayAfter("2027-06-30")).toBe("2027-07-01");
    expect(dayAfter("2027-12-31")).toBe("2028-01-01");
    expect(toKeyDateEvent(purdah)).toMatchObject({ start: "2027-04-14", end: "2027-05-07", allDay: true });
  });

  it("shades blackouts and marks other days, none draggable", () => {
    expect(toKeyDateEvent(purdah)).toMatchObject({ display: "background", classNames: ["blackout"], editable: false });
    expect(toKeyDateEvent(day)).toMatchObject({ display: "block", classNames: ["key-date", "key-date-internationalDay"], editable: false });
  });

  it("says what it is and how strict a blackout is", () => {
    expect(describeKeyDate(day)).toBe("Key date: World Social Media Day, 2027-06-30");
    expect(describeKeyDate(purdah)).toBe("Key date: Pre-election period (blackout: restricted), 2027-04-14 to 2027-05-06");
  });

  it("names the catalogue's days in the window's language and the team's own as they wrote them", () => {
    i18n.language = "fr";
    const french = format("fr", "key-date-world-social-media-day");
    expect(toKeyDateEvent(day).title).toBe(french);
    expect(toKeyDateEvent(purdah).title).toContain("Pre-election period");
    i18n.language = "en-GB";
  });
});

describe("choosing the key dates to show", () => {
  it("keeps the markers of the shown categories, blackouts with theirs or with blackout", () => {
    const election: Marker = { ...purdah, name: "Purdah", category: "election" };
    expect(inCategories([day, election], ["internationalDay"])).toEqual([day]);
    expect(inCategories([day, election], ["blackout"])).toEqual([election]);
    expect(inCategories([day, election], [])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { i18n } from "./i18n.svelte";
import * as labels from "./labels";

// Every record of words for an enumeration, with the key each test reads.
const RECORDS = Object.entries(labels).filter(([name]) => name.endsWith("_LABELS")) as [string, Record<string, string>][];

describe("the enumerations' words", () => {
  it("name every value from the catalogue in every language", () => {
    expect(RECORDS.length).toBe(6);
    for (const language of ["en-GB", "en-US", "nl", "fr", "es", "ar"] as const) {
      i18n.language = language;
      for (const [name, words] of RECORDS) {
        for (const [key, text] of Object.entries(words)) {
          // A missing message comes back as its id: kebab-case, never a word a user reads.
          expect(text, `${language} ${name}.${key}`).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
          expect(text.length, `${language} ${name}.${key}`).toBeGreaterThan(0);
        }
      }
    }
    i18n.language = "en-GB";
  });

  it("follow the window's language when read", () => {
    i18n.language = "en-GB";
    expect(labels.ITEM_STATUS_LABELS.inReview).toBe("In review");
    i18n.language = "nl";
    expect(labels.ITEM_STATUS_LABELS.inReview).not.toBe("In review");
    i18n.language = "en-GB";
  });
});

import { describe, expect, it } from "vitest";
import type { AppError } from "../bindings";
import { catalogueFiles, format, formatDay, i18n, say } from "./i18n.svelte";
import { describe as describeError } from "./result";

// Every source file of the window, to find the messages it asks for.
const SOURCES = import.meta.glob<string>(["../**/*.svelte", "../**/*.ts", "!../**/*.test.ts", "!../bindings.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("the window's words", () => {
  it("asks only for messages the catalogue has", () => {
    const asked = new Set<string>();
    const prefixes = new Set<string>();
    for (const text of Object.values(SOURCES)) {
      for (const [, id] of text.matchAll(/\bt\(\s*"([a-z0-9-]+)"/g)) if (id) asked.add(id);
      for (const [, prefix] of text.matchAll(/\bt\(\s*`([a-z0-9-]+)\$\{/g)) if (prefix) prefixes.add(prefix);
    }
    expect(asked.size).toBeGreaterThan(10);
    const ids = new Set<string>();
    for (const [, text] of catalogueFiles("en-GB")) {
      for (const [, id] of text.matchAll(/^([a-z][a-z0-9-]*) =/gm)) if (id) ids.add(id);
    }
    expect([...asked].filter((id) => !ids.has(id))).toEqual([]);
    for (const prefix of prefixes) expect([...ids].some((id) => id.startsWith(prefix)), prefix).toBe(true);
  });

  it("reads the same catalogue as the Rust side, pseudo-locale included", () => {
    expect(format("en-GB", "app-undo-labelled", { label: "Move" })).toBe("Undo: Move");
    expect(format("nl", "language-name")).toBe("Nederlands");
    // As src-tauri/i18n/src/tests.rs expects it of the Rust side.
    expect(format("en-XA", "nav-plan")).toBe("⟦Þĺááñ⟧");
    expect(format("en-XA", "app-undo-labelled", { label: "Move" })).toBe("⟦Úñđđó: Move⟧");
    expect(format("ar", "app-undo-labelled", { label: "Move" })).toContain("\u2068Move\u2069");
  });

  it("writes days and times as the window's language writes them", () => {
    const was = i18n.language;
    try {
      i18n.language = "en-GB";
      expect(formatDay("2027-03-04")).toBe("4 Mar 2027");
      i18n.language = "en-US";
      expect(formatDay("2027-03-04")).toBe("Mar 4, 2027");
      i18n.language = "nl";
      expect(formatDay("2027-03-04")).toBe("4 mrt 2027");
      expect(formatDay("2027-03-04T09:30")).toMatch(/^4 mrt 2027.*09:30$/);
      expect(formatDay("2027-03-04T09:30:00"), "a time as the plan sends it, seconds and all").toMatch(/^4 mrt 2027.*09:30$/);
      expect(formatDay("not a date")).toBe("not a date");
    } finally {
      i18n.language = was;
    }
  });

  it("names a change kept as data in the window's language, a sentence inside another first", () => {
    const was = i18n.language;
    const undo = { id: "history-undo", args: { action: { id: "history-move", args: { title: "Post" } } } };
    try {
      i18n.language = "en-GB";
      expect(say(undo)).toBe("Undo: Move “Post”");
      expect(say({ id: "history-send-for-review-many", args: { count: 3 } })).toBe("Send 3 items for review");
      i18n.language = "nl";
      expect(say(undo)).toBe("Ongedaan maken: “Post” verplaatsen");
      // A change named before names were kept as data reads as it was written.
      expect(say({ id: "history-recorded", args: { text: "Move “Post”" } })).toBe("Move “Post”");
    } finally {
      i18n.language = was;
    }
  });

  it("says a command's refusal in the window's language, words from elsewhere as they came", () => {
    const was = i18n.language;
    try {
      const required: AppError = { code: "validation", field: "name", message: { id: "error-required" } };
      i18n.language = "en-GB";
      expect(describeError(required)).toBe("is required");
      i18n.language = "nl";
      expect(describeError(required)).toBe("is verplicht");
      const io: AppError = { code: "io", message: { id: "said", args: { text: "disk full" } } };
      expect(describeError(io)).toBe("disk full");
    } finally {
      i18n.language = was;
    }
  });
});


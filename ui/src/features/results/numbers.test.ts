import { describe, expect, it } from "vitest";
import { i18n } from "../../lib/i18n.svelte";
import { count, percent } from "./numbers";

describe("numbers", () => {
  it("groups whole counts by thousands and keeps one decimal of a fraction", () => {
    expect(count(1234567)).toBe("1,234,567");
    expect(count(12.54)).toBe("12.5");
    expect(count(0)).toBe("0");
  });
  it("writes a share of a target, or a dash without one", () => {
    expect(percent(50, 200)).toBe("25%");
    expect(percent(50, null)).toBe("—");
    expect(percent(50, 0)).toBe("—");
  });
  it("writes them as the window's language does", () => {
    const was = i18n.language;
    try {
      i18n.language = "nl";
      expect(count(1234567)).toBe("1.234.567");
      expect(count(12.54)).toBe("12,5");
      expect(percent(50, 200)).toBe("25%");
    } finally {
      i18n.language = was;
    }
  });
});

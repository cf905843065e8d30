import { describe, expect, it } from "vitest";
import { holdsEvery, wordsOf } from "./words";

describe("how typed words find text", () => {
  it("needs every word, in any order, case or accent", () => {
    expect(holdsEvery("Zebra crossing talk · Road safety · X @westmark", "TALK zebra")).toBe(true);
    expect(holdsEvery("Réunion d’équipe", "equipe REUNION")).toBe(true);
    expect(holdsEvery("Zebra crossing talk", "zebra parade")).toBe(false);
  });

  it("finds everything for no words", () => {
    expect(wordsOf("   ")).toEqual([]);
    expect(holdsEvery("anything", "  ")).toBe(true);
  });
});

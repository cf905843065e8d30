import { describe, expect, it } from "vitest";
import { folded } from "../../lib/words";
import { matching } from "./palette";

const names = ["Go to Plan", "Go to Campaigns", "Go to Collaborations", "New campaign", "New item", "Export annual plan (PDF)…", "Ir a Aprobaciones", "Aller à l’équipe"];
const commands = names.map((label) => ({ label }));
const labels = (query: string): string[] => matching(commands, query).map((c) => c.label);

describe("the command palette's search", () => {
  it("lists every command for no words", () => {
    expect(labels("  ")).toEqual(names);
  });

  it("puts a name that begins with the words first, then names whose words begin with them", () => {
    expect(labels("new c")).toEqual(["New campaign"]);
    expect(labels("go c")).toEqual(["Go to Campaigns", "Go to Collaborations"]);
    expect(labels("plan")).toEqual(["Go to Plan", "Export annual plan (PDF)…"]);
    expect(labels("camp")).toEqual(["Go to Campaigns", "New campaign"]);
  });

  it("needs every word, in any order and any case", () => {
    expect(labels("PLAN export")).toEqual(["Export annual plan (PDF)…"]);
    expect(labels("plan parade")).toEqual([]);
  });

  it("finds words with or without their accents", () => {
    expect(labels("equipe")).toEqual(["Aller à l’équipe"]);
    expect(labels("aprobaciónes")).toEqual(["Ir a Aprobaciones"]);
    expect(folded("Équipe")).toBe("equipe");
  });
});

// @vitest-environment happy-dom
// The refresh policy every view follows: asked on opening, on its own inputs, and on a
// change that touches what it shows (everything after an undo or a change to the plan).
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import type { Entity } from "../bindings";
import { plan } from "./plan.svelte";
import { refreshOn, touched, type Why } from "./refresh.svelte";

function change(entity: Entity): void {
  plan.changed = { entity, ids: [], version: plan.revision + 1, arrived: null };
  plan.revision += 1;
  flushSync();
}

describe("refreshOn", () => {
  it("asks on opening, on new inputs and on a change that touches what the view shows", () => {
    const asked: [number, Why][] = [];
    let year = $state(2026);
    const stop = $effect.root(() => {
      refreshOn(["item", "keyDate"], () => year, (y, why) => asked.push([y, why]));
    });
    flushSync();
    expect(asked).toEqual([[2026, "opening"]]);
    change("partner");
    expect(asked).toHaveLength(1);
    change("item");
    expect(asked.at(-1)).toEqual([2026, "change"]);
    change("plan");
    expect(asked).toHaveLength(3);
    year = 2027;
    flushSync();
    expect(asked.at(-1)).toEqual([2027, "inputs"]);
    stop();
    change("item");
    expect(asked).toHaveLength(4);
  });

  it("counts everything as touched before the first change and for a view of everything", () => {
    plan.changed = null;
    expect(touched(["item"])).toBe(true);
    plan.changed = { entity: "partner", ids: [], version: 1, arrived: null };
    expect(touched(["item"])).toBe(false);
    expect(touched("everything")).toBe(true);
  });
});

// When a view asks the core again: one policy for every view. A view draws what it shows
// from the core's answers and asks again when it opens, when its own inputs change (the
// year shown, a filter) and after a change to the plan that touches what it shows (the
// PlanChanged event names the kind of record; an undo, a restore or a colleague's change
// to the whole plan touches everything). What the view's loader reads is not tracked, so
// its own answers never make it ask again.
import { untrack } from "svelte";
import type { Entity, ItemsArrived } from "../bindings";
import { plan } from "./plan.svelte";

/** What a view shows: some kinds of record, or a bit of everything. */
export type Shows = readonly Entity[] | "everything";

/** Why a view asks: it has just opened, its own inputs changed, or the plan changed. */
export type Why = "opening" | "inputs" | "change";

/** Whether the last change touched what `shows` names (everything on opening, after an undo, or when the whole plan changed). */
export function touched(shows: Shows): boolean {
  const entity = plan.changed?.entity;
  return shows === "everything" || !entity || entity === "plan" || shows.includes(entity);
}

/** The items the last change brought from elsewhere, drawn from it without asking again (null: ask). */
export function arrived(): ItemsArrived | null {
  return plan.changed?.arrived ?? null;
}

/**
 * Calls `load` with the view's inputs when the view opens, when `inputs` (read tracked)
 * gives something new, and after each change that touches what the view `shows`. Call it
 * while a component initialises; it lives as long as the component.
 */
export function refreshOn<T>(shows: Shows, inputs: () => T, load: (inputs: T, why: Why) => void): void {
  let last: string | undefined;
  $effect(() => {
    const now = inputs();
    void plan.revision;
    const key = JSON.stringify(now) ?? "";
    const why: Why = last === undefined ? "opening" : key !== last ? "inputs" : "change";
    last = key;
    if (why !== "change" || untrack(() => touched(shows))) untrack(() => load(now, why));
  });
}

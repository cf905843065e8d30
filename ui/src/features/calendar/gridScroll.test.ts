import { describe, expect, it } from "vitest";
import { SIZES } from "./grid";
import { arrowStep, bringIntoView, daysScrolled } from "./gridScroll";

/** A scroller as far as the grid's scrolling reads and sets it. */
const scroller = (scrollTop: number, scrollLeft: number) => ({ scrollTop, scrollLeft }) as HTMLElement;

describe("arrowStep", () => {
  it("moves to the next day on the right left to right and on the left right to left", () => {
    expect(arrowStep("ArrowRight", false)).toEqual([0, 1]);
    expect(arrowStep("ArrowLeft", true)).toEqual([0, 1]);
    expect(arrowStep("ArrowRight", true)).toEqual([0, -1]);
    expect(arrowStep("ArrowDown", true)).toEqual([1, 0]);
    expect(arrowStep("Enter", false)).toBeUndefined();
  });
});

describe("bringIntoView", () => {
  const view = { viewHeight: 400 + SIZES.head, viewWidth: 3 * SIZES.column + SIZES.rowHead };

  it("scrolls down and to later days just far enough for the cell", () => {
    const el = scroller(0, 0);
    bringIntoView(el, { top: 500, height: 100, col: 5, ...view }, false);
    expect(el.scrollTop).toBe(200);
    expect(el.scrollLeft).toBe(3 * SIZES.column);
  });

  it("scrolls right to left as a negative distance and leaves a visible cell alone", () => {
    const el = scroller(50, -4 * SIZES.column);
    bringIntoView(el, { top: 100, height: 50, col: 5, ...view }, true);
    expect(el.scrollTop).toBe(50);
    expect(el.scrollLeft).toBe(-4 * SIZES.column);
    bringIntoView(el, { top: 100, height: 50, col: 1, ...view }, true);
    expect(el.scrollLeft).toBe(-SIZES.column);
    expect(daysScrolled(el)).toBe(SIZES.column);
  });
});

// How the planning grid's scroller moves: to a cell the keyboard went to, towards an edge a
// drag nears, and where the arrows point. Right to left, the days run leftwards from the row
// heads on the right: the browser counts that scroll as negative, the grid as a distance
// from its first day either way.
import { SIZES } from "./grid";

/** How far the days are scrolled from the first day, in either direction. */
export function daysScrolled(scroller: HTMLElement): number {
  return Math.abs(scroller.scrollLeft);
}

/** Scrolls the days to `distance` from the first day. */
export function scrollDaysTo(scroller: HTMLElement, distance: number, rtl: boolean): void {
  scroller.scrollLeft = rtl ? -distance : distance;
}

/** The row (`top`, `height`) and day column (`col`) a cell is in, and the size of the view. */
export interface CellPlace {
  top: number;
  height: number;
  col: number;
  viewHeight: number;
  viewWidth: number;
}

/** Scrolls as little as needed for a cell to be wholly under the heads, so it can be drawn and focused. */
export function bringIntoView(scroller: HTMLElement, place: CellPlace, rtl: boolean): void {
  const visibleHeight = place.viewHeight - SIZES.head;
  if (place.top < scroller.scrollTop) scroller.scrollTop = place.top;
  else if (place.top + place.height > scroller.scrollTop + visibleHeight) scroller.scrollTop = place.top + place.height - visibleHeight;
  const left = place.col * SIZES.column;
  const visibleWidth = place.viewWidth - SIZES.rowHead;
  const scrolled = daysScrolled(scroller);
  if (left < scrolled) scrollDaysTo(scroller, left, rtl);
  else if (left + SIZES.column > scrolled + visibleWidth) scrollDaysTo(scroller, left + SIZES.column - visibleWidth, rtl);
}

/** Scrolls on while a drag is near an edge: down, up, to later days or back to earlier ones. */
export function autoScroll(scroller: HTMLElement, x: number, y: number, rtl: boolean): void {
  const r = scroller.getBoundingClientRect();
  const edge = 40;
  if (y > r.bottom - edge) scroller.scrollTop += 24;
  else if (y < r.top + SIZES.head + edge && y > r.top) scroller.scrollTop -= 24;
  // Towards the far end of the days (away from the row heads) shows later days.
  const [farEnd, nearEnd] = rtl
    ? [x < r.left + edge, x > r.right - SIZES.rowHead - edge && x < r.right]
    : [x > r.right - edge, x < r.left + SIZES.rowHead + edge && x > r.left];
  if (farEnd) scrollDaysTo(scroller, daysScrolled(scroller) + 24, rtl);
  else if (nearEnd) scrollDaysTo(scroller, Math.max(0, daysScrolled(scroller) - 24), rtl);
}

/** The rows and columns an arrow key moves by: where it points, so right to left the next day is to the left. */
export function arrowStep(key: string, rtl: boolean): [number, number] | undefined {
  const later = rtl ? -1 : 1;
  const steps: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -later], ArrowRight: [0, later] };
  return steps[key];
}

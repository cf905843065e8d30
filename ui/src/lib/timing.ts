// The app's own timings, as User Timing entries (performance marks and measures): the
// end-to-end benchmarks read them, and the web inspector shows them on its timeline.

/** Marks the first time something became ready (later calls keep the first mark). */
export function markOnce(name: string): void {
  if (!performance.getEntriesByName(name, "mark").length) performance.mark(name);
}

/** Measures from `start` (a `performance.now()` time) to the first frame painted after now. */
export function measureToFrame(name: string, start: number): void {
  // requestAnimationFrame runs just before the frame is painted; the task after it, just after.
  requestAnimationFrame(() => setTimeout(() => performance.measure(name, { start, end: performance.now() }), 0));
}

// The zoom keys the page hears: the menu bar's accelerators take Ctrl and =, - and 0 on the
// main keys; Ctrl and + (the = key with Shift) and the numeric keypad's +, − and 0 reach the
// page instead, which asks for the same steps.
import type { ZoomStep } from "../bindings";

type Keys = Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey">;

/** The zoom step `e` asks for, if any. */
export function zoomStepOf(e: Keys): ZoomStep | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  if (e.key === "+") return "in";
  if (e.code === "NumpadSubtract") return "out";
  if (e.code === "Numpad0") return "actualSize";
  return null;
}

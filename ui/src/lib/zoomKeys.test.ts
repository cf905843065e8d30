import { describe, expect, it } from "vitest";
import { zoomStepOf } from "./zoomKeys";

const keys = (key: string, code: string, ctrlKey = true) => ({ key, code, ctrlKey, metaKey: false });

describe("zoomStepOf", () => {
  it("hears Ctrl and + on either keyboard, and the keypad's minus and zero", () => {
    expect(zoomStepOf(keys("+", "Equal"))).toBe("in");
    expect(zoomStepOf(keys("+", "NumpadAdd"))).toBe("in");
    expect(zoomStepOf(keys("-", "NumpadSubtract"))).toBe("out");
    expect(zoomStepOf(keys("0", "Numpad0"))).toBe("actualSize");
    expect(zoomStepOf({ key: "+", code: "Equal", ctrlKey: false, metaKey: true })).toBe("in");
  });

  it("leaves the main keys' =, - and 0 to the menu bar, and keys without Ctrl alone", () => {
    expect(zoomStepOf(keys("=", "Equal"))).toBeNull();
    expect(zoomStepOf(keys("-", "Minus"))).toBeNull();
    expect(zoomStepOf(keys("0", "Digit0"))).toBeNull();
    expect(zoomStepOf(keys("+", "NumpadAdd", false))).toBeNull();
  });
});

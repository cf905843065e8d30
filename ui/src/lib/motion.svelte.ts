// The system's "reduce motion" setting (GNOME's animations switch, Windows' and macOS'
// own), followed as it changes, without a restart: while it is on, nothing the window
// draws moves by itself (styles.css stops transitions and animations the same way).
import { MediaQuery } from "svelte/reactivity";

export const reducedMotion = new MediaQuery("(prefers-reduced-motion: reduce)");

/** How long an item dropped where it cannot go slides back to its place, in milliseconds. */
export const revertMs = (): number => (reducedMotion.current ? 0 : 500);

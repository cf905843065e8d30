// The window's layout by its size in CSS pixels (a zoomed window is a smaller one): in a
// narrow or short window (half a laptop's screen, 200 % zoom and more, 640 × 480) the app
// bar folds its areas and tools into one menu button, and the side panels go under the views.
import { MediaQuery } from "svelte/reactivity";

// 760 CSS px: a 1280 px window at 170 % and more; 520: a short window or a zoomed one.
export const narrow = new MediaQuery("(max-width: 760px), (max-height: 520px)");

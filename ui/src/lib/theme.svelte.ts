// The window's theme: light or dark as chosen for this laptop in Settings (kept by the
// Rust side), or the system's while none is chosen, followed live as the system changes.
// The page's `data-theme` names the theme in force; styles.css holds both palettes.
import { commands } from "../bindings";
import type { Theme, UiTheme } from "../bindings";
import { unwrap } from "./result";

const SYSTEM_DARK = "(prefers-color-scheme: dark)";

class Appearance {
  /** The theme chosen on this laptop; null follows the system. */
  chosen = $state<Theme | null>(null);
  /** The system's theme as the web view reports it. */
  system = $state<Theme>("light");
  /** The theme in force: what the page is drawn in (charts redraw when it changes). */
  readonly current: Theme = $derived(this.chosen ?? this.system);

  constructor() {
    // The page follows the system until the choice is read, so a dark system never flashes light.
    const query = typeof window !== "undefined" && window.matchMedia ? window.matchMedia(SYSTEM_DARK) : null;
    if (query) {
      this.system = query.matches ? "dark" : "light";
      query.addEventListener("change", (e) => {
        this.system = e.matches ? "dark" : "light";
        this.paint();
      });
    }
    this.paint();
  }

  /** Reads the choice kept on this laptop (before the first view is drawn). */
  async load(): Promise<void> {
    this.apply(await unwrap(commands.uiTheme()));
  }

  /** Chooses the theme on this laptop (null: the system's); the page follows at once. */
  async choose(theme: Theme | null): Promise<void> {
    this.apply(await unwrap(commands.chooseUiTheme(theme)));
  }

  private apply(ui: UiTheme): void {
    this.chosen = ui.chosen;
    this.paint();
  }

  private paint(): void {
    if (typeof document === "undefined") return;
    document.documentElement.dataset.theme = this.current;
  }
}

export const appearance = new Appearance();

/** A colour of the theme in force, as styles.css names it (`--text`): for canvases, which CSS does not reach. */
export function themeColour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

// Where an export goes and what happens around it, shared by every export form: the
// path the app suggests (a new file in Documents), the system's "Save as" dialog, a
// progress line when the work takes more than a moment, and opening the file after.
import { commands } from "../bindings";
import type { FormErrors } from "./form.svelte";
import { messageOf, unwrap } from "./result";

export class ExportTarget {
  path = $state("");
  slow = $state(false);

  /** The path last suggested, and how many suggestions were asked for (the last one wins). */
  private suggested = "";
  private asked = 0;

  constructor(private readonly errors: FormErrors) {}

  /** Prefills the path with a new file of `name` in Documents. */
  async suggest(name: string): Promise<void> {
    const asked = ++this.asked;
    try {
      const path = await unwrap(commands.suggestExportPath(name));
      if (asked === this.asked) this.path = this.suggested = path;
    } catch (e) {
      this.errors.general = messageOf(e);
    }
  }

  /** Suggests a file of a new `name` (another year), unless the person chose a path of their own. */
  async follow(name: string): Promise<void> {
    if (this.path === this.suggested) await this.suggest(name);
  }

  /** The system's "Save as" dialog, starting from the path (or `name`). */
  async choose(name: string): Promise<void> {
    try {
      const chosen = await unwrap(commands.chooseSavePath(this.path || name));
      if (chosen) this.path = chosen;
    } catch (e) {
      this.errors.general = messageOf(e);
    }
  }

  /** Runs the export, showing the progress line after 300 ms. */
  async run<T>(work: (path: string) => Promise<T>): Promise<T | undefined> {
    const timer = setTimeout(() => (this.slow = true), 300);
    try {
      return await this.errors.run(() => work(this.path));
    } finally {
      clearTimeout(timer);
      this.slow = false;
    }
  }

  /** Opens an exported file in the laptop's default app. */
  async open(path: string): Promise<void> {
    try {
      await unwrap(commands.openExported(path));
    } catch (e) {
      this.errors.general = messageOf(e);
    }
  }
}

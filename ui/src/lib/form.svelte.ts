// Form state shared by the editors: a busy flag, the field errors a save
// returned, and a general error for the rest.
import { CommandError, messageOf } from "./result";

export class FormErrors {
  fields = $state<Record<string, string>>({});
  general = $state("");
  busy = $state(false);

  clear(): void {
    this.fields = {};
    this.general = "";
  }

  /** Runs a save; a validation error lands next to its field, anything else on top. */
  async run<T>(save: () => Promise<T>): Promise<T | undefined> {
    this.clear();
    this.busy = true;
    try {
      return await save();
    } catch (e) {
      const field = e instanceof CommandError ? e.field : undefined;
      if (field) this.fields = { [field]: messageOf(e) };
      else this.general = messageOf(e);
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}

// What the command palette asks of the view it opens: a new campaign, a new item, or an
// item to show. The view takes the request as it opens (or at once, when it is open).
export type Intent = { kind: "newCampaign" } | { kind: "newItem" } | { kind: "showItem"; id: string; start: string | null };

class Intents {
  next = $state<Intent | null>(null);

  /** The request for `kind`, once: taking it clears it. Read inside an effect, it is awaited. */
  take<K extends Intent["kind"]>(kind: K): Extract<Intent, { kind: K }> | null {
    const next = this.next;
    if (next?.kind !== kind) return null;
    this.next = null;
    return next as Extract<Intent, { kind: K }>;
  }
}

export const intents = new Intents();

// The command palette's commands and how typed words find them: every word must be in the
// command's name (in any case, accents or none), and names whose words begin with the
// typed ones come first, so "new c" finds "New campaign" before "Go to Collaborations".

import { folded, wordsOf } from "../../lib/words";

export type PaletteCommand = {
  /** Names it for tests and for the list's option ids. */
  id: string;
  /** What it does, in the window's language. */
  label: string;
  /** Its shortcut, as shown beside it. */
  keys?: string;
  run: () => void;
};

/** How well `label` answers the typed `words`: 0 best, 2 worst, null not at all. */
function rank(label: string, words: string[]): number | null {
  const name = folded(label);
  if (!words.every((w) => name.includes(w))) return null;
  if (name.startsWith(words.join(" "))) return 0;
  const starts = name.split(/[\s\p{P}]+/u);
  return words.every((w) => starts.some((s) => s.startsWith(w))) ? 1 : 2;
}

/** The commands that answer `query`, best first (in their own order within a rank); all for no words. */
export function matching<C extends { label: string }>(commands: C[], query: string): C[] {
  const words = wordsOf(query);
  if (!words.length) return commands;
  return commands
    .map((command, order) => ({ command, order, rank: rank(command.label, words) }))
    .filter((c): c is { command: C; order: number; rank: number } => c.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((c) => c.command);
}

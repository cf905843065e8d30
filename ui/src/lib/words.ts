// How typed words find text, the same in every search of the window: every word must be
// in the text, in any case and with or without its accents ("equipe" finds "Équipe").

/** Text as a search compares it: lower case, without accents. */
export function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a search, folded; none for blank input. */
export function wordsOf(query: string): string[] {
  return folded(query).split(/\s+/).filter(Boolean);
}

/** Whether `text` holds every word of `query` (all text does for no words). */
export function holdsEvery(text: string, query: string): boolean {
  const within = folded(text);
  return wordsOf(query).every((w) => within.includes(w));
}

// The window's words: the one Fluent catalogue the Rust side reads too
// (src-tauri/i18n/locales/<language>/*.ftl), formatted in the language chosen for this
// laptop. `t()` reads the language, so a view redraws in a new one without a restart.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { commands } from "../bindings";
import type { Direction, Language, Sentence, SentenceArg, UiLanguage } from "../bindings";
import { unwrap } from "./result";

// The command line's messages (cli*.ftl) are the Rust side's alone.
const FILES = import.meta.glob<string>(["../../../src-tauri/i18n/locales/*/*.ftl", "!../../../src-tauri/i18n/locales/*/cli*.ftl"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const PSEUDO: Language = "en-XA";

/** The catalogue folder of a language: the pseudo-locale reads British English's. */
function folder(language: Language): string {
  return language === PSEUDO ? "en-GB" : language;
}

/** The files of `language`: [name, text]. */
export function catalogueFiles(language: Language): [string, string][] {
  return Object.entries(FILES)
    .map(([path, text]): [string[], string] => [path.split("/").slice(-2), text])
    .filter(([[dir]]) => dir === folder(language))
    .map(([[, name], text]) => [name ?? "", text]);
}

// The pseudo-locale as the Rust side makes it (src-tauri/i18n/src/pseudo.rs): letters
// accented, every third letter of a word doubled, each message in brackets.
const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = [..."áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ"];

function accented(text: string): string {
  let out = "";
  let inWord = 0;
  for (const c of text) {
    const at = PLAIN.indexOf(c);
    if (at < 0) {
      out += c;
      inWord = 0;
      continue;
    }
    out += ACCENTED[at];
    inWord += 1;
    if (inWord % 3 === 0) out += ACCENTED[at];
  }
  return out;
}

function bundleOf(language: Language): FluentBundle {
  const pseudo = language === PSEUDO;
  // Isolation marks keep an argument's direction inside Arabic text (see the Rust side).
  const bundle = new FluentBundle(pseudo ? "en-GB" : language, {
    useIsolating: language === "ar",
    transform: pseudo ? accented : (text: string) => text,
  });
  for (const [name, text] of catalogueFiles(language)) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length > 0) console.error(`${folder(language)}/${name}:`, errors);
  }
  return bundle;
}

// Built once per language (a cache: nothing redraws when it fills).
const bundles: Partial<Record<Language, FluentBundle>> = {};
function bundle(language: Language): FluentBundle {
  return (bundles[language] ??= bundleOf(language));
}

/** A message of `language`'s catalogue; its id when the catalogue lacks it (the tests rule that out). */
export function format(language: Language, id: string, args?: Record<string, FluentVariable>): string {
  const words = bundle(language);
  const pattern = words.getMessage(id)?.value;
  if (!pattern) {
    console.error(`no message ${id} in ${language}`);
    return id;
  }
  const text = words.formatPattern(pattern, args);
  return language === PSEUDO ? `⟦${text}⟧` : text;
}

class I18n {
  language = $state<Language>("en-GB");
  direction = $state<Direction>("ltr");
  chosen = $state<Language | null>(null);
  system = $state<Language>("en-GB");
  offered = $state<Language[]>(["en-GB"]);

  /** Asks the Rust side which language is in force (before the first view is drawn). */
  async load(): Promise<void> {
    this.apply(await unwrap(commands.uiLanguage()));
  }

  /** Chooses the language on this laptop (null: the system's); the menu bar follows. */
  async choose(language: Language | null): Promise<void> {
    this.apply(await unwrap(commands.chooseUiLanguage(language)));
  }

  private apply(ui: UiLanguage): void {
    this.language = ui.language;
    this.direction = ui.direction;
    this.chosen = ui.chosen;
    this.system = ui.system;
    this.offered = ui.offered;
    document.documentElement.lang = ui.language;
    document.documentElement.dir = ui.direction;
  }

  /** A language's own name for itself ("Nederlands"), whatever the window's language. */
  nameOf(language: Language): string {
    return format(language, "language-name");
  }
}

export const i18n = new I18n();

/** The locale the browser's Intl formats in for the window's language (the pseudo-locale's is British English's). */
export function intlLocale(): string {
  return folder(i18n.language);
}

/** A number as the window's language writes it, as the catalogue's messages write theirs
 * (Arabic's own digits, Dutch and French grouping). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

/** A day (`2027-03-04`), or a day and time on the plan's clock (`2027-03-04T09:30`, seconds
 * left out), as the
 * window's language writes it ("4 Mar 2027", "Mar 4, 2027", "4 mrt 2027, 09:30"); anything
 * else as it is. */
export function formatDay(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(text);
  if (!m) return text;
  const [, y, mo, d, h, mi] = m;
  const at = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  const day: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
  const time: Intl.DateTimeFormatOptions = h === undefined ? {} : { hour: "2-digit", minute: "2-digit" };
  return new Intl.DateTimeFormat(intlLocale(), { ...day, ...time }).format(at);
}

/** An instant (an ISO timestamp) as the window's language writes a day and a time on this
 * laptop's clock ("7 Dec 2026, 09:30"). */
export function formatInstant(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** A month's name (1: January) in the window's language, from the browser's locale data. */
export function monthName(month: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));
}

/** The window's words for message `id`, in the language in force. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return format(i18n.language, id, args);
}

/** A sentence kept as data (the journal's name of a change, a finding, a refusal, made on
 * any laptop in any language) in the window's words; a sentence inside another is put into
 * words first, a day as the language writes days in full, a list joined as it lists. */
export function say(sentence: Sentence): string {
  const args: Record<string, FluentVariable> = {};
  for (const [name, arg] of Object.entries(sentence.args ?? {})) {
    if (arg !== undefined && arg !== null) args[name] = argInWords(arg);
  }
  return t(sentence.id, args);
}

function argInWords(arg: SentenceArg): FluentVariable {
  if (arg === null || typeof arg !== "object") return arg ?? "";
  if (Array.isArray(arg)) return arg.map((entry) => String(typeof entry === "number" ? formatNumber(entry) : argInWords(entry))).join(t("list-separator"));
  if ("day" in arg) return longDay(arg.day);
  return say(arg);
}

/** A day (`2027-03-04`) in full, as the window's language writes it ("4 March 2027"), as the
 * Rust side writes a sentence's day for the command line and the exports. */
function longDay(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(intlLocale(), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at);
}

/** A piece of a message: its text, or the place of an element (`slot`) the markup puts there. */
export type Piece = { text: string; slot: null } | { text: null; slot: string };

/**
 * Message `id` cut where each argument named in `slots` goes, so a field, a name in bold
 * or a path in <code> sits inside one translated sentence wherever the language puts it.
 */
export function pieces(id: string, args: Record<string, FluentVariable>, slots: string[]): Piece[] {
  const marked = Object.fromEntries(slots.map((slot, i) => [slot, `\uE000${i}\uE001`]));
  // Arabic isolates its arguments: the marks around a slot go with it.
  return t(id, { ...args, ...marked })
    .split(/\u2068?\uE000(\d+)\uE001\u2069?/)
    .map((part, i): Piece => (i % 2 ? { text: null, slot: slots[Number(part)] ?? "" } : { text: part, slot: null }));
}

/** The text of message `id` before and after its one `slot`. */
export function around(id: string, args: Record<string, FluentVariable> = {}, slot = "input"): [string, string] {
  const [before, , after] = pieces(id, args, [slot]);
  return [before?.text ?? "", after?.text ?? ""];
}

/** Message `id` without the invisible isolation marks Arabic puts around arguments: for a file's name. */
export function plainText(id: string, args?: Record<string, FluentVariable>): string {
  return t(id, args).replace(/[\u2066-\u2069]/g, "");
}

// Run in the window in the pseudo-locale, where every message of the catalogue reads
// ⟦…⟧: finds what a person sees or hears that came from nowhere in the catalogue, and
// catalogue text that is cut off.
//
// arguments[0]: the plan's own words (every text of its JSON document): names, titles,
//   handles, which are the plan's and not the catalogue's.
// arguments[1]: words that are no language's (product names, language names in their own
//   language), allowed as they are.
// Returns [untranslated, cutOff]: each a list of "text  (where)".
const [planWords, neutral] = [arguments[0], arguments[1]];
const corpus = planWords.join("\u0001");
const allowed = new Set(neutral);

// Names the browser's own locale data gives (Intl): months, weekdays, day periods.
const calendarWords = new Set();
for (const locale of ["en-GB", "en-US"]) {
  for (let m = 0; m < 12; m++) {
    for (const month of ["long", "short"]) {
      calendarWords.add(new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" }).format(Date.UTC(2000, m, 1)).toLowerCase());
    }
  }
  for (let d = 0; d < 7; d++) {
    for (const weekday of ["long", "short", "narrow"]) {
      calendarWords.add(new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" }).format(Date.UTC(2000, 0, 2 + d)).toLowerCase());
    }
  }
}
["am", "pm"].forEach((w) => calendarWords.add(w));

const letters = /\p{L}/u;
const seen = new Map();

/** Whether `segment`, found outside every ⟦…⟧, is the plan's or no language's words: each
 * of its words is one the plan's texts hold (as written), a name of the browser's calendar
 * data, or one of no language; or it is an address, a path or a time zone. */
function explained(segment) {
  const text = segment.trim().replace(/…$/, "");
  if (!letters.test(text)) return true;
  if (seen.has(text)) return seen.get(text);
  const words = text.match(/[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu) ?? [];
  const ok =
    allowed.has(text) ||
    /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ||
    /^[~/]/.test(text) ||
    /^[A-Z][A-Za-z_]+\/[A-Za-z_/+-]+$/.test(text) ||
    words.every((w) => allowed.has(w) || calendarWords.has(w.toLowerCase()) || corpus.includes(w));
  seen.set(text, ok);
  return ok;
}

/** Where an element is, for the report: its test id, or its tag and classes. */
function where(el) {
  const named = el.closest("[data-testid]");
  const own = `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""}`;
  return named ? `${named.getAttribute("data-testid")} ${own}` : own;
}

function shown(el) {
  // An option shows in its select's list (a datalist's only as a suggestion, while typing).
  if (el.closest("option")) {
    const select = el.closest("select");
    return select ? shown(select) : false;
  }
  if (!el.getClientRects().length) return false;
  const style = getComputedStyle(el);
  return style.visibility !== "hidden" && style.display !== "none";
}

const untranslated = new Set();

// Text: the words outside the brackets, the brackets counted in document order (a message
// with markup spans several text nodes).
let depth = 0;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  // Code, and a date field's parts (their placeholders are the date library's, by locale).
  if (!el || el.closest("script, style, code, kbd, pre, [data-segment]")) continue;
  let outside = "";
  for (const c of node.data) {
    if (c === "⟦") depth += 1;
    else if (c === "⟧") depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += c;
    else outside += " ";
  }
  if (!outside.trim() || !shown(el)) continue;
  for (const segment of outside.split(/\s{2,}|\n/)) {
    if (!explained(segment)) untranslated.add(`${segment.trim()}  (${where(el)})`);
  }
}

// What is heard or shown from attributes: names, descriptions, tooltips, placeholders.
const ATTRIBUTES = ["aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "title", "placeholder", "alt"];
for (const el of document.body.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(","))) {
  if (el.closest("script, style") || !shown(el)) continue;
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (!value) continue;
    let d = 0;
    let outside = "";
    for (const c of value) {
      if (c === "⟦") d += 1;
      else if (c === "⟧") d = Math.max(0, d - 1);
      else outside += d === 0 ? c : " ";
    }
    for (const segment of outside.split(/\s{2,}/)) {
      if (!explained(segment)) untranslated.add(`${segment.trim()}  (${name} of ${where(el)})`);
    }
  }
}

// Cut off: a box holding a whole message of the catalogue that clips it. Text kept for
// screen readers only (clipped to a pixel on purpose) is not cut off; nor is a line ended
// with an ellipsis whose whole text its element (or the control it is in) names.
const cutOff = new Set();
const forScreenReaders = (el) => {
  const r = el.getBoundingClientRect();
  return (r.width <= 1 && r.height <= 1) || el.closest(".visually-hidden") !== null;
};
const bare = (text) => text.replace(/[⟦⟧]/g, "").replace(/\s+/g, " ").trim();
const namedWhole = (el, style, text) => {
  if (style.textOverflow !== "ellipsis") return false;
  const holder = el.closest("[title], [aria-label]");
  const name = holder?.getAttribute("title") || holder?.getAttribute("aria-label") || "";
  return bare(name).includes(bare(text));
};
for (const el of document.body.querySelectorAll("*")) {
  if (el.children.length > 0 || !shown(el) || forScreenReaders(el)) continue;
  const text = el.textContent ?? "";
  if (!text.includes("⟦") || !text.includes("⟧")) continue;
  const style = getComputedStyle(el);
  if (namedWhole(el, style, text)) continue;
  const clips = (o) => o === "hidden" || o === "clip";
  const wide = clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
  const tall = clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
  if (wide || tall) cutOff.add(`${text.trim().slice(0, 80)}  (${where(el)})`);
}

return [[...untranslated], [...cutOff]];

// How busy each day of the month is, per channel: a count and a bar of channel-coloured
// segments in the day's corner, so a busy or an empty day reads at a glance.
import type { CalendarEntry } from "../../bindings";
import { i18n, t } from "../../lib/i18n.svelte";
import { plan } from "../../lib/plan.svelte";

export interface ChannelCount {
  label: string;
  colour: string;
  count: number;
}

/** Per day (`YYYY-MM-DD`), the channels with items that day, busiest first. */
export function dayLoad(entries: (CalendarEntry | undefined)[]): Map<string, ChannelCount[]> {
  const days = new Map<string, Map<string, ChannelCount>>();
  for (const e of entries) {
    const day = e?.localStart?.slice(0, 10);
    if (!e || !day) continue;
    const channels = days.get(day) ?? new Map<string, ChannelCount>();
    days.set(day, channels);
    const c = channels.get(e.item.channelId);
    if (c) c.count += 1;
    else channels.set(e.item.channelId, { label: plan.channelOf(e), colour: e.channelColour, count: 1 });
  }
  return new Map([...days].map(([day, channels]) => [day, [...channels.values()].sort((a, b) => b.count - a.count)]));
}

/** What a screen reader says for a day's load. */
export function describeLoad(counts: ChannelCount[]): string {
  const total = counts.reduce((n, c) => n + c.count, 0);
  // A list of the language's own ("Instagram 2, X 1"; in Arabic with its comma).
  const channels = new Intl.ListFormat(i18n.language, { type: "unit", style: "short" }).format(
    counts.map((c) => t("calendar-day-load-channel", { channel: c.label, count: c.count })),
  );
  return t("calendar-day-load", { count: total, channels });
}

/** Draws each day's load into the month view's day cells (replacing what was drawn before). */
export function renderDayLoad(root: HTMLElement, load: Map<string, ChannelCount[]>): void {
  for (const cell of root.querySelectorAll<HTMLElement>(".fc-daygrid-day[data-date]")) {
    const top = cell.querySelector(".fc-daygrid-day-top");
    top?.querySelector(".day-load")?.remove();
    const counts = load.get(cell.dataset.date ?? "");
    if (!top || !counts?.length) continue;
    const total = counts.reduce((n, c) => n + c.count, 0);
    const box = document.createElement("span");
    box.className = "day-load";
    box.setAttribute("role", "img");
    box.setAttribute("aria-label", describeLoad(counts));
    box.title = describeLoad(counts);
    const number = document.createElement("span");
    number.className = "day-total";
    number.textContent = String(total);
    const bar = document.createElement("span");
    bar.className = "day-bar";
    for (const c of counts) {
      const segment = document.createElement("span");
      segment.style.background = c.colour;
      segment.style.flexGrow = String(c.count);
      bar.append(segment);
    }
    box.append(number, bar);
    top.prepend(box);
  }
}

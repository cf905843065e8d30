// Numbers as the Results view and its tables write them, in the window's language: whole
// counts grouped by thousands, a fraction to one decimal; and a share of a target as a
// percentage.
import { intlLocale } from "../../lib/i18n.svelte";

/** A number as written; none (a number JSON could not carry) as a dash. */
export function count(n: number | null): string {
  if (n === null) return "—";
  const fraction = Number.isInteger(n) || Math.abs(n) >= 1000 ? 0 : 1;
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: fraction }).format(n);
}

export function percent(achieved: number | null, target: number | null): string {
  if (achieved === null || target === null || target <= 0) return "—";
  return new Intl.NumberFormat(intlLocale(), { style: "percent", maximumFractionDigits: 0 }).format(achieved / target);
}

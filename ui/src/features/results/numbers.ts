// Numbers as the Results view and its tables write them: whole counts grouped by
// thousands, a fraction to one decimal; and a share of a target as a percentage.

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** A number as written; none (a number JSON could not carry) as a dash. */
export function count(n: number | null): string {
  if (n === null) return "—";
  return Number.isInteger(n) || Math.abs(n) >= 1000 ? whole.format(n) : decimal.format(n);
}

export function percent(achieved: number | null, target: number | null): string {
  if (achieved === null || target === null || target <= 0) return "—";
  return `${Math.round((100 * achieved) / target)}%`;
}

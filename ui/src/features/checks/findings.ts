// Labels and helpers for findings, shared by the Checks view, the calendar and the Plan.
import type { Finding, FindingKind, ItemFindings, Severity } from "../../bindings";
import { t } from "../../lib/i18n.svelte";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A severity's name as a filter's heading, plural ("Errors"). */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case "error":
      return t("checks-severity-errors");
    case "warning":
      return t("checks-severity-warnings");
    case "info":
      return t("checks-severity-notes");
  }
}

/** A severity's name on one finding ("error"). */
export function severityName(severity: Severity): string {
  switch (severity) {
    case "error":
      return t("checks-severity-error");
    case "warning":
      return t("checks-severity-warning");
    case "info":
      return t("checks-severity-info");
  }
}

/** What a kind of finding is about, as the findings' filter names it. */
export function findingKindLabel(kind: FindingKind): string {
  switch (kind) {
    case "inBlackout":
      return t("checks-kind-in-blackout");
    case "overDailyLimit":
      return t("checks-kind-over-daily-limit");
    case "underMinGap":
      return t("checks-kind-under-min-gap");
    case "overCapacity":
      return t("checks-kind-over-capacity");
    case "ownerOnLeave":
      return t("checks-kind-owner-on-leave");
    case "outsideCampaign":
      return t("checks-kind-outside-campaign");
    case "approvedWithoutDate":
      return t("checks-kind-approved-without-date");
    case "pastNotPublished":
      return t("checks-kind-past-not-published");
    case "translationsApart":
      return t("checks-kind-translations-apart");
    case "partnersNotConfirmed":
      return t("checks-kind-partners-not-confirmed");
    case "assetsDueAfterGoLive":
      return t("checks-kind-assets-due-after-go-live");
    case "declinedPartnerInRelay":
      return t("checks-kind-declined-partner-in-relay");
    case "collaborationItemInBlackout":
      return t("checks-kind-collaboration-item-in-blackout");
    case "backToReview":
      return t("checks-kind-back-to-review");
    case "copyOverLimit":
      return t("checks-kind-copy-over-limit");
  }
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The worst severity among findings, or none. */
export function worst(findings: Finding[]): Severity | null {
  let out: Severity | null = null;
  for (const f of findings) if (!out || RANK[f.severity] > RANK[out]) out = f.severity;
  return out;
}

/** Findings per id, for badges: `key` picks the ids a finding is about (items, campaigns). */
export function findingsBy(findings: Finding[], key: (f: Finding) => string[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const id of new Set(key(f))) {
      const list = map.get(id);
      if (list) list.push(f);
      else map.set(id, [f]);
    }
  }
  return map;
}

/** The badges of `byItem` with the items of `badges` redrawn (an item without findings loses its badge). */
export function withBadges(byItem: Map<string, Finding[]>, badges: ItemFindings[]): Map<string, Finding[]> {
  const next = new Map(byItem);
  for (const b of badges) {
    if (b.findings.length) next.set(b.itemId, b.findings);
    else next.delete(b.itemId);
  }
  return next;
}

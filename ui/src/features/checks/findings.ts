// Labels and helpers for findings, shared by the Checks view, the calendar and the Plan.
import type { Finding, FindingKind, ItemFindings, Severity } from "../../bindings";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];
export const SEVERITY_LABELS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  inBlackout: "In a blackout",
  overDailyLimit: "Over a channel's daily limit",
  underMinGap: "Closer than a channel's minimum gap",
  overCapacity: "Owner over weekly capacity",
  ownerOnLeave: "Owner on leave",
  outsideCampaign: "Outside its campaign",
  approvedWithoutDate: "Approved without a date",
  pastNotPublished: "Past and not published",
  translationsApart: "Language versions apart",
  partnersNotConfirmed: "Partners not confirmed",
  assetsDueAfterGoLive: "Assets due after go-live",
  declinedPartnerInRelay: "Declined partner in a relay",
  collaborationItemInBlackout: "Collaboration item in a blackout",
  backToReview: "Back to review",
  copyOverLimit: "Copy over its network's limit",
};

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

// Words people read for the plan's enumerations, in the window's language: each entry
// reads the catalogue when it is read, so a view that shows one redraws in a new language.
import type { CampaignStatus, CollaborationKind, DeadlineKind, ItemFormat, ItemStatus, Mark, PartnerStatus } from "../bindings";
import { t } from "./i18n.svelte";

/** A record whose values are messages of the catalogue, looked up on each read. */
function translated<K extends string>(ids: Record<K, string>): Readonly<Record<K, string>> {
  const words = {} as Record<K, string>;
  for (const key of Object.keys(ids) as K[]) {
    Object.defineProperty(words, key, { get: () => t(ids[key]), enumerable: true });
  }
  return words;
}

export const ITEM_STATUSES: ItemStatus[] = [
  "idea",
  "draft",
  "inReview",
  "approved",
  "scheduled",
  "published",
  "onHold",
  "cancelled",
];

export const ITEM_STATUS_LABELS = translated<ItemStatus>({
  idea: "item-status-idea",
  draft: "item-status-draft",
  inReview: "item-status-in-review",
  approved: "item-status-approved",
  scheduled: "item-status-scheduled",
  published: "item-status-published",
  onHold: "item-status-on-hold",
  cancelled: "item-status-cancelled",
});

export const ITEM_FORMATS: ItemFormat[] = [
  "post",
  "thread",
  "image",
  "carousel",
  "video",
  "reel",
  "story",
  "short",
  "live",
  "poll",
  "article",
  "newsletter",
];

export const ITEM_FORMAT_LABELS = translated<ItemFormat>({
  post: "item-format-post",
  thread: "item-format-thread",
  image: "item-format-image",
  carousel: "item-format-carousel",
  video: "item-format-video",
  reel: "item-format-reel",
  story: "item-format-story",
  short: "item-format-short",
  live: "item-format-live",
  poll: "item-format-poll",
  article: "item-format-article",
  newsletter: "item-format-newsletter",
});

export const CAMPAIGN_STATUSES: CampaignStatus[] = ["idea", "planned", "approved", "live", "done", "cancelled"];

export const CAMPAIGN_STATUS_LABELS = translated<CampaignStatus>({
  idea: "campaign-status-idea",
  planned: "campaign-status-planned",
  approved: "campaign-status-approved",
  live: "campaign-status-live",
  done: "campaign-status-done",
  cancelled: "campaign-status-cancelled",
});

export const COLLABORATION_KINDS: CollaborationKind[] = [
  "collabPost",
  "threadRelay",
  "crossPost",
  "jointCampaign",
  "groupBroadcast",
  "takeover",
  "jointEvent",
];

export const COLLABORATION_KIND_LABELS = translated<CollaborationKind>({
  collabPost: "collaboration-kind-collab-post",
  threadRelay: "collaboration-kind-thread-relay",
  crossPost: "collaboration-kind-cross-post",
  jointCampaign: "collaboration-kind-joint-campaign",
  groupBroadcast: "collaboration-kind-group-broadcast",
  takeover: "collaboration-kind-takeover",
  jointEvent: "collaboration-kind-joint-event",
});

export const PARTNER_STATUSES: PartnerStatus[] = [
  "invited",
  "confirmed",
  "declined",
  "assetsReceived",
  "published",
  "noResponse",
];

export const PARTNER_STATUS_LABELS = translated<PartnerStatus>({
  invited: "partner-status-invited",
  confirmed: "partner-status-confirmed",
  declined: "partner-status-declined",
  assetsReceived: "partner-status-assets-received",
  published: "partner-status-published",
  noResponse: "partner-status-no-response",
});

export const DEADLINE_LABELS = translated<DeadlineKind>({
  assetsDue: "deadline-assets-due",
  approvalDue: "deadline-approval-due",
  goLive: "deadline-go-live",
});

/** A key date's name: the built-in catalogue's in the window's language, the team's own as written. */
export function markName(mark: Pick<Mark, "name" | "catalogueKey">): string {
  return mark.catalogueKey ? t(`key-date-${mark.catalogueKey}`) : mark.name;
}

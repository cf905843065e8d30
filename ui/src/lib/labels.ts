// Words people read for the plan's enumerations.
import type { CampaignStatus, CollaborationKind, DeadlineKind, ItemFormat, ItemStatus, PartnerStatus } from "../bindings";

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

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  idea: "Idea",
  draft: "Draft",
  inReview: "In review",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  onHold: "On hold",
  cancelled: "Cancelled",
};

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

export const ITEM_FORMAT_LABELS: Record<ItemFormat, string> = {
  post: "Post",
  thread: "Thread",
  image: "Image",
  carousel: "Carousel",
  video: "Video",
  reel: "Reel",
  story: "Story",
  short: "Short",
  live: "Live",
  poll: "Poll",
  article: "Article",
  newsletter: "Newsletter",
};

export const CAMPAIGN_STATUSES: CampaignStatus[] = ["idea", "planned", "approved", "live", "done", "cancelled"];

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  idea: "Idea",
  planned: "Planned",
  approved: "Approved",
  live: "Live",
  done: "Done",
  cancelled: "Cancelled",
};

export const COLLABORATION_KINDS: CollaborationKind[] = [
  "collabPost",
  "threadRelay",
  "crossPost",
  "jointCampaign",
  "groupBroadcast",
  "takeover",
  "jointEvent",
];

export const COLLABORATION_KIND_LABELS: Record<CollaborationKind, string> = {
  collabPost: "Collab post",
  threadRelay: "Thread relay",
  crossPost: "Cross-post",
  jointCampaign: "Joint campaign",
  groupBroadcast: "Group broadcast",
  takeover: "Takeover",
  jointEvent: "Joint event",
};

export const PARTNER_STATUSES: PartnerStatus[] = [
  "invited",
  "confirmed",
  "declined",
  "assetsReceived",
  "published",
  "noResponse",
];

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  invited: "Invited",
  confirmed: "Confirmed",
  declined: "Declined",
  assetsReceived: "Assets received",
  published: "Published",
  noResponse: "No response",
};

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  assetsDue: "Assets due",
  approvalDue: "Approval due",
  goLive: "Goes live",
};

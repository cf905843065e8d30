// Words people read for the plan's enumerations.
import type { CampaignStatus, ItemFormat, ItemStatus } from "../bindings";

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

//! The re-review rule's word: when a change sends an approved item back to review, the
//! finding it shows beside the change (whether it goes back is the domain's
//! `approval::needs_review_again`, by its brand's rule).

use crate::domain::{ContentItem, ItemStatus};
use crate::schedule::findings::{Finding, FindingKind, Severity};
use crate::Sentence;

/// The finding a change shows when it sends an approved item back to review.
pub fn back_to_review(before: &ContentItem, after: &ContentItem) -> Option<Finding> {
    let back = before.status != after.status && after.status == ItemStatus::InReview;
    back.then(|| {
        let mut f = Finding::new(
            FindingKind::BackToReview,
            Severity::Warning,
            Sentence::titled("finding-back-to-review", &before.title),
        )
        .fix("fix-back-to-review");
        f.item_ids = vec![before.id];
        f.channel_ids = vec![before.channel_id];
        f
    })
}

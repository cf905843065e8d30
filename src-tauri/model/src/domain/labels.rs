//! The names people read for an item's status and format, in exports and on the command
//! line (the UI has its own, translated with it).

use super::{ItemFormat, ItemStatus};

impl ItemStatus {
    /// Every status, in the order of an item's life.
    pub const ALL: [ItemStatus; 8] = [
        ItemStatus::Idea,
        ItemStatus::Draft,
        ItemStatus::InReview,
        ItemStatus::Approved,
        ItemStatus::Scheduled,
        ItemStatus::Published,
        ItemStatus::OnHold,
        ItemStatus::Cancelled,
    ];

    /// The name people read, in exports: `In review`.
    pub fn label(self) -> &'static str {
        match self {
            ItemStatus::Idea => "Idea",
            ItemStatus::Draft => "Draft",
            ItemStatus::InReview => "In review",
            ItemStatus::Approved => "Approved",
            ItemStatus::Scheduled => "Scheduled",
            ItemStatus::Published => "Published",
            ItemStatus::OnHold => "On hold",
            ItemStatus::Cancelled => "Cancelled",
        }
    }
}

impl ItemFormat {
    /// Every format.
    pub const ALL: [ItemFormat; 12] = [
        ItemFormat::Post,
        ItemFormat::Thread,
        ItemFormat::Image,
        ItemFormat::Carousel,
        ItemFormat::Video,
        ItemFormat::Reel,
        ItemFormat::Story,
        ItemFormat::Short,
        ItemFormat::Live,
        ItemFormat::Poll,
        ItemFormat::Article,
        ItemFormat::Newsletter,
    ];

    /// The name people read, in exports: `Carousel`.
    pub fn label(self) -> &'static str {
        match self {
            ItemFormat::Post => "Post",
            ItemFormat::Thread => "Thread",
            ItemFormat::Image => "Image",
            ItemFormat::Carousel => "Carousel",
            ItemFormat::Video => "Video",
            ItemFormat::Reel => "Reel",
            ItemFormat::Story => "Story",
            ItemFormat::Short => "Short",
            ItemFormat::Live => "Live",
            ItemFormat::Poll => "Poll",
            ItemFormat::Article => "Article",
            ItemFormat::Newsletter => "Newsletter",
        }
    }
}

## The names of the plan's enumerations: item statuses and formats, campaign statuses, collaboration kinds, partners' statuses and collaboration deadlines. Read by the window and by the exports.

item-status-idea = Idea
item-status-draft = Draft
item-status-in-review = In review
item-status-approved = Approved
item-status-scheduled = Scheduled
item-status-published = Published
item-status-on-hold = On hold
item-status-cancelled = Canceled

item-format-post = Post
item-format-thread = Thread
item-format-image = Image
item-format-carousel = Carousel
item-format-video = Video
item-format-reel = Reel
item-format-story = Story
item-format-short = Short
item-format-live = Live
item-format-poll = Poll
item-format-article = Article
item-format-newsletter = Newsletter

campaign-status-idea = Idea
campaign-status-planned = Planned
campaign-status-approved = Approved
campaign-status-live = Live
campaign-status-done = Done
campaign-status-cancelled = Canceled

collaboration-kind-collab-post = Collab post
collaboration-kind-thread-relay = Thread relay
collaboration-kind-cross-post = Cross-post
collaboration-kind-joint-campaign = Joint campaign
collaboration-kind-group-broadcast = Group broadcast
collaboration-kind-takeover = Takeover
collaboration-kind-joint-event = Joint event

partner-status-invited = Invited
partner-status-confirmed = Confirmed
partner-status-declined = Declined
partner-status-assets-received = Assets received
partner-status-published = Published
partner-status-no-response = No response

deadline-assets-due = Assets due
deadline-approval-due = Approval due
deadline-go-live = Goes live

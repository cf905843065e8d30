## The planning grid as a spreadsheet (XLSX and CSV), written in the plan's language. The item import reads these headers back in every language, so each must differ from the others of its language.

# The workbook's one sheet (at most 31 characters, none of : \ / ? * [ ]).
grid-export-sheet = Plan
grid-export-column-date = Date
grid-export-column-time = Time
grid-export-column-channel = Channel
grid-export-column-brand = Brand
grid-export-column-campaign = Campaign
grid-export-column-format = Format
grid-export-column-status = Status
grid-export-column-owner = Owner
grid-export-column-title = Title
# The post's text.
grid-export-column-copy = Copy
grid-export-column-objectives = Objectives
grid-export-column-hashtags = Hashtags
grid-export-column-link = Link

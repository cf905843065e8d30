## Partners: the partner directory (search, tag filter, table), the partner groups beside it, the partner and group dialogs, and the spreadsheet import's fields.

partners-title = Partners
# Label of the search box above the directory.
partners-search = Search
# Label of the tag filter.
partners-tag = Tag
# The tag filter's option for every tag.
partners-tag-all = All
# Beside the filters. $shown: partners the filters keep; $total: all partners.
partners-shown = { $shown } of { $total }
partners-import = Import…
partners-new-group = New group
# Button and title of the dialog for a new partner.
partners-new = New partner
# Column heading: the partner's name.
partners-column-partner = Partner
# Field labels of the partner dialog, also column headings and import fields.
partners-field-name = Name
partners-field-short-name = Short name
# What sort of organisation the partner is (its examples: partners-kind-hint).
partners-field-kind = Kind
partners-field-country = Country
partners-field-time-zone = Time zone
partners-field-website = Website
partners-field-tags = Tags
partners-field-notes = Notes
# Heading of the social media accounts (column and dialog section).
partners-handles = Handles
partners-contacts = Contacts
partners-none-match = No partner matches.
partners-groups = Groups
# Beside a group's name in the list of groups. $count: its members.
partners-group-size = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
partners-groups-empty = No groups yet: a group adds many partners to a collaboration at once.

## The group dialog.

# Status line after saving. $name: the group; $count: its members.
partners-group-saved = { $count ->
    [one] Saved group “{ $name }” with { $count } partner
   *[other] Saved group “{ $name }” with { $count } partners
}
# Dialog title. $name: the group.
partners-group-title = Group: { $name }
partners-group-new = New partner group
# Legend of the member list. $count: partners ticked.
partners-group-members = Members ({ $count })
# Label of the box that filters the member list by name.
partners-group-find = Find
partners-delete = Delete

## The partner dialog.

# Status line after saving. $name: the partner.
partners-saved = Saved partner “{ $name }”
# Status line. $name: the partner deleted.
partners-deleted = Deleted partner “{ $name }”. Undo with Ctrl+Z.
# Status line. $name: the partner kept, into which the duplicate was merged.
partners-merged = Merged the duplicate into “{ $name }”. Undo with Ctrl+Z.
# Dialog title. $name: the partner.
partners-dialog-title = Partner: { $name }
# Hint under the Kind field: examples of kinds of organisation.
partners-kind-hint = Police force, ministry, charity…
# Hint under the Tags field.
partners-tags-hint = Separated by commas
# Read by screen readers for a handle's platform list. $number: the handle's place in the list (1, 2…).
partners-handle-platform = Platform { $number }
# Read by screen readers for a handle's input. $number: its place in the list.
partners-handle = Handle { $number }
# Read by screen readers for a handle's Remove button. $number: its place in the list.
partners-handle-remove = Remove handle { $number }
partners-remove = Remove
partners-handle-add = Add handle
# Read by screen readers for a contact's inputs. $number: the contact's place in the list (1, 2…).
partners-contact-name = Contact { $number } name
partners-contact-role = Contact { $number } role
partners-contact-email = Contact { $number } email
partners-contact-phone = Contact { $number } phone
# Read by screen readers for a contact's Remove button. $number: its place in the list.
partners-contact-remove = Remove contact { $number }
# Placeholders of a contact's inputs (its name's is partners-field-name).
partners-contact-role-placeholder = Role
partners-contact-email-placeholder = Email
partners-contact-phone-placeholder = Phone
partners-contact-add = Add contact
# Label of the list of other partners, one of which is merged into this one.
partners-merge-label = Merge a duplicate into this partner
partners-merge-choose = Choose…
partners-merge = Merge

## The spreadsheet import: the fields a column can fill (besides the partners-field-* ones).

partners-import-title = Import partners from a spreadsheet
partners-import-x-handle = X handle
partners-import-instagram-handle = Instagram handle
partners-import-facebook-page = Facebook page
partners-import-linkedin-page = LinkedIn page
partners-import-contact-name = Contact name
partners-import-contact-role = Contact role
partners-import-contact-email = Contact email
partners-import-contact-phone = Contact phone

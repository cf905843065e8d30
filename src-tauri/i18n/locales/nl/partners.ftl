## Partners: the partner directory (search, tag filter, table), the partner groups beside it, the partner and group dialogs, and the spreadsheet import's fields.

partners-title = Partners
# Label of the search box above the directory.
partners-search = Zoeken
# Label of the tag filter.
partners-tag = Tag
# The tag filter's option for every tag.
partners-tag-all = Alle
# Beside the filters. $shown: partners the filters keep; $total: all partners.
partners-shown = { $shown } van { $total }
partners-import = Importeren…
partners-new-group = Nieuwe groep
# Button and title of the dialog for a new partner.
partners-new = Nieuwe partner
# Column heading: the partner's name.
partners-column-partner = Partner
# Field labels of the partner dialog, also column headings and import fields.
partners-field-name = Naam
partners-field-short-name = Korte naam
# What sort of organisation the partner is (its examples: partners-kind-hint).
partners-field-kind = Soort
partners-field-country = Land
partners-field-time-zone = Tijdzone
partners-field-website = Website
partners-field-tags = Tags
partners-field-notes = Notities
# Heading of the social media accounts (column and dialog section).
partners-handles = Accounts
partners-contacts = Contactpersonen
partners-none-match = Geen enkele partner gevonden.
partners-groups = Groepen
# Beside a group's name in the list of groups. $count: its members.
partners-group-size = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
partners-groups-empty = Nog geen groepen: met een groep voeg je veel partners tegelijk toe aan een samenwerking.

## The group dialog.

# Status line after saving. $name: the group; $count: its members.
partners-group-saved = { $count ->
    [one] Groep “{ $name }” opgeslagen met { $count } partner
   *[other] Groep “{ $name }” opgeslagen met { $count } partners
}
# Dialog title. $name: the group.
partners-group-title = Groep: { $name }
partners-group-new = Nieuwe partnergroep
# Legend of the member list. $count: partners ticked.
partners-group-members = Leden ({ $count })
# Label of the box that filters the member list by name.
partners-group-find = Zoeken
partners-delete = Verwijderen

## The partner dialog.

# Status line after saving. $name: the partner.
partners-saved = Partner “{ $name }” opgeslagen
# Status line. $name: the partner deleted.
partners-deleted = Partner “{ $name }” verwijderd. Ongedaan maken met Ctrl+Z.
# Status line. $name: the partner kept, into which the duplicate was merged.
partners-merged = Dubbele partner samengevoegd met “{ $name }”. Ongedaan maken met Ctrl+Z.
# Dialog title. $name: the partner.
partners-dialog-title = Partner: { $name }
# Hint under the Kind field: examples of kinds of organisation.
partners-kind-hint = Politie, ministerie, goed doel…
# Hint under the Tags field.
partners-tags-hint = Gescheiden door komma’s
# Read by screen readers for a handle's platform list. $number: the handle's place in the list (1, 2…).
partners-handle-platform = Platform { $number }
# Read by screen readers for a handle's input. $number: its place in the list.
partners-handle = Account { $number }
# Read by screen readers for a handle's Remove button. $number: its place in the list.
partners-handle-remove = Account { $number } verwijderen
partners-remove = Verwijderen
partners-handle-add = Account toevoegen
# Read by screen readers for a contact's inputs. $number: the contact's place in the list (1, 2…).
partners-contact-name = Naam contactpersoon { $number }
partners-contact-role = Functie contactpersoon { $number }
partners-contact-email = E-mail contactpersoon { $number }
partners-contact-phone = Telefoon contactpersoon { $number }
# Read by screen readers for a contact's Remove button. $number: its place in the list.
partners-contact-remove = Contactpersoon { $number } verwijderen
# Placeholders of a contact's inputs (its name's is partners-field-name).
partners-contact-role-placeholder = Functie
partners-contact-email-placeholder = E-mail
partners-contact-phone-placeholder = Telefoon
partners-contact-add = Contactpersoon toevoegen
# Label of the list of other partners, one of which is merged into this one.
partners-merge-label = Dubbele partner samenvoegen met deze partner
partners-merge-choose = Kiezen…
partners-merge = Samenvoegen

## The spreadsheet import: the fields a column can fill (besides the partners-field-* ones).

partners-import-title = Partners importeren uit een spreadsheet
partners-import-x-handle = X-account
partners-import-instagram-handle = Instagram-account
partners-import-facebook-page = Facebookpagina
partners-import-linkedin-page = LinkedIn-pagina
partners-import-contact-name = Naam contactpersoon
partners-import-contact-role = Functie contactpersoon
partners-import-contact-email = E-mail contactpersoon
partners-import-contact-phone = Telefoon contactpersoon

## Partners: the partner directory (search, tag filter, table), the partner groups beside it, the partner and group dialogs, and the spreadsheet import's fields.

partners-title = Partenaires
# Label of the search box above the directory.
partners-search = Rechercher
# Label of the tag filter.
partners-tag = Étiquette
# The tag filter's option for every tag.
partners-tag-all = Toutes
# Beside the filters. $shown: partners the filters keep; $total: all partners.
partners-shown = { $shown } sur { $total }
partners-import = Importer…
partners-new-group = Nouveau groupe
# Button and title of the dialog for a new partner.
partners-new = Nouveau partenaire
# Column heading: the partner's name.
partners-column-partner = Partenaire
# Field labels of the partner dialog, also column headings and import fields.
partners-field-name = Nom
partners-field-short-name = Nom court
# What sort of organisation the partner is (its examples: partners-kind-hint).
partners-field-kind = Type
partners-field-country = Pays
partners-field-time-zone = Fuseau horaire
partners-field-website = Site web
partners-field-tags = Étiquettes
partners-field-notes = Notes
# Heading of the social media accounts (column and dialog section).
partners-handles = Comptes
partners-contacts = Contacts
partners-none-match = Aucun partenaire ne correspond.
partners-groups = Groupes
# Beside a group's name in the list of groups. $count: its members.
partners-group-size = { $count ->
    [one] { $count } partenaire
   *[other] { $count } partenaires
}
partners-groups-empty = Aucun groupe pour l’instant : un groupe ajoute d’un seul coup de nombreux partenaires à une collaboration.

## The group dialog.

# Status line after saving. $name: the group; $count: its members.
partners-group-saved = { $count ->
    [one] Groupe « { $name } » enregistré avec { $count } partenaire
   *[other] Groupe « { $name } » enregistré avec { $count } partenaires
}
# Dialog title. $name: the group.
partners-group-title = Groupe : { $name }
partners-group-new = Nouveau groupe de partenaires
# Legend of the member list. $count: partners ticked.
partners-group-members = Membres ({ $count })
# Label of the box that filters the member list by name.
partners-group-find = Rechercher
partners-delete = Supprimer

## The partner dialog.

# Status line after saving. $name: the partner.
partners-saved = Partenaire « { $name } » enregistré
# Status line. $name: the partner deleted.
partners-deleted = Partenaire « { $name } » supprimé. Ctrl+Z pour annuler.
# Status line. $name: the partner kept, into which the duplicate was merged.
partners-merged = Doublon fusionné dans « { $name } ». Ctrl+Z pour annuler.
# Dialog title. $name: the partner.
partners-dialog-title = Partenaire : { $name }
# Hint under the Kind field: examples of kinds of organisation.
partners-kind-hint = Police, ministère, association…
# Hint under the Tags field.
partners-tags-hint = Séparées par des virgules
# Read by screen readers for a handle's platform list. $number: the handle's place in the list (1, 2…).
partners-handle-platform = Plateforme { $number }
# Read by screen readers for a handle's input. $number: its place in the list.
partners-handle = Compte { $number }
# Read by screen readers for a handle's Remove button. $number: its place in the list.
partners-handle-remove = Supprimer le compte { $number }
partners-remove = Supprimer
partners-handle-add = Ajouter un compte
# Read by screen readers for a contact's inputs. $number: the contact's place in the list (1, 2…).
partners-contact-name = Nom du contact { $number }
partners-contact-role = Fonction du contact { $number }
partners-contact-email = Courriel du contact { $number }
partners-contact-phone = Téléphone du contact { $number }
# Read by screen readers for a contact's Remove button. $number: its place in the list.
partners-contact-remove = Supprimer le contact { $number }
# Placeholders of a contact's inputs (its name's is partners-field-name).
partners-contact-role-placeholder = Fonction
partners-contact-email-placeholder = Courriel
partners-contact-phone-placeholder = Téléphone
partners-contact-add = Ajouter un contact
# Label of the list of other partners, one of which is merged into this one.
partners-merge-label = Fusionner un doublon dans ce partenaire
partners-merge-choose = Choisir…
partners-merge = Fusionner

## The spreadsheet import: the fields a column can fill (besides the partners-field-* ones).

partners-import-title = Importer des partenaires depuis un tableur
partners-import-x-handle = Compte X
partners-import-instagram-handle = Compte Instagram
partners-import-facebook-page = Page Facebook
partners-import-linkedin-page = Page LinkedIn
partners-import-contact-name = Nom du contact
partners-import-contact-role = Fonction du contact
partners-import-contact-email = Courriel du contact
partners-import-contact-phone = Téléphone du contact

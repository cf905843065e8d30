## Partners: the partner directory (search, tag filter, table), the partner groups beside it, the partner and group dialogs, and the spreadsheet import's fields.

partners-title = Socios
# Label of the search box above the directory.
partners-search = Buscar
# Label of the tag filter.
partners-tag = Etiqueta
# The tag filter's option for every tag.
partners-tag-all = Todas
# Beside the filters. $shown: partners the filters keep; $total: all partners.
partners-shown = { $shown } de { $total }
partners-import = Importar…
partners-new-group = Nuevo grupo
# Button and title of the dialog for a new partner.
partners-new = Nuevo socio
# Column heading: the partner's name.
partners-column-partner = Socio
# Field labels of the partner dialog, also column headings and import fields.
partners-field-name = Nombre
partners-field-short-name = Nombre corto
# What sort of organisation the partner is (its examples: partners-kind-hint).
partners-field-kind = Tipo
partners-field-country = País
partners-field-time-zone = Zona horaria
partners-field-website = Sitio web
partners-field-tags = Etiquetas
partners-field-notes = Notas
# Heading of the social media accounts (column and dialog section).
partners-handles = Cuentas
partners-contacts = Contactos
partners-none-match = Ningún socio coincide.
partners-groups = Grupos
# Beside a group's name in the list of groups. $count: its members.
partners-group-size = { $count ->
    [one] { $count } socio
   *[other] { $count } socios
}
partners-groups-empty = Aún no hay grupos: un grupo añade muchos socios a una colaboración de una sola vez.

## The group dialog.

# Status line after saving. $name: the group; $count: its members.
partners-group-saved = { $count ->
    [one] Se guardó el grupo «{ $name }» con { $count } socio
   *[other] Se guardó el grupo «{ $name }» con { $count } socios
}
# Dialog title. $name: the group.
partners-group-title = Grupo: { $name }
partners-group-new = Nuevo grupo de socios
# Legend of the member list. $count: partners ticked.
partners-group-members = Miembros ({ $count })
# Label of the box that filters the member list by name.
partners-group-find = Buscar
partners-delete = Eliminar

## The partner dialog.

# Status line after saving. $name: the partner.
partners-saved = Se guardó el socio «{ $name }»
# Status line. $name: the partner deleted.
partners-deleted = Se eliminó el socio «{ $name }». Deshacer con Ctrl+Z.
# Status line. $name: the partner kept, into which the duplicate was merged.
partners-merged = Se fusionó el duplicado con «{ $name }». Deshacer con Ctrl+Z.
# Dialog title. $name: the partner.
partners-dialog-title = Socio: { $name }
# Hint under the Kind field: examples of kinds of organisation.
partners-kind-hint = Policía, ministerio, ONG…
# Hint under the Tags field.
partners-tags-hint = Separadas por comas
# Read by screen readers for a handle's platform list. $number: the handle's place in the list (1, 2…).
partners-handle-platform = Plataforma { $number }
# Read by screen readers for a handle's input. $number: its place in the list.
partners-handle = Cuenta { $number }
# Read by screen readers for a handle's Remove button. $number: its place in the list.
partners-handle-remove = Quitar la cuenta { $number }
partners-remove = Quitar
partners-handle-add = Añadir cuenta
# Read by screen readers for a contact's inputs. $number: the contact's place in the list (1, 2…).
partners-contact-name = Nombre del contacto { $number }
partners-contact-role = Cargo del contacto { $number }
partners-contact-email = Correo electrónico del contacto { $number }
partners-contact-phone = Teléfono del contacto { $number }
# Read by screen readers for a contact's Remove button. $number: its place in the list.
partners-contact-remove = Quitar el contacto { $number }
# Placeholders of a contact's inputs (its name's is partners-field-name).
partners-contact-role-placeholder = Cargo
partners-contact-email-placeholder = Correo electrónico
partners-contact-phone-placeholder = Teléfono
partners-contact-add = Añadir contacto
# Label of the list of other partners, one of which is merged into this one.
partners-merge-label = Fusionar un duplicado con este socio
partners-merge-choose = Elegir…
partners-merge = Fusionar

## The spreadsheet import: the fields a column can fill (besides the partners-field-* ones).

partners-import-title = Importar socios desde una hoja de cálculo
partners-import-x-handle = Cuenta de X
partners-import-instagram-handle = Cuenta de Instagram
partners-import-facebook-page = Página de Facebook
partners-import-linkedin-page = Página de LinkedIn
partners-import-contact-name = Nombre del contacto
partners-import-contact-role = Cargo del contacto
partners-import-contact-email = Correo electrónico del contacto
partners-import-contact-phone = Teléfono del contacto

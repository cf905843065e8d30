## The team's PostgreSQL server: its address, TLS and login, as Settings → Team sync and the
## command line are told. Shown beside the address or the password field, so lower case.
## $address: the server's address, without its password (postgresql://user@host:5432/database).
## $reason: what the library, the server or the operating system said, in its own words.

# $mode: the sslmode the address names (prefer, allow).
error-team-sslmode-falls-back = sslmode={ $mode } kan ongemerkt terugvallen op onversleuteld verkeer: laat sslmode weg (dan wordt het certificaat van de server gecontroleerd) of schrijf sslmode=disable om bewust onversleuteld te versturen
# $reason: why the address cannot be read.
error-team-not-an-address = geen serveradres ({ $reason }); schrijf postgresql://user@host:5432/database
error-team-address-form = schrijf het adres als postgresql://user@host:5432/database
error-team-address-no-user = het adres noemt geen gebruiker: postgresql://user@host/database
# $path: the certificate authorities' file the address names; $reason: why it cannot be read.
error-team-not-pem = sslrootcert { $path }: geen PEM-certificaatbestand ({ $reason })
# $path: the certificate authorities' file the address names.
error-team-pem-holds-none = sslrootcert { $path }: geen PEM-certificaatbestand (er staat geen certificaat in)
# $reason: why the system's trust store cannot be used.
error-team-tls-setup = TLS kan niet worden ingesteld: { $reason }
# $address: the server's address.
error-team-login-refused = { $address } heeft de gebruikersnaam of het wachtwoord geweigerd
# $address: the server's address.
error-team-no-such-database = { $address }: deze database bestaat niet
# $address: the server's address; $reason: why the connection failed (a TLS certificate's name or issuer, a refused connection).
error-team-unreachable = de teamserver op { $address } is niet bereikbaar: { $reason }

## What the team's server refused, or could not do.
## $action: what it was asked to do (one of the error-team-to-… messages below).
## $reason: what PostgreSQL said, in its own words.

# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-may-not = de teamserver weigerde { $action }: dit lid mag dat niet ({ $reason })
# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-could-not = de teamserver slaagde er niet in { $action }: { $reason }

## What the team's server was asked to do: the $action of error-team-server-may-not
## ("refused to …") and error-team-server-could-not ("could not …"), so each fits both.

error-team-to-add-member = het lid toe te voegen
error-team-to-look-up-roles = de bestaande rollen op te zoeken
error-team-to-create-member-role = de rol van het lid aan te maken (de gebruiker van het adres heeft CREATEROLE nodig)
error-team-to-limit-member-sessions = de sessies van het lid te begrenzen
error-team-to-record-member = het lid vast te leggen (voer eerst `almanac server init` uit)
error-team-to-change-member = het lid te wijzigen
error-team-to-look-up-member = het lid op te zoeken
error-team-to-change-member-group = de groep van het lid te wijzigen
error-team-to-record-member-role = de rol van het lid vast te leggen
error-team-to-record-member-approves = vast te leggen wat het lid mag goedkeuren
error-team-to-look-up-member-approves = op te zoeken wat het lid mag goedkeuren
error-team-to-start-upgrade = de upgrade te starten
error-team-to-create-schema-table = de schematabel aan te maken (de gebruiker van het adres moet eigenaar van de database zijn)
error-team-to-read-schema-version = de schemaversie te lezen
# $number: the migration's number (1, 2, 3…).
error-team-to-apply-migration = migratie { $number } uit te voeren
error-team-to-record-schema-version = de schemaversie vast te leggen
error-team-to-grant-member-rights = de leden hun rechten te geven
error-team-to-record-plan-fields = de velden van het plan vast te leggen
error-team-to-list-members = de ledenlijst op te halen
error-team-to-look-up-members = de leden op te zoeken
error-team-to-limit-members-sessions = de sessies van de leden te begrenzen
error-team-to-record-plan = het plan vast te leggen
error-team-to-read-plan = het plan te lezen
error-team-to-finish-upgrade = de upgrade af te ronden
error-team-to-look-up-groups = de groepen op te zoeken
error-team-to-create-member-groups = de groepen voor de leden aan te maken (de gebruiker van het adres heeft CREATEROLE nodig)
error-team-to-mark-member-groups = de groepen voor de leden te markeren
error-team-to-read-plan-before-init = het plan te lezen (voer eerst `almanac server init` uit)
error-team-to-say-who-signed-in = te melden wie er is aangemeld
error-team-to-tell-time = zijn tijd door te geven
error-team-to-read-history = de geschiedenis te lezen
error-team-to-listen = naar de wijzigingen van het team te luisteren
error-team-to-claim-founding = de oprichting van het plan op te eisen
error-team-to-store-changes = wijzigingen op te slaan
error-team-to-send-history = de geschiedenis te versturen

## A push of this laptop's changes the team's server refused, and why; kept too in the list
## of what this laptop set aside.

# $reason: what was wrong, in the server's own words (or error-team-nul-value).
error-team-push-refused = de teamserver weigerde { $reason }
# $reason: what was wrong, in the server's own words (or error-team-nul-value); $detail: what it concerned (a field, a device, an item, or PostgreSQL's words).
error-team-push-refused-about = de teamserver weigerde { $reason } ({ $detail })
error-team-nul-value = een waarde met een NUL-teken

## The team's members and the server's schema, as `almanac server` is told.

error-team-give-member-name = geef de naam van het lid op
# $name: the brand's name, as it was typed.
error-team-no-brand-named = het plan van het team heeft geen merk met de naam “{ $name }”
# $name: the channel's handle or name, as it was typed.
error-team-no-channel-named = het plan van het team heeft geen kanaal met de naam “{ $name }”
# $name: the brand's name, as it was typed.
error-team-brands-named = meer dan één merk heet “{ $name }”
# $name: the channel's handle or name, as it was typed.
error-team-channels-named = meer dan één kanaal heet “{ $name }”
# $version: the server's schema version; $supported: the newest this Almanac knows.
error-team-schema-newer = de teamserver heeft schemaversie { $version }, nieuwer dan versie { $supported } van deze Almanac: werk Almanac bij
# $group: the PostgreSQL role's name.
error-team-group-not-ours = de server heeft al een rol met de naam { $group } die Almanac niet voor deze database heeft gemaakt: de leden daarvan zouden in dit plan kunnen schrijven, dus die rol wordt niet overgenomen; verwijder of hernoem hem eerst

## Joining the team's plan from this laptop's data folder.

# $address: the team's server's address.
error-team-another-team-plan = deze gegevensmap hoort bij een ander teamplan dan dat op { $address }; gebruik een nieuwe gegevensmap om bij dit plan aan te sluiten
# $address: the team's server's address.
error-team-plan-of-its-own = deze gegevensmap bevat een eigen plan en { $address } bevat dat van het team: sluit aan bij het plan van het team vanuit een nieuwe gegevensmap (het eigen plan blijft hier staan)

## Passwords kept in the system's keyring: the calendar server's and the team's server's.

error-team-give-account-password = geef het wachtwoord van het account op
error-team-give-given-password = geef het wachtwoord op dat je samen met het adres hebt gekregen
# $reason: what the keyring said.
error-team-keyring-unavailable = de sleutelhanger van het systeem kan niet worden gebruikt ({ $reason }); op Linux bewaart GNOME Keyring of KWallet wachtwoorden
error-team-no-password-kept = er is geen wachtwoord voor deze server bewaard; stel het opnieuw in

## The app's window: what this laptop keeps, the files it opens, backups and the calendar push.

# $reason: what the operating system said.
error-team-theme-not-kept = het thema kon niet op deze laptop worden bewaard: { $reason }
error-team-language-not-offered = is geen taal die Almanac aanbiedt
# $reason: what the operating system said.
error-team-language-not-kept = de taal kon niet op deze laptop worden bewaard: { $reason }
error-team-restore-plan-itself = dit is het plan zelf; kies een back-up of een momentopname
error-team-nothing-to-restore = het plan is geopend; er valt niets te herstellen
error-team-calendar-not-pushed = de kalender wordt niet naar een server verstuurd
# $reason: why the push stopped.
error-team-push-stopped = het versturen is gestopt: { $reason }
error-team-no-documents-folder = de map Documenten is niet te vinden
# $path: the file's path; $reason: what the operating system said.
error-team-cannot-open = { $path } kan niet worden geopend: { $reason }
# $path: the file's path.
error-team-already-there = { $path } bestaat al: kies een andere naam

## A message from the team this laptop set aside rather than apply, and why: listed in
## Settings → Team sync. Lower case: each follows the message's field.

sync-set-aside-clock-unreadable = de klok ervan staat niet in de notatie van Almanac
# $clock: the time its clock says, in UTC.
sync-set-aside-clock-ahead = de klok ervan ({ $clock }) loopt ver voor op de tijd van deze laptop
sync-set-aside-settings-row = een plan heeft één rij met instellingen, die nooit wordt verwijderd
sync-set-aside-wrong-kind = de waarde ervan past niet bij het soort veld
sync-set-aside-too-large = de waarde ervan is groter dan 64 KiB
sync-set-aside-nul = de waarde ervan bevat een NUL-teken
# The plan refused the change (a rule of the plan's data). $reason: why.
sync-set-aside-refused-by-plan = het plan kan het niet opnemen: { $reason }

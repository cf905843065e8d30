## The team's PostgreSQL server: its address, TLS and login, as Settings → Team sync and the
## command line are told. Shown beside the address or the password field, so lower case.
## $address: the server's address, without its password (postgresql://user@host:5432/database).
## $reason: what the library, the server or the operating system said, in its own words.

# $mode: the sslmode the address names (prefer, allow).
error-team-sslmode-falls-back = sslmode={ $mode } can fall back to plaintext without saying so: leave sslmode out (the server's certificate is then verified) or write sslmode=disable to send in plaintext on purpose
# $reason: why the address cannot be read.
error-team-not-an-address = not a server address ({ $reason }); write postgresql://user@host:5432/database
error-team-address-form = write the address as postgresql://user@host:5432/database
error-team-address-no-user = the address names no user: postgresql://user@host/database
# $path: the certificate authorities' file the address names; $reason: why it cannot be read.
error-team-not-pem = sslrootcert { $path }: not a PEM certificate file ({ $reason })
# $path: the certificate authorities' file the address names.
error-team-pem-holds-none = sslrootcert { $path }: not a PEM certificate file (it holds no certificate)
# $reason: why the system's trust store cannot be used.
error-team-tls-setup = TLS cannot be set up: { $reason }
# $address: the server's address.
error-team-login-refused = { $address } refused the user name or password
# $address: the server's address.
error-team-no-such-database = { $address }: there is no such database
# $address: the server's address; $reason: why the connection failed (a TLS certificate's name or issuer, a refused connection).
error-team-unreachable = cannot reach the team's server at { $address }: { $reason }

## What the team's server refused, or could not do.
## $action: what it was asked to do (one of the error-team-to-… messages below).
## $reason: what PostgreSQL said, in its own words.

# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-may-not = the team's server refused to { $action }: this member may not ({ $reason })
# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-could-not = the team's server could not { $action }: { $reason }

## What the team's server was asked to do: the $action of error-team-server-may-not
## ("refused to …") and error-team-server-could-not ("could not …"), so each fits both.

error-team-to-add-member = add the member
error-team-to-look-up-roles = look up its roles
error-team-to-create-member-role = create the member's role (the address's user needs CREATEROLE)
error-team-to-limit-member-sessions = limit the member's sessions
error-team-to-record-member = record the member (run `almanac server init` first)
error-team-to-change-member = change the member
error-team-to-look-up-member = look up the member
error-team-to-change-member-group = change the member's group
error-team-to-record-member-role = record the member's role
error-team-to-record-member-approves = record what the member approves
error-team-to-look-up-member-approves = look up what the member approves
error-team-to-start-upgrade = start the upgrade
error-team-to-create-schema-table = create its schema table (the address's user must own the database)
error-team-to-read-schema-version = read its schema version
# $number: the migration's number (1, 2, 3…).
error-team-to-apply-migration = apply migration { $number }
error-team-to-record-schema-version = record its schema version
error-team-to-grant-member-rights = grant its members' rights
error-team-to-record-plan-fields = record the plan's fields
error-team-to-list-members = list its members
error-team-to-look-up-members = look up its members
error-team-to-limit-members-sessions = limit its members' sessions
error-team-to-record-plan = record its plan
error-team-to-read-plan = read its plan
error-team-to-finish-upgrade = finish the upgrade
error-team-to-look-up-groups = look up its groups
error-team-to-create-member-groups = create the members' groups (the address's user needs CREATEROLE)
error-team-to-mark-member-groups = mark the members' groups
error-team-to-read-plan-before-init = read its plan (run `almanac server init` first)
error-team-to-say-who-signed-in = say who is signed in
error-team-to-tell-time = tell its time
error-team-to-read-history = read its history
error-team-to-listen = listen for the team's changes
error-team-to-claim-founding = claim the founding of the plan
error-team-to-store-changes = store changes
error-team-to-send-history = send its history

## A push of this laptop's changes the team's server refused, and why; kept too in the list
## of what this laptop set aside.

# $reason: what was wrong, in the server's own words (or error-team-nul-value).
error-team-push-refused = the team's server refused { $reason }
# $reason: what was wrong, in the server's own words (or error-team-nul-value); $detail: what it concerned (a field, a device, an item, or PostgreSQL's words).
error-team-push-refused-about = the team's server refused { $reason } ({ $detail })
error-team-nul-value = a value holding a NUL character

## The team's members and the server's schema, as `almanac server` is told.

error-team-give-member-name = give the member's name
# $name: the brand's name, as it was typed.
error-team-no-brand-named = the team's plan has no brand named “{ $name }”
# $name: the channel's handle or name, as it was typed.
error-team-no-channel-named = the team's plan has no channel named “{ $name }”
# $name: the brand's name, as it was typed.
error-team-brands-named = more than one brand is named “{ $name }”
# $name: the channel's handle or name, as it was typed.
error-team-channels-named = more than one channel is named “{ $name }”
# $version: the server's schema version; $supported: the newest this Almanac knows.
error-team-schema-newer = the team's server has schema version { $version }, newer than this Almanac's { $supported }: update Almanac
# $group: the PostgreSQL role's name.
error-team-group-not-ours = the server already has a role named { $group } that Almanac did not make for this database: its members would be able to write this plan, so it is not adopted; drop or rename it first

## Joining the team's plan from this laptop's data folder.

# $address: the team's server's address.
error-team-another-team-plan = this data folder belongs to another team plan than the one at { $address }; use a fresh data folder to join this one
# $address: the team's server's address.
error-team-plan-of-its-own = this data folder holds a plan of its own and { $address } holds the team's: join the team's plan from a fresh data folder (its own plan stays here)

## Passwords kept in the system's keyring: the calendar server's and the team's server's.

error-team-give-account-password = give the account's password
error-team-give-given-password = give the password you were given with the address
# $reason: what the keyring said.
error-team-keyring-unavailable = the system keyring cannot be used ({ $reason }); on Linux, GNOME Keyring or KWallet keeps passwords
error-team-no-password-kept = no password is kept for this server; set it again

## The app's window: what this laptop keeps, the files it opens, backups and the calendar push.

# $reason: what the operating system said.
error-team-theme-not-kept = the theme could not be kept on this laptop: { $reason }
error-team-language-not-offered = is not one Almanac offers
# $reason: what the operating system said.
error-team-language-not-kept = the language could not be kept on this laptop: { $reason }
error-team-restore-plan-itself = this is the plan itself; choose a backup or a snapshot
error-team-nothing-to-restore = the plan is open; there is nothing to restore
error-team-calendar-not-pushed = the calendar is not pushed to a server
# $reason: why the push stopped.
error-team-push-stopped = the push stopped: { $reason }
error-team-no-documents-folder = cannot find the documents folder
# $path: the file's path; $reason: what the operating system said.
error-team-cannot-open = cannot open { $path }: { $reason }
# $path: the file's path.
error-team-already-there = { $path } is already there: choose another name

## A message from the team this laptop set aside rather than apply, and why: listed in
## Settings → Team sync. Lower case: each follows the message's field.

sync-set-aside-clock-unreadable = its clock is not written as Almanac writes clocks
# $clock: the time its clock says, in UTC.
sync-set-aside-clock-ahead = its clock ({ $clock }) is far ahead of this laptop's time
sync-set-aside-settings-row = a plan has one settings row, never removed
sync-set-aside-wrong-kind = its value is not of the field's kind
sync-set-aside-too-large = its value is larger than 64 KiB
sync-set-aside-nul = its value holds a NUL character
# The plan refused the change (a rule of the plan's data). $reason: why.
sync-set-aside-refused-by-plan = the plan cannot hold it: { $reason }

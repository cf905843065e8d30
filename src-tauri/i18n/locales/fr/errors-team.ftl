## The team's PostgreSQL server: its address, TLS and login, as Settings → Team sync and the
## command line are told. Shown beside the address or the password field, so lower case.
## $address: the server's address, without its password (postgresql://user@host:5432/database).
## $reason: what the library, the server or the operating system said, in its own words.

# $mode: the sslmode the address names (prefer, allow).
error-team-sslmode-falls-back = sslmode={ $mode } peut basculer sans prévenir vers une connexion non chiffrée : omettez sslmode (le certificat du serveur est alors vérifié) ou écrivez sslmode=disable pour envoyer volontairement en clair
# $reason: why the address cannot be read.
error-team-not-an-address = ce n’est pas une adresse de serveur ({ $reason }) ; écrivez postgresql://user@host:5432/database
error-team-address-form = écrivez l’adresse sous la forme postgresql://user@host:5432/database
error-team-address-no-user = l’adresse n’indique aucun utilisateur : postgresql://user@host/database
# $path: the certificate authorities' file the address names; $reason: why it cannot be read.
error-team-not-pem = sslrootcert { $path } : ce n’est pas un fichier de certificats PEM ({ $reason })
# $path: the certificate authorities' file the address names.
error-team-pem-holds-none = sslrootcert { $path } : ce n’est pas un fichier de certificats PEM (il ne contient aucun certificat)
# $reason: why the system's trust store cannot be used.
error-team-tls-setup = impossible de configurer TLS : { $reason }
# $address: the server's address.
error-team-login-refused = { $address } a refusé le nom d’utilisateur ou le mot de passe
# $address: the server's address.
error-team-no-such-database = { $address } : cette base de données n’existe pas
# $address: the server's address; $reason: why the connection failed (a TLS certificate's name or issuer, a refused connection).
error-team-unreachable = impossible de joindre le serveur de l’équipe à l’adresse { $address } : { $reason }

## What the team's server refused, or could not do.
## $action: what it was asked to do (one of the error-team-to-… messages below).
## $reason: what PostgreSQL said, in its own words.

# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-may-not = le serveur de l’équipe a refusé : ce membre n’est pas autorisé à { $action } ({ $reason })
# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-could-not = le serveur de l’équipe n’a pas pu { $action } : { $reason }

## What the team's server was asked to do: the $action of error-team-server-may-not
## ("refused to …") and error-team-server-could-not ("could not …"), so each fits both.

error-team-to-add-member = ajouter le membre
error-team-to-look-up-roles = consulter les rôles existants
error-team-to-create-member-role = créer le rôle du membre (l’utilisateur de l’adresse doit disposer de CREATEROLE)
error-team-to-limit-member-sessions = limiter les sessions du membre
error-team-to-record-member = enregistrer le membre (lancez d’abord `almanac server init`)
error-team-to-change-member = modifier le membre
error-team-to-look-up-member = retrouver le membre
error-team-to-change-member-group = changer le groupe du membre
error-team-to-record-member-role = enregistrer le rôle du membre
error-team-to-record-member-approves = enregistrer ce que le membre peut valider
error-team-to-look-up-member-approves = retrouver ce que le membre peut valider
error-team-to-start-upgrade = commencer la mise à niveau
error-team-to-create-schema-table = créer la table de schéma (l’utilisateur de l’adresse doit être propriétaire de la base de données)
error-team-to-read-schema-version = lire la version du schéma
# $number: the migration's number (1, 2, 3…).
error-team-to-apply-migration = appliquer la migration { $number }
error-team-to-record-schema-version = enregistrer la version du schéma
error-team-to-grant-member-rights = accorder leurs droits aux membres
error-team-to-record-plan-fields = enregistrer les champs du plan
error-team-to-list-members = lister les membres
error-team-to-look-up-members = retrouver les membres
error-team-to-limit-members-sessions = limiter les sessions des membres
error-team-to-record-plan = enregistrer le plan
error-team-to-read-plan = lire le plan
error-team-to-finish-upgrade = terminer la mise à niveau
error-team-to-look-up-groups = retrouver les groupes
error-team-to-create-member-groups = créer les groupes des membres (l’utilisateur de l’adresse doit disposer de CREATEROLE)
error-team-to-mark-member-groups = marquer les groupes des membres
error-team-to-read-plan-before-init = lire le plan (lancez d’abord `almanac server init`)
error-team-to-say-who-signed-in = indiquer qui est connecté
error-team-to-tell-time = donner l’heure
error-team-to-read-history = lire l’historique
error-team-to-listen = écouter les modifications de l’équipe
error-team-to-claim-founding = revendiquer la création du plan
error-team-to-store-changes = enregistrer les modifications
error-team-to-send-history = envoyer l’historique

## A push of this laptop's changes the team's server refused, and why; kept too in the list
## of what this laptop set aside.

# $reason: what was wrong, in the server's own words (or error-team-nul-value).
error-team-push-refused = le serveur de l’équipe a refusé { $reason }
# $reason: what was wrong, in the server's own words (or error-team-nul-value); $detail: what it concerned (a field, a device, an item, or PostgreSQL's words).
error-team-push-refused-about = le serveur de l’équipe a refusé { $reason } ({ $detail })
error-team-nul-value = une valeur contenant un caractère NUL

## The team's members and the server's schema, as `almanac server` is told.

error-team-give-member-name = indiquez le nom du membre
# $name: the brand's name, as it was typed.
error-team-no-brand-named = le plan de l’équipe ne comporte aucune marque nommée « { $name } »
# $name: the channel's handle or name, as it was typed.
error-team-no-channel-named = le plan de l’équipe ne comporte aucun canal nommé « { $name } »
# $name: the brand's name, as it was typed.
error-team-brands-named = plusieurs marques sont nommées « { $name } »
# $name: the channel's handle or name, as it was typed.
error-team-channels-named = plusieurs canaux sont nommés « { $name } »
# $version: the server's schema version; $supported: the newest this Almanac knows.
error-team-schema-newer = le serveur de l’équipe utilise la version { $version } du schéma, plus récente que la version { $supported } de cet Almanac : mettez Almanac à jour
# $group: the PostgreSQL role's name.
error-team-group-not-ours = le serveur possède déjà un rôle nommé { $group } qu’Almanac n’a pas créé pour cette base de données : ses membres pourraient modifier ce plan, il n’est donc pas repris ; supprimez-le ou renommez-le d’abord

## Joining the team's plan from this laptop's data folder.

# $address: the team's server's address.
error-team-another-team-plan = ce dossier de données appartient à un autre plan d’équipe que celui de { $address } ; utilisez un nouveau dossier de données pour rejoindre celui-ci
# $address: the team's server's address.
error-team-plan-of-its-own = ce dossier de données contient son propre plan et { $address } contient celui de l’équipe : rejoignez le plan de l’équipe depuis un nouveau dossier de données (son propre plan reste ici)

## Passwords kept in the system's keyring: the calendar server's and the team's server's.

error-team-give-account-password = indiquez le mot de passe du compte
error-team-give-given-password = indiquez le mot de passe qui vous a été remis avec l’adresse
# $reason: what the keyring said.
error-team-keyring-unavailable = le trousseau de clés du système est inutilisable ({ $reason }) ; sous Linux, GNOME Keyring ou KWallet conserve les mots de passe
error-team-no-password-kept = aucun mot de passe n’est conservé pour ce serveur ; indiquez-le de nouveau

## The app's window: what this laptop keeps, the files it opens, backups and the calendar push.

# $reason: what the operating system said.
error-team-theme-not-kept = le thème n’a pas pu être conservé sur cet ordinateur : { $reason }
error-team-language-not-offered = ne fait pas partie des langues proposées par Almanac
# $reason: what the operating system said.
error-team-language-not-kept = la langue n’a pas pu être conservée sur cet ordinateur : { $reason }
error-team-restore-plan-itself = il s’agit du plan lui-même ; choisissez une sauvegarde ou un instantané
error-team-nothing-to-restore = le plan est ouvert ; il n’y a rien à restaurer
error-team-calendar-not-pushed = le calendrier n’est pas envoyé vers un serveur
# $reason: why the push stopped.
error-team-push-stopped = l’envoi s’est interrompu : { $reason }
error-team-no-documents-folder = impossible de trouver le dossier Documents
# $path: the file's path; $reason: what the operating system said.
error-team-cannot-open = impossible d’ouvrir { $path } : { $reason }
# $path: the file's path.
error-team-already-there = { $path } existe déjà : choisissez un autre nom

## A message from the team this laptop set aside rather than apply, and why: listed in
## Settings → Team sync. Lower case: each follows the message's field.

sync-set-aside-clock-unreadable = son horloge n’est pas au format qu’utilise Almanac
# $clock: the time its clock says, in UTC.
sync-set-aside-clock-ahead = son horloge ({ $clock }) est très en avance sur l’heure de cet ordinateur
sync-set-aside-settings-row = un plan a une seule ligne de paramètres, jamais supprimée
sync-set-aside-wrong-kind = sa valeur n’est pas du type du champ
sync-set-aside-too-large = sa valeur dépasse 64 Kio
sync-set-aside-nul = sa valeur contient un caractère NUL
# The plan refused the change (a rule of the plan's data). $reason: why.
sync-set-aside-refused-by-plan = le plan ne peut pas l’accueillir : { $reason }

## La grille de planification (la grille du Calendrier) : sa barre d’outils, ses lignes et cellules, et la fenêtre « Déplacer vers… ».

## La barre d’outils au-dessus de la grille.

# Le groupe de boutons qui déplace la période affichée (précédente, aujourd’hui, suivante).
grid-toolbar-window = Période
grid-toolbar-previous = ‹ Précédent
grid-toolbar-today = Aujourd’hui
grid-toolbar-next = Suivant ›
# Le groupe de boutons qui choisit combien de jours la grille affiche.
grid-toolbar-days-shown = Jours affichés
grid-span-week = Semaine
grid-span-fortnight = Deux semaines
grid-span-month = Mois
# Le choix de ce que sont les lignes de la grille.
grid-toolbar-rows = Lignes
grid-rows-channel = Canaux
grid-rows-campaign = Campagnes
grid-rows-owner = Responsables
# Le titre d’une semaine ou de deux semaines. $from : le premier jour (« 3 mai ») ; $to : le dernier, avec l’année (« 9 mai 2027 »).
grid-window-range = { $from } – { $to }

## La grille.

# La ligne des contenus sans campagne (lignes par campagne).
grid-no-campaign = Aucune campagne
# La ligne des contenus sans responsable (lignes par responsable).
grid-unassigned = Non attribué
# Masque un message d’erreur affiché au-dessus de la grille.
grid-dismiss = Fermer
# Le nom accessible de la grille. $rows : ce que sont les lignes (channel, campaign ou owner) ; $period : le titre de la barre d’outils.
grid-label = Grille de planification : { $rows ->
        [campaign] campagnes
        [owner] responsables
       *[channel] canaux
    } par jour, { $period }
# À côté du nom d’une marque dans sa ligne de groupe : son nombre de canaux.
grid-group-channels = { $count ->
        [one] { $count } canal
       *[other] { $count } canaux
    }
# Une cellule telle qu’un lecteur d’écran la lit. $day : le jour ; $row : le canal, la campagne ou la personne de la ligne ;
# $count : les contenus de la cellule ; $limit : le nombre de contenus autorisés par jour sur le canal ;
# $use : « within » ou « over » (dans la limite ou au-delà), ou « none » si la ligne n’a pas de limite ; $blackout : « yes » pendant une période de silence, sinon « no ».
grid-cell-label = { $day }, { $row } : { $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    }{ $use ->
        [over] { " " }sur un maximum de { $limit }, au-delà de la limite quotidienne
        [within] { " " }sur un maximum de { $limit }
       *[none] { "" }
    }{ $blackout ->
        [yes] , pendant une période de silence
       *[no] { "" }
    }
# L’infobulle de l’utilisation de la limite quotidienne d’un canal (« 2/3 »). $used : contenus qui occupent un créneau ; $limit : contenus autorisés par jour.
grid-cell-use = { $used } sur { $limit } par jour
# Le nom accessible d’un contenu dans une cellule. $line : ce que montre la ligne, qui doit rester en tête ; $description : la description complète.
grid-line-description =  : { $description }
grid-hint = Les flèches permettent de passer d’une cellule à l’autre ; Entrée ouvre les contenus d’une cellule (ou en ajoute un dans une cellule vide) ; M déplace le contenu sélectionné et R le soumet à validation ; Échap revient à la cellule.

## La fenêtre « Déplacer vers… » : ce que fait un glisser-déposer, au clavier.

# Le titre de la fenêtre tant qu’aucun contenu n’est choisi.
grid-move-dialog = Déplacer
# Le titre de la fenêtre. $title : le titre du contenu.
grid-move-title = Déplacer « { $title } »
grid-move-to = Déplacer vers
grid-move-kind-day = Un jour (toute la journée)
grid-move-kind-time = Un jour, à une heure précise
grid-move-kind-backlog = La réserve d’idées
grid-move-date = Date
# $zone : le fuseau horaire du plan (« Europe/Paris »).
grid-move-time = Heure ({ $zone })
grid-move-channel = Canal
# Au-dessus de la liste des constats que créerait le déplacement. $count : leur nombre.
grid-move-preview = Ce déplacement créerait { $count ->
        [one] { $count } constat
       *[other] { $count } constats
    } :
# La gravité d’un constat dans cette liste. $severity : error, warning ou info.
grid-move-severity = { $severity ->
        [error] erreur
        [info] info
       *[warning] avertissement
    }
grid-move-cancel = Annuler
grid-move-submit = Déplacer

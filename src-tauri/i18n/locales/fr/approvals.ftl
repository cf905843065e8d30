## Approvals: the queue of items in review, decided one by one or several at once, and the dialog that sends items back with a comment.

approvals-title = Validations
# The field that narrows the queue to the items whose title, campaign or channel hold its words.
approvals-search = Rechercher
# Label of the list of team members: who sits at this laptop.
approvals-you-are = Vous êtes
# On a team plan. $name: the member signed in to the team on this laptop.
approvals-signed-in = Vous êtes { $name }, selon votre connexion à l’équipe
approvals-not-chosen = Non choisi
# Label of the list of approvers whose queue is shown.
approvals-queue-of = File de
# The option for every item in review. $count: how many items wait.
approvals-everyone = Tout le monde ({ $count })
# An approver in the list of queues. $name: the approver; $count: the items waiting for them.
approvals-approver = { $name } ({ $count })
approvals-nobody-approves = Personne ne valide encore : dans Paramètres → Équipe, cochez ce que valide chaque valideur.
# $name: the approver at this laptop.
approvals-deciding-as = Vous décidez en tant que { $name }.
# $name: the signed-in team member, who approves nothing.
approvals-approves-nothing = { $name } ne valide rien : c’est le propriétaire du serveur de l’équipe qui définit qui valide quoi.
approvals-choose-who = Indiquez qui vous êtes pour pouvoir valider.
# The keys the queue listens to: A, R and Ctrl+A stay as they are in every language.
approvals-keys = Touches : ↑ ↓ pour se déplacer, Espace pour cocher, A pour valider, R pour demander des modifications, Ctrl+A pour tout cocher.
approvals-approve = Valider
# The approve button when items are ticked. $count: how many are ticked.
approvals-approve-count = Valider ({ $count })
approvals-ask-for-changes = Demander des modifications…
# A queue entry's checkbox, read by screen readers. $title: the item; $due: its date and time ("2027-04-06 09:30") or the text of approvals-no-date.
approvals-entry-label = { $title }, échéance : { $due }
approvals-no-date = Pas encore de date
# After an item's date and channel, when the person at this laptop may not approve it.
approvals-not-yours = validation hors de votre périmètre
# $title: the collaboration the item belongs to.
approvals-collaboration = Collaboration : { $title }
# $title: the collaboration; $due: the date its partners need approval by ("2027-04-01").
approvals-collaboration-due = Collaboration : { $title }, validation attendue le { $due }
# The last decision on an item sent back. $name: the approver; $comment: what they wrote.
approvals-asked = { $name } a demandé : « { $comment } »
approvals-empty = Aucun élément n’attend de validation.
approvals-empty-approver = Aucun élément n’attend la validation de cette personne.
approvals-tick-first = Cochez d’abord les éléments sur lesquels décider (Espace).
# Status line after a decision. $count: how many items were approved.
approvals-approved = { $count ->
    [one] { $count } élément validé. Ctrl+Z pour annuler.
   *[other] { $count } éléments validés. Ctrl+Z pour annuler.
}
# Status line after a decision. $count: how many items were sent back.
approvals-changes-asked = { $count ->
    [one] Modifications demandées pour { $count } élément. Ctrl+Z pour annuler.
   *[other] Modifications demandées pour { $count } éléments. Ctrl+Z pour annuler.
}
approvals-changes-title = Demander des modifications
# In the "Ask for changes" dialog. $count: how many items go back.
approvals-changes-intro = { $count ->
    [one] { $count } élément retourne à son auteur comme brouillon, avec votre commentaire.
   *[other] { $count } éléments retournent à leurs auteurs comme brouillons, avec votre commentaire.
}
approvals-changes-comment = Ce qui doit changer

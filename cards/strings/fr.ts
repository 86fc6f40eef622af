import type { Strings } from './en';

/**
 * French, with the terminology of the French Partner Center articles (Espace partenaires, relation de revendeur).
 *
 * Long because it holds every text of every card, one line each.
 */
export const fr: Strings = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'Je vous aide à gérer vos relations de revendeur avec vos clients dans l’Espace partenaires. Voici ce que vous pouvez me demander :',
  'help.unknownCommand': 'Je ne connais pas cette commande :',
  'didYouMean.one': 'Vouliez-vous dire {command} ?',
  'didYouMean.several': 'Vouliez-vous dire l’une de ces commandes ?',
  'didYouMean.help': 'Toutes les commandes',
  'help.footer': 'Tapez aide à tout moment pour revoir cette liste.',
  'help.greeting': 'Bonjour {name}. Vos rôles de l’Espace partenaires ici : {roles}.',
  'help.greetingNoRoles':
    'Bonjour {name}. Vous ne figurez pas encore dans le fichier des rôles : vous pouvez seulement demander de l’aide. Demandez à votre administrateur de vous ajouter.',
  'help.approver': 'Vous approuvez aussi les demandes de suppression.',
  'help.otherCommands': 'Ces commandes demandent un autre rôle :',
  'help.needsRole': ' (demande un autre rôle)',
  'help.button.customers': 'Clients',
  'help.button.inviteNew': 'Inviter un nouveau client',
  'command.help.description': 'Afficher ce que vous pouvez faire ici.',
  'command.customers.description': 'Lister vos clients, ou les rechercher par nom ou par domaine.',
  'command.customer.description':
    'Afficher un client : relation, autres partenaires, abonnements et relations GDAP.',
  'command.invite.description': 'Préparer l’e-mail d’invitation pour un client existant.',
  'command.inviteNew.description': 'Préparer l’e-mail d’invitation pour un nouveau client.',
  'command.inviteNewWithProvider.description':
    'Préparer l’e-mail d’invitation pour un nouveau client, pour vous et votre fournisseur indirect en même temps.',
  'command.remove.description':
    'Vérifier ce qui empêche de supprimer la relation de revendeur avec un client, puis demander la suppression.',
  'command.requests.description': 'Demandes de suppression en cours et récentes, avec leur état.',
  'command.audit.description':
    'L’historique d’un client : invitations, corrections, demandes, décisions, exécution.',
  'command.auditExport.description':
    'L’historique de tous les clients sur une période, en fichiers CSV et JSON (jours UTC, aaaa-mm-jj).',
  'command.notify.description':
    'Dans un canal : publier les notifications ici (ajoutez fournisseur pour les demandes des revendeurs), ou désactiver.',
  'error.generic': 'Un problème est survenu de mon côté. Rien n’a été modifié ; veuillez réessayer.',
  'error.storeUnavailable':
    'Je n’arrive pas à joindre mon stockage pour le moment. Rien n’a été modifié ; réessayez dans une minute.',

  'common.yes': 'Oui',
  'common.no': 'Non',
  'common.unknown': 'Inconnu',
  'common.none': 'aucun',
  'common.label': '{label} :',
  'common.separator': ' ; ',
  'role.globalAdmin': 'Administrateur général',
  'role.adminAgent': 'Agent d’administration',
  'role.salesAgent': 'Agent commercial',
  'role.helpdeskAgent': 'Agent du support technique',
  'relationship.none': 'Aucune relation',
  'relationship.reseller': 'Revendeur',
  'relationship.advisor': 'Conseiller',
  'relationship.syndication': 'Partenaire de syndication',
  'relationship.microsoft_support': 'Support Microsoft',
  'relationship.unknown': 'Inconnue',
  'status.none': 'Aucun statut',
  'status.active': 'Actif',
  'status.pending': 'En attente',
  'status.suspended': 'Suspendu',
  'status.expired': 'Expiré',
  'status.disabled': 'Désactivé',
  'status.deleted': 'Annulé',
  'status.unknown': 'Inconnu',
  'commerce.legacy': 'Hérité',
  'commerce.nce': 'Nouveau commerce (NCE)',
  'commerce.azurePlan': 'Plan Azure',
  'commerce.software': 'Logiciel',
  'partnerRole.indirectReseller': 'Revendeur indirect',
  'partnerRole.indirectProvider': 'Fournisseur indirect',
  'permission.viewCustomers': 'consulter les clients',
  'permission.viewAudit': 'consulter l’historique',
  'permission.invite': 'inviter des clients',
  'permission.remediate': 'suspendre ou annuler des abonnements',
  'permission.requestRemoval': 'demander la suppression d’une relation de revendeur',
  'permission.approveRemoval': 'approuver la suppression d’une relation de revendeur',
  'permission.notify': 'choisir où les notifications sont publiées',
  'fact.customer': 'Client',
  'fact.domain': 'Domaine',
  'fact.tenantId': 'ID de locataire',
  'fact.relationship': 'Relation avec vous',
  'fact.dap': 'Privilèges d’administrateur délégué (DAP)',
  'fact.country': 'Pays',
  'fact.mpnId': 'ID MPN',
  'fact.requestId': 'ID de la demande',
  'fact.requestedBy': 'Demandé par',
  'fact.time': 'Date',
  'fact.reason': 'Motif',
  'fact.errorCode': 'Code d’erreur',
  'fact.errorDescription': 'Description',
  'fact.correlationId': 'ID de corrélation',
  'fact.reseller': 'Revendeur',

  'picker.title': 'Clients',
  'picker.searched': 'Recherche : {query}',
  'picker.all': 'Tous vos clients, par ordre alphabétique.',
  'picker.for.customer.show': 'Choisissez le client dont vous voulez voir le détail.',
  'picker.for.invite.start': 'Choisissez le client à inviter.',
  'picker.for.removal.preflight': 'Choisissez le client dont vous voulez vérifier la suppression.',
  'picker.count': 'Clients correspondants : {total}. Affichage de {from} à {to}.',
  'picker.noMatch': 'Aucun client ne correspond à cette recherche. Essayez une partie du nom ou du domaine.',
  'picker.noCustomers': 'Vous n’avez encore aucun client dans l’Espace partenaires.',
  'picker.loading':
    'Lecture de votre liste de clients dans l’Espace partenaires en cours (clients lus jusqu’ici : {count}) : cette liste peut être incomplète. Redemandez dans un instant pour les voir tous.',
  'picker.noMatchYet': 'Aucun des clients lus jusqu’ici ne correspond à cette recherche.',
  'picker.label': 'Client',
  'picker.placeholder': 'Tapez pour rechercher par nom ou par domaine',
  'picker.required': 'Choisissez d’abord un client.',
  'picker.listHeading': 'Sur cette page :',
  'picker.details': 'Détails',
  'picker.invite': 'Inviter',
  'picker.remove': 'Supprimer',
  'picker.previous': 'Précédent',
  'picker.next': 'Suivant',

  'choice.title': 'Plusieurs clients correspondent à « {query} ». Lequel voulez-vous dire ?',
  'choice.more': 'Et {count} autres. Tapez davantage du nom ou du domaine pour affiner la recherche.',
  'providerChoice.title': 'Quel fournisseur indirect l’invitation doit-elle nommer ?',
  'providerChoice.text':
    'Vous travaillez avec plusieurs fournisseurs indirects. Le client vous accepte, vous et le fournisseur que vous choisissez ici.',
  'providerChoice.button': 'Inviter avec ce fournisseur',
  'choice.button.show': 'Afficher',
  'choice.button.invite': 'Inviter',
  'choice.button.remove': 'Vérifier la suppression',
  'choice.button.audit': 'Historique',

  'details.partnersHeading': 'Autres partenaires de ce client',
  'details.partnersNone': 'Aucun autre partenaire n’a de relation avec ce client.',
  'details.subscriptionsHeading': 'Abonnements',
  'details.subscriptionsNone': 'Ce client n’a aucun abonnement.',
  'details.subscriptionsShown': '{shown} abonnements affichés sur {total}.',
  'details.quantity': 'Quantité {quantity}',
  'details.cancelUntil': 'Annulable jusqu’au {date}.',
  'details.cancelClosed': 'Délai d’annulation clos le {date}.',
  'details.reservationsHeading': 'Réservations Azure',
  'details.reservationsNote':
    'L’Espace partenaires ne donne pas de nom de produit pour une réservation : chacune est indiquée par son identifiant de produit.',
  'details.reservation': 'Produit {product}',
  'details.reservationExpires': 'Expire le {date}.',
  'details.termEnd': 'Fin de la période le {date}.',
  'details.gdapHeading': 'Relations GDAP',
  'details.gdapNote':
    'À titre d’information : les relations GDAP sont distinctes de la relation de revendeur.',
  'details.gdapUnavailable':
    'Les relations GDAP ne sont pas disponibles ici, car Microsoft Graph ne peut pas être lu. Vérifiez-les dans l’Espace partenaires.',
  'details.gdapNone': 'Aucune relation GDAP.',
  'details.gdapEnds': 'se termine le {date}',
  'details.invite': 'Inviter',
  'details.remove': 'Supprimer la relation de revendeur',

  'invite.title': 'E-mail d’invitation',
  'invite.forExisting': 'Pour le client existant {name}.',
  'invite.alreadyReseller': ' Ce client a déjà une relation de revendeur avec vous : il n’a rien à accepter.',
  'invite.forNew': 'Pour un nouveau client.',
  'invite.forNewWithProvider': 'Pour un nouveau client, avec votre fournisseur indirect {provider}.',
  'invite.subject': 'Objet : {subject}',
  'invite.bodyLabel':
    'Texte de l’e-mail. Vous pouvez le modifier, mais veillez à garder le lien : il est personnalisé pour lier le client directement à votre compte.',
  'invite.link': 'Lien d’invitation, à copier dans votre propre e-mail :',
  'invite.unofficial':
    'Testez ce lien avant de l’envoyer. Le lien combiné pour vous et votre fournisseur indirect est construit dans un format que Microsoft ne documente pas.',
  'invite.problem.urlMissing':
    'Le lien d’invitation manque dans votre texte. Remettez-le sans le modifier, puis appuyez de nouveau sur Terminé. Votre modification est conservée.',
  'invite.problem.urlChanged':
    'Le lien d’invitation de votre texte a été modifié. Remettez-le exactement tel qu’affiché ci-dessous, puis appuyez de nouveau sur Terminé. Votre modification est conservée.',
  'invite.open': 'Ouvrir dans la messagerie',
  'invite.done': 'Terminé',
  'invite.openLink': 'Ouvrir le lien',
  'invite.keepEdit': 'Reprendre mes modifications dans l’e-mail',
  'invite.keepEditHint':
    'Après vos modifications, cliquez sur « Reprendre mes modifications dans l’e-mail » : « Ouvrir dans la messagerie » ouvrira alors votre texte.',
  'invite.completed': 'Enregistré par {by} le {at}.',
  'invite.nextSteps':
    'Envoyez maintenant l’e-mail à votre client. Il doit être administrateur général de son locataire pour accepter. Une fois l’invitation acceptée, il apparaît dans votre liste de clients.',

  'removal.title': 'Supprimer la relation de revendeur',
  'removal.done.suspend': '{name} est maintenant suspendu.',
  'removal.done.cancel': '{name} est maintenant annulé.',
  'removal.done.cancelSoftwareOrder': 'La commande de logiciel {name} est maintenant annulée.',
  'removal.done.autoRenewOff': 'Le renouvellement automatique de {name} est maintenant désactivé.',
  'removal.failed': 'L’Espace partenaires a refusé la modification de {name}. Rien n’a été modifié.',
  'removal.blockersHeading': 'Ce qui empêche la suppression',
  'removal.noBlockers': 'Rien n’empêche la suppression.',
  'removal.quantity': ' (quantité {quantity})',
  'removal.blocker.activeLegacySubscription': '{name} est un abonnement hérité actif. Suspendez-le d’abord.',
  'removal.blocker.activeAzurePlan':
    '{name} est un plan Azure actif. Suspendez-le d’abord ; annulez ses abonnements Azure si nécessaire.',
  'removal.blocker.cancellable': '{commerce} : {name} doit être annulé.',
  'removal.blocker.cancellableUntil':
    'L’annulation est possible jusqu’au {date}, avec un remboursement au prorata ; ensuite, il ne pourra plus être annulé avant la fin de sa période.',
  'removal.blocker.locked':
    '{commerce} : {name} ne peut pas être annulé avant la fin de sa période, le {date}.',
  'removal.blocker.lockedNoDate': '{commerce} : {name} ne peut pas être annulé avant la fin de sa période.',
  'removal.blocker.lockedAutoRenew':
    'Désactivez le renouvellement automatique pour qu’il se termine à cette date.',
  'removal.blocker.lockedAutoRenewOff':
    'Le renouvellement automatique est désactivé : il se termine à cette date au lieu d’être renouvelé.',
  'removal.blocker.lockedAutoRenewSuspended':
    'Le renouvellement automatique est activé. Reseller Desk ne le modifie que sur un abonnement actif : désactivez-le dans l’Espace partenaires.',
  'removal.blocker.pending': '{name} est encore en cours d’approvisionnement. Réessayez plus tard.',
  'removal.blocker.reservation':
    '{name} est une réservation Azure active jusqu’au {date}. Pour l’annuler ou l’échanger, ouvrez le client dans l’Espace partenaires, puis Réservations Azure, puis Gérer : la réservation s’ouvre dans le portail Azure. Un agent d’administration, un agent du support technique ou un agent commercial peut le faire.',
  'removal.blocker.reservationNoDate':
    '{name} est une réservation Azure active. Pour l’annuler ou l’échanger, ouvrez le client dans l’Espace partenaires, puis Réservations Azure, puis Gérer : la réservation s’ouvre dans le portail Azure. Un agent d’administration, un agent du support technique ou un agent commercial peut le faire.',
  'removal.blocker.software':
    '{name} est un achat de logiciel. Annulez-le d’abord : seules les lignes de la commande qui correspondent à cet achat sont annulées.',
  'removal.blocker.softwareUntil': 'L’annulation est possible jusqu’au {date}.',
  'removal.blocker.softwareNoLines':
    '{name} est un achat de logiciel, mais l’Espace partenaires n’indique pas à quelles lignes de sa commande il correspond. Annulez-le dans l’Espace partenaires : annuler ici la commande entière pourrait annuler d’autres achats.',
  'removal.blocker.unknownEntitlement':
    '{name} est un achat d’un type que Reseller Desk ne connaît pas : ni un logiciel, ni une réservation Azure. Vérifiez-le dans l’Espace partenaires avant de demander la suppression.',
  'removal.notice.perpetualSoftware':
    '{name} est un logiciel perpétuel acheté le {date}. Son délai d’annulation de 30 jours a pris fin le {closed} : il ne peut plus être annulé. Microsoft ne précise pas s’il empêche la suppression ; si c’est le cas, l’Espace partenaires refusera la suppression en le disant.',
  'removal.notice.savingsPlans':
    'Reseller Desk ne voit pas les plans d’économies Azure : l’Espace partenaires ne documente aucun moyen de les lister pour un client. Microsoft les cite parmi les points à régler avant la suppression ; vérifiez les plans d’économies du client dans le portail Azure.',
  'removal.note.legacySuspended':
    'Un abonnement hérité suspendu n’est pas facturé. Les utilisateurs du client perdent l’accès ; les administrateurs gardent l’accès aux données et aux paramètres.',
  'removal.note.stillBilled':
    'Il est suspendu mais toujours facturé : les abonnements du nouveau commerce doivent être annulés.',
  'removal.note.cannotRemediate':
    'Votre rôle ne permet pas de suspendre ou d’annuler des abonnements. Demandez à un collègue dont le rôle le permet.',
  'removal.button.suspend': 'Suspendre',
  'removal.button.cancel': 'Annuler l’abonnement',
  'removal.button.cancelSoftwareOrder': 'Annuler la commande',
  'removal.button.autoRenewOff': 'Désactiver le renouvellement automatique',
  'removal.button.all.suspend': 'Tout suspendre ({count})',
  'removal.button.all.cancel': 'Tout annuler ({count})',
  'removal.button.all.cancelSoftwareOrder': 'Annuler toutes les commandes ({count})',
  'removal.button.all.autoRenewOff': 'Désactiver tous les renouvellements automatiques ({count})',
  'removal.confirm.suspend': 'Vous allez suspendre :',
  'removal.confirm.cancel': 'Vous allez annuler :',
  'removal.confirm.cancelSoftwareOrder': 'Vous allez annuler ces achats de logiciels :',
  'removal.confirm.autoRenewOff': 'Vous allez désactiver le renouvellement automatique :',
  'removal.confirm.autoRenewOffItem':
    '{name} se termine le {date} au lieu d’être renouvelé ; il reste actif jusque-là.',
  'removal.confirm.autoRenewOffItemNoDate':
    '{name} se termine à la fin de sa période au lieu d’être renouvelé ; il reste actif jusque-là.',
  'removal.confirmNote.suspend':
    'Les utilisateurs du client perdent l’accès à ce qui est suspendu. C’est réversible : un abonnement suspendu peut être réactivé.',
  'removal.confirmNote.cancel': 'C’est irréversible. Le client obtient un remboursement au prorata.',
  'removal.confirmNote.cancelSoftwareOrder':
    'C’est irréversible. Seules les lignes de la commande qui correspondent à cet achat sont annulées ; un éventuel remboursement suit la politique d’annulation de Microsoft pour les logiciels.',
  'removal.confirmNote.autoRenewOff': 'Il bloque toujours la suppression jusqu’à la fin de sa période.',
  'removal.button.confirm.suspend': 'Confirmer la suspension',
  'removal.button.confirm.cancel': 'Confirmer l’annulation',
  'removal.button.confirm.cancelSoftwareOrder': 'Confirmer l’annulation',
  'removal.button.confirm.autoRenewOff': 'Confirmer la désactivation du renouvellement automatique',
  'removal.button.keep': 'Ne rien changer',
  'removal.button.keepAll': 'Ne rien changer',
  'removal.skipped': 'Rien n’a été envoyé pour {count} d’entre eux : ils n’en avaient plus besoin.',
  'removal.consequencesHeading': 'Ce que fait la suppression',
  'removal.consequence.list': 'Le client est supprimé de votre liste de clients dans l’Espace partenaires.',
  'removal.consequence.support': 'Vous êtes retiré de la liste des contacts de support du client.',
  'removal.consequence.dap': 'Vos privilèges d’administrateur délégué (DAP), le cas échéant, sont supprimés.',
  'removal.consequence.purchases': 'Vous ne pouvez plus effectuer d’achats pour le client.',
  'removal.consequence.gdap':
    'Les relations GDAP ne sont pas supprimées automatiquement ; mettez-y fin séparément si l’accès doit cesser.',
  'removal.consequence.gdapList': 'Relations GDAP qui restent en place :',
  'removal.consequence.gdapUnavailable':
    'Les relations GDAP n’ont pas pu être lues ici ; vérifiez-les dans l’Espace partenaires avant la suppression.',
  'removal.consequence.partners': 'Les autres partenaires conservent leur propre relation avec le client :',
  'removal.consequence.customer':
    'Le client peut aussi supprimer les autorisations déléguées depuis le Centre d’administration Microsoft 365 ou le portail Azure.',
  'removal.attestationHeading': 'Attestation',
  'removal.attestation':
    'Vous déclarez que la décision de mettre fin à votre relation avec le client a été prise de bonne foi, dans un but commercial légitime et conformément à votre contrat avec votre client ou partenaire, et vous acceptez de défendre Microsoft et de la dégager de toute responsabilité face à toute réclamation de tiers affirmant le contraire.',
  'removal.attestLabel': 'Votre accord',
  'removal.attestToggle': 'J’accepte la déclaration ci-dessus.',
  'removal.attestError': 'Vous devez accepter la déclaration pour demander la suppression.',
  'removal.attestationVersion': 'Version du texte de l’attestation : {version}',
  'removal.reasonLabel': 'Motif de la suppression, enregistré avec la demande',
  'removal.reasonPlaceholder': 'Par exemple : le client est passé chez un autre partenaire',
  'removal.reasonError': 'Indiquez un motif de 500 caractères au maximum.',
  'removal.askReasonLabel': 'Motif, envoyé à votre fournisseur indirect',
  'removal.legalNotice':
    'Vous devez fournir un avis légal de résiliation à votre client ou partenaire si votre contrat l’exige. Cet outil ne génère pas d’avis pour le client ou le partenaire.',
  'schedule.whenApproved':
    'Seules des dates la bloquent : une fois approuvée, elle sera planifiée pour le {date} et s’exécutera alors d’elle-même.',
  'schedule.when':
    'Planifiée pour le {date} : elle s’exécutera alors d’elle-même, si rien d’autre ne la bloque.',
  'schedule.autoRenewPlanned':
    'Le renouvellement automatique sera désactivé une fois la demande approuvée : {names}.',
  'schedule.autoRenewDone':
    'Renouvellement automatique désactivé (confirmé par l’Espace partenaires) : {names}.',
  'schedule.autoRenewFailed':
    'Le renouvellement automatique n’a pas pu être désactivé : {names}. Désactivez-le dans l’Espace partenaires, sinon ils se renouvelleront et bloqueront la suppression.',
  'schedule.rule.wait':
    'Si quelque chose de nouveau la bloque le jour prévu : elle reste en attente, et le canal et le demandeur sont prévenus.',
  'schedule.rule.fail':
    'Si quelque chose de nouveau la bloque le jour prévu : la demande échoue, et le canal et le demandeur sont prévenus.',
  'schedule.stillBlocked': 'Vérifiée le {at} : toujours bloquée par {names}.',
  'schedule.intro':
    'Seules des dates bloquent cette suppression ; la dernière est le {date}. Vous pouvez la demander dès maintenant : une fois approuvée, elle s’exécutera d’elle-même après cette date, si rien d’autre ne la bloque.',
  'schedule.autoRenewLabel': 'Renouvellement automatique',
  'schedule.autoRenewToggle':
    'Désactiver leur renouvellement automatique une fois la demande approuvée, pour que leur engagement se termine le {date} au lieu de se renouveler',
  'schedule.autoRenewOn': 'Le renouvellement automatique est activé pour {names}.',
  'schedule.autoRenewError':
    'Confirmez la désactivation du renouvellement automatique, sinon les abonnements se renouvelleront et bloqueront la suppression.',
  'schedule.onBlockedLabel': 'Si quelque chose de nouveau bloque la suppression le jour prévu',
  'schedule.onBlocked.wait': 'Continuer d’attendre, et nous prévenir (vérifié à nouveau toutes les 6 heures)',
  'schedule.onBlocked.fail': 'Faire échouer la demande, et nous prévenir',
  'schedule.button.request': 'Demander la suppression pour le {date}',
  'removal.button.request': 'Demander la suppression',
  'removal.button.askProvider': 'Demander au fournisseur de la supprimer',
  'removal.button.checkAgain': 'Vérifier à nouveau',
  'removal.refusal.blockers': 'Vous pourrez demander la suppression quand plus rien ci-dessus ne la bloque.',
  'removal.refusal.role':
    'Votre rôle ne permet pas de demander des suppressions. Demandez à un collègue dont le rôle le permet.',
  'removal.refusal.notReseller':
    'Vous n’avez pas de relation de revendeur avec ce client : il n’y a rien à supprimer.',
  'removal.refusal.pendingRequest':
    'Une suppression a déjà été demandée par {by} le {at} (demande {id}). Elle attend un approbateur.',
  'removal.refusal.pendingRequestUnknown':
    'Une demande de suppression pour ce client attend déjà un approbateur.',
  'removal.refusal.indirectReseller':
    'En tant que revendeur indirect, vous ne pouvez pas supprimer cette relation vous-même : les revendeurs indirects doivent passer par leur fournisseur indirect. Vous pouvez demander à {provider} de la supprimer.',
  'removal.refusal.indirectResellerNoProvider':
    'En tant que revendeur indirect, vous ne pouvez pas supprimer cette relation vous-même : les revendeurs indirects doivent passer par leur fournisseur indirect. Contactez votre fournisseur indirect.',
  'removal.checkedAt': 'Vérifié dans l’Espace partenaires le {at}.',

  'requested.title': 'Suppression demandée',
  'requested.next': 'Un approbateur doit l’approuver. Rien n’a encore été supprimé.',
  'requested.route.channel':
    'Publiée pour approbation dans le canal Teams où {names} a lancé « notifier ici ».',
  'requested.route.channels':
    'Publiée pour approbation dans les canaux Teams où {names} ont lancé « notifier ici ».',
  'requested.route.people': 'Envoyée pour approbation dans une conversation à {names}.',
  'requested.route.unreachable':
    'Je n’ai pas pu joindre {names} : Reseller Desk n’est pas installé pour eux et ils ne lui ont jamais écrit.',
  'requested.route.nobody':
    'Aucun approbateur n’a reçu cette demande : aucun canal ne reçoit les demandes de suppression et je n’ai pu ouvrir de conversation avec aucun approbateur. Demandez à un approbateur ({names}) de lancer « notifier ici » dans un canal Teams où Reseller Desk est installé : la demande y sera publiée aussitôt. D’ici là, un approbateur la trouve avec « demandes ». Elle expire le {expires}.',
  'requested.route.noApprovers':
    'Personne dans le fichier des rôles ne peut approuver les suppressions : cette demande ne peut donc pas être tranchée. Demandez à l’administrateur de Reseller Desk de désigner un approbateur dans le fichier des rôles.',
  'requested.approvers': 'Peuvent approuver : {names}.',
  'requested.approvedBy': 'Approuvée par {by} le {at}.',

  'provider.title': 'Demande de suppression d’un revendeur indirect',
  'provider.intro':
    '{reseller}, l’un de vos revendeurs indirects, vous demande de supprimer la relation de revendeur avec ce client.',
  'provider.todo':
    'Que faire : annulez ou suspendez d’abord les abonnements du client, puis dans l’Espace partenaires, accédez à Clients, sélectionnez le client, sélectionnez Compte, puis Supprimer la relation de revendeur.',
  'provider.open': 'Ouvrir l’Espace partenaires',

  'notice.notAllowed.title': 'Action non autorisée',
  'notice.notAllowed.text': 'Vous ne pouvez pas {permission} avec vos rôles : {roles}.',
  'notice.notAllowed.required': 'Il faut l’un de ces rôles : {roles}.',
  'notice.unknownUser.title': 'Vous n’êtes pas dans le fichier des rôles',
  'notice.unknownUser.text':
    'Vous ne figurez pas dans le fichier des rôles : vous ne pouvez donc pas {permission}. Demandez à votre administrateur de vous ajouter.',
  'notice.customerNotFound.title': 'Client introuvable',
  'notice.customerNotFound.text':
    'Aucun client ne correspond à « {query} ». Essayez une partie du nom ou du domaine.',
  'notice.customerNotFound.inviteNew':
    'S’il s’agit d’un nouveau client, invitez-le avec une nouvelle invitation.',
  'notice.customerNotFound.inviteNewButton': 'Inviter un nouveau client',
  'notice.customerQueryMissing.title': 'Quel client ?',
  'notice.customerQueryMissing.audit':
    'Tapez historique suivi du nom, du domaine ou de l’ID de locataire du client.',
  'notice.customerGone.title': 'Client plus répertorié',
  'notice.customerGone.text':
    '{name} ne figure plus dans votre liste de clients. L’Espace partenaires a peut-être changé depuis l’envoi de cette carte.',
  'notice.partnerCenterError.title': 'Erreur de l’Espace partenaires',
  'notice.partnerCenterError.text':
    'L’Espace partenaires a renvoyé une erreur. Rien d’autre n’a été modifié.',
  'notice.partnerCenterError.hint':
    'Si cela se reproduit, communiquez l’ID de corrélation au support Microsoft.',
  'notice.partnerCenterRefused.title': 'L’Espace partenaires a refusé la demande',
  'notice.partnerCenterRefused.text':
    'L’Espace partenaires a refusé cette demande pour le compte avec lequel Reseller Desk se connecte : code {code} (« {description} »), ID de corrélation {correlationId}.',
  'notice.partnerCenterRefused.textNoDescription':
    'L’Espace partenaires a refusé cette demande pour le compte avec lequel Reseller Desk se connecte : code {code}, ID de corrélation {correlationId}.',
  'notice.partnerCenterBusy.title': 'L’Espace partenaires est surchargé',
  'notice.partnerCenterBusy.text':
    'L’Espace partenaires est surchargé pour le moment. Réessayez dans {seconds} secondes.',
  'notice.partnerCenterBusy.textNoDelay':
    'L’Espace partenaires est surchargé pour le moment. Réessayez dans une minute.',
  'notice.partnerCenterUnavailable.title': 'L’Espace partenaires est indisponible',
  'notice.partnerCenterUnavailable.text':
    'L’Espace partenaires est en panne de son côté : il a répondu par une erreur serveur, même après plusieurs essais. Réessayez dans quelques minutes.',
  'notice.storeUnavailable.title': 'Stockage indisponible',
  'notice.staleAction.title': 'Cette carte n’est plus à jour',
  'notice.staleAction.text':
    'Cette carte n’est plus à jour. Relancez la commande pour en obtenir une nouvelle.',
  'notice.resellerCannotRemove.title': 'Seul votre fournisseur indirect peut la supprimer',
  'notice.resellerCannotRemove.text':
    'En tant que revendeur indirect, vous ne pouvez pas supprimer vous-même les relations de revendeur : {provider}, votre fournisseur indirect, doit le faire.',
  'notice.resellerCannotRemove.textNoProvider':
    'En tant que revendeur indirect, vous ne pouvez pas supprimer vous-même les relations de revendeur : votre fournisseur indirect doit le faire.',
  'notice.providerAsked.title': 'Demande envoyée à votre fournisseur',
  'notice.providerAsked.text':
    'J’ai demandé à {provider} de supprimer la relation de revendeur avec {customer}. Il le fait dans l’Espace partenaires.',
  'notice.noProviderChannel.title': 'Fournisseur injoignable ici',
  'notice.noProviderChannel.text':
    'Je ne peux pas joindre {provider} : aucun canal Teams n’est configuré pour lui. Contactez-le directement.',
  'notice.noProvider.title': 'Aucun fournisseur indirect',
  'notice.noProvider.text':
    'Aucun fournisseur indirect n’est configuré pour vous : je ne peux pas transmettre la demande. Demandez à votre administrateur.',
  'notice.notifyOn.title': 'Notifications activées',
  'notice.notifyOn.events':
    'Ce canal recevra les notifications de Reseller Desk : invitations, clients qui ont accepté, demandes de suppression et approbations, résultats.',
  'notice.notifyOn.provider': 'Ce canal recevra les demandes de suppression de vos revendeurs indirects.',
  'notice.notifyOff.title': 'Notifications désactivées',
  'notice.notifyOff.text': 'Ce canal ne recevra plus les notifications de Reseller Desk.',
  'notice.notifyNeedsChannel.title': 'À lancer dans un canal',
  'notice.notifyNeedsChannel.text':
    'Les notifications sont envoyées dans un canal d’équipe ou une conversation de groupe. Lancez cette commande là-bas, dans la conversation qui doit les recevoir.',
  'notice.requestNotFound.title': 'Demande introuvable',
  'notice.requestNotFound.text': 'Je ne trouve pas cette demande de suppression. Rien n’a été modifié.',

  'approval.title': 'Demande de suppression — {customer}',
  'approval.status': 'État : {state}',
  'approval.state.pending': 'En attente d’approbation',
  'approval.state.approved': 'Approuvée',
  'approval.state.scheduled': 'Planifiée',
  'approval.state.executing': 'Suppression en cours',
  'approval.state.completed': 'Supprimée',
  'approval.state.rejected': 'Rejetée',
  'approval.state.cancelled': 'Annulée',
  'approval.state.expired': 'Expirée',
  'approval.state.failed': 'Échec',
  'approval.stateText.pending':
    'Un approbateur doit l’approuver ou la rejeter. Rien n’a encore été supprimé.',
  'approval.stateText.approved': 'La suppression dans l’Espace partenaires va suivre.',
  'approval.stateText.scheduled':
    'Approuvée. La suppression s’exécutera d’elle-même une fois la dernière date bloquante passée, si rien d’autre ne la bloque.',
  'approval.stateText.executing':
    'La relation de revendeur est en cours de suppression dans l’Espace partenaires.',
  'approval.stateText.completed': 'La relation de revendeur a été supprimée dans l’Espace partenaires.',
  'approval.stateText.rejected': 'Rien n’a été supprimé.',
  'approval.stateText.cancelled': 'Le demandeur a retiré sa demande. Rien n’a été supprimé.',
  'approval.stateText.expired': 'Aucun approbateur n’a décidé à temps. Rien n’a été supprimé.',
  'approval.stateText.failed':
    'L’Espace partenaires a refusé la suppression. La relation de revendeur est toujours en place.',
  'approval.requestedAt': 'Demandée le',
  'approval.attestationVersion': 'Version du texte de l’attestation',
  'approval.remediesBefore': 'Fait avant la demande :',
  'approval.remedy.suspend': 'Suspension de {name}',
  'approval.remedy.cancel': 'Annulation de {name}',
  'approval.remedy.cancelSoftwareOrder': 'Annulation de l’achat de logiciel {name}',
  'approval.remedy.autoRenewOff': 'Désactivation du renouvellement automatique de {name}',
  'approval.expiresAt': 'Date limite d’approbation',
  'approval.approvals': 'Approbations : {count} sur {required}',
  'approval.decision.rejected': 'Rejetée par {by} le {at}.',
  'approval.decision.cancelled': 'Annulée par {by} le {at}.',
  'approval.decision.expired': 'Expirée le {at} sans décision.',
  'approval.decision.at': 'Décision prise le {at}.',
  'approval.decisionReason': 'Motif indiqué',
  'approval.execution.started': 'Début de la suppression',
  'approval.execution.finished': 'Fin de la suppression',
  'approval.execution.retrying':
    'L’Espace partenaires n’a pas encore accepté la suppression ; je réessaierai automatiquement. Sa dernière réponse :',
  'approval.execution.error': 'Réponse de l’Espace partenaires :',
  'approval.confirm':
    'Approuver supprime immédiatement la relation de revendeur dans l’Espace partenaires ; cela ne peut pas être annulé d’ici.',
  'approval.button.approve': 'Approuver',
  'approval.rejectLabel': 'Motif du rejet, enregistré avec la demande',
  'approval.rejectPlaceholder': 'Par exemple : le client a encore des commandes en cours chez nous',
  'approval.rejectError': 'Indiquez un motif de 500 caractères au maximum pour rejeter la demande.',
  'approval.button.reject': 'Rejeter',
  'approval.note.ownRequest': 'Vous avez demandé cette suppression ; un autre approbateur doit décider.',
  'approval.note.alreadyApproved':
    'Vous avez approuvé cette demande. Approbations encore nécessaires : {count}.',
  'approval.requester':
    'Vous avez demandé cette suppression. Vous pouvez la retirer tant qu’elle attend un approbateur.',
  'approval.button.cancel': 'Annuler la demande',
  'approval.readOnly': 'Seuls les approbateurs peuvent approuver ou rejeter cette demande.',
  'approval.button.refresh': 'Actualiser',

  'event.invitationRecorded.title': 'Invitation enregistrée',
  'event.invitationRecorded.existing': '{by} a enregistré une invitation pour {customer}.',
  'event.invitationRecorded.new': '{by} a enregistré une invitation pour un nouveau client.',
  'event.invitationRecorded.newWithProvider':
    '{by} a enregistré une invitation pour un nouveau client, avec le fournisseur indirect {provider}.',
  'event.invitationRecorded.next':
    'Le client apparaîtra dans votre liste de clients une fois qu’il aura accepté.',
  'event.customerAccepted.title': 'Client ayant accepté',
  'event.customerAccepted.text':
    '{customer} a accepté la relation de revendeur et figure maintenant dans votre liste de clients.',
  'event.customerAccepted.invitedBy': 'Invité par {by}.',
  'event.removalDecided.approved.title': 'Suppression approuvée',
  'event.removalDecided.approved':
    '{by} a approuvé la suppression de la relation de revendeur avec {customer}. La suppression dans l’Espace partenaires va suivre.',
  'event.removalDecided.approvedNoBy':
    'La suppression de la relation de revendeur avec {customer} a été approuvée. La suppression dans l’Espace partenaires va suivre.',
  'event.removalDecided.rejected.title': 'Suppression rejetée',
  'event.removalDecided.rejected':
    '{by} a rejeté la demande de suppression pour {customer}. Rien n’a été supprimé.',
  'event.removalDecided.rejectedNoBy':
    'La demande de suppression pour {customer} a été rejetée. Rien n’a été supprimé.',
  'event.removalDecided.expired.title': 'Demande de suppression expirée',
  'event.removalDecided.expired':
    'La demande de suppression pour {customer} a expiré sans décision. Rien n’a été supprimé.',
  'event.removalDecided.cancelled.title': 'Demande de suppression annulée',
  'event.removalDecided.cancelled':
    '{by}, qui l’avait demandée, a annulé la demande de suppression pour {customer}. Rien n’a été supprimé.',
  'event.removalDecided.cancelledNoBy':
    'Le demandeur a annulé la demande de suppression pour {customer}. Rien n’a été supprimé.',
  'event.removalExecuted.title': 'Relation de revendeur supprimée',
  'event.removalExecuted.text':
    'La relation de revendeur avec {customer} a été supprimée dans l’Espace partenaires.',
  'event.removalFailed.title': 'Échec de la suppression',
  'event.removalFailed.text':
    'L’Espace partenaires a refusé de supprimer la relation de revendeur avec {customer}. La relation est toujours en place.',
  'event.removalFailed.todo':
    'Que faire : vérifiez à nouveau ce qui bloque la suppression pour ce client, corrigez-le, puis redemandez la suppression.',
  'event.removalScheduled.title': 'Suppression planifiée',
  'event.removalScheduled.text':
    'La suppression de la relation de revendeur avec {customer} est approuvée et planifiée pour le {date}, une fois passée la dernière date qui la bloque. Elle s’exécutera alors d’elle-même si rien d’autre ne la bloque.',
  'event.removalScheduled.autoRenewOff':
    'Le renouvellement automatique est désormais désactivé pour {names} : leur engagement prendra fin au lieu de se renouveler.',
  'event.removalScheduled.autoRenewFailed':
    'Le renouvellement automatique n’a pas pu être désactivé pour {names} : ils se renouvelleraient et bloqueraient la suppression. Désactivez-le dans l’Espace partenaires.',
  'event.removalReminder.title': 'Suppression planifiée imminente',
  'event.removalReminder.days':
    'La suppression de la relation de revendeur avec {customer} est planifiée pour le {date}, dans {days} jours.',
  'event.removalReminder.tomorrow':
    'La suppression de la relation de revendeur avec {customer} est planifiée pour le {date}, demain.',
  'event.removalReminder.check':
    'Rien à faire si rien de nouveau n’a été acheté pour ce client ; pour l’arrêter, annulez la demande.',
  'event.removalStillBlocked.title': 'Suppression planifiée toujours bloquée',
  'event.removalStillBlocked.failedTitle': 'Échec de la suppression planifiée',
  'event.removalStillBlocked.text':
    'Le jour prévu, la suppression de la relation de revendeur avec {customer} est bloquée par :',
  'event.removalStillBlocked.waiting':
    'Elle reste en attente et sera vérifiée toutes les 6 heures : corrigez ce qui la bloque ou annulez la demande.',
  'event.removalStillBlocked.failed':
    'Comme choisi lors de la demande, celle-ci a échoué. Rien n’a été supprimé.',
  'event.cancellationWindow.title': 'Fin prochaine de la fenêtre d’annulation',
  'event.cancellationWindow.text':
    '{commerce} : l’abonnement {subscription} de {customer} ne peut être annulé que jusqu’au {date}.',
  'event.cancellationWindow.after':
    'Ensuite, il ne pourra plus être annulé avant la fin de sa période, et la suppression devra attendre jusque-là.',

  'requests.title': 'Demandes de suppression',
  'requests.none': 'Aucune demande de suppression.',
  'requests.scheduledFor': 's’exécute le {date}',
  'requests.requestedBy': 'demandée par {by} le {at}',
  'requests.button.decide': 'Examiner et décider',
  'requests.button.open': 'Ouvrir',
  'requests.requestId': 'Demande {id}',
  'requests.shown': '{shown} demandes affichées sur {total}.',

  'audit.title': 'Historique de {customer}',
  'audit.none': 'Rien n’est encore enregistré pour ce client.',
  'audit.shown': '{shown} entrées affichées sur {total}, les plus récentes d’abord.',
  'audit.action.invitation.drafted': 'A préparé un e-mail d’invitation',
  'audit.action.invitation.recorded': 'A enregistré une invitation',
  'audit.action.customer.accepted': 'Le client a accepté l’invitation',
  'audit.action.subscription.suspended': 'A suspendu un abonnement',
  'audit.action.subscription.cancelled': 'A annulé un abonnement',
  'audit.action.softwareOrder.cancelled': 'A annulé une commande de logiciel',
  'audit.action.subscription.autoRenewOff': 'A désactivé le renouvellement automatique d’un abonnement',
  'audit.action.remedy.failed':
    'Échec de la suspension, de l’annulation ou de la désactivation du renouvellement automatique',
  'audit.action.removal.requested': 'A demandé la suppression',
  'audit.action.removal.providerAsked': 'A demandé au fournisseur indirect de la supprimer',
  'audit.action.removal.approval': 'A approuvé la suppression',
  'audit.action.removal.approved': 'La suppression a été approuvée',
  'audit.action.removal.scheduled': 'La suppression a été planifiée à sa date',
  'audit.action.removal.stillBlocked': 'Le jour prévu, quelque chose bloquait encore la suppression',
  'audit.action.removal.rejected': 'A rejeté la suppression',
  'audit.action.removal.cancelled': 'A annulé la demande de suppression',
  'audit.action.removal.expired': 'La demande de suppression a expiré',
  'audit.action.removal.executing': 'La suppression a commencé dans l’Espace partenaires',
  'audit.action.removal.completed': 'La relation de revendeur a été supprimée',
  'audit.action.removal.failed': 'La suppression a échoué',
  'audit.action.audit.exported': 'A exporté l’historique',
  'audit.detail.invitationId': 'ID d’invitation',
  'audit.detail.target': 'Invitation pour',
  'audit.detail.unofficialUrl': 'Lien non officiel',
  'audit.detail.withProvider': 'Avec le fournisseur indirect',
  'audit.detail.id': 'ID',
  'audit.detail.name': 'Nom',
  'audit.detail.remedy': 'Action',
  'audit.detail.provider': 'Fournisseur indirect',
  'audit.detail.delivered': 'Remise',

  'email.subject': '{partner} vous invite à une relation de revendeur dans l’Espace partenaires Microsoft',
  'email.subjectWithProvider':
    '{partner} et {provider} vous invitent à une relation de revendeur dans l’Espace partenaires Microsoft',
  'email.greeting': 'Bonjour,',
  'email.intro':
    '{partner} vous invite à nous autoriser comme revendeur Microsoft Cloud Solution Provider. Cela nous permet de gérer en votre nom vos abonnements, licences et utilisateurs Microsoft.',
  'email.introWithProvider':
    '{partner} vous invite à nous autoriser, nous et notre fournisseur indirect {provider}, comme revendeurs Microsoft Cloud Solution Provider. Cela nous permet de gérer en votre nom vos abonnements, licences et utilisateurs Microsoft, et permet à {provider} de passer des commandes pour vous.',
  'email.action':
    'Pour accepter, ouvrez ce lien et suivez les étapes dans le Centre d’administration Microsoft 365 :',
  'email.conditions':
    'Vous devez être administrateur général du locataire Microsoft de votre organisation pour accepter. Si votre organisation n’a pas encore accepté le Contrat client Microsoft, il vous sera demandé de l’accepter.',
  'email.questions': 'Pour toute question, répondez simplement à cet e-mail.',
  'email.closing': 'Cordialement,',
  // Evidence packs (the page bot/evidence/evidencePage.ts serves) and audit exports
  'evidence.button': 'Ouvrir le dossier de preuves',
  'evidence.title': 'Dossier de preuves : suppression de la relation de revendeur avec {customer}',
  'evidence.generated': 'Établi par Reseller Desk à partir de ses enregistrements le {at}.',
  'evidence.json': 'Le même en JSON',
  'evidence.section.request': 'La demande',
  'evidence.section.before': 'Le client au moment de la demande',
  'evidence.section.remedies': 'Ce qui a été fait avant la suppression',
  'evidence.section.attestation': 'L’attestation',
  'evidence.section.approvals': 'Approbations',
  'evidence.section.removal': 'La suppression dans Partner Center',
  'evidence.section.after': 'L’état après',
  'evidence.section.trail': 'Les entrées de l’historique',
  'evidence.before.none':
    'Aucun instantané n’a été enregistré : la demande date d’avant leur conservation par Reseller Desk.',
  'evidence.before.subscriptions': 'Abonnements ({count})',
  'evidence.before.more': '{count} autres abonnements ne sont pas listés.',
  'evidence.before.blockers': 'Bloquait encore',
  'evidence.before.notices': 'À noter',
  'evidence.before.gdap': 'Relations GDAP',
  'evidence.before.otherPartners': 'Autres partenaires',
  'evidence.before.checkedAt': 'Lu dans Partner Center',
  'evidence.remedies.none': 'Aucune suspension ni résiliation n’a été enregistrée pour cette demande.',
  'evidence.remedy.done': 'Fait',
  'evidence.remedy.failed': 'Refusé, erreur {code}',
  'evidence.col.time': 'Heure',
  'evidence.col.by': 'Par',
  'evidence.col.action': 'Action',
  'evidence.col.target': 'Abonnement ou commande',
  'evidence.col.answer': 'Réponse de Partner Center',
  'evidence.col.name': 'Nom',
  'evidence.col.status': 'Statut',
  'evidence.col.commerce': 'Type',
  'evidence.col.id': 'ID',
  'evidence.col.details': 'Détails',
  'evidence.col.hash': 'Empreinte (SHA-256)',
  'evidence.attestation.by': 'Attesté par',
  'evidence.attestation.at': 'Attesté le',
  'evidence.attestation.text': 'Texte accepté',
  'evidence.attestation.otherVersion':
    'Reseller Desk ne conserve plus le texte de cette version ; la version le désigne.',
  'evidence.approvals.required': 'Approbations requises',
  'evidence.approvals.none': 'Aucune approbation n’a été enregistrée.',
  'evidence.removal.none': 'La suppression n’a jamais été envoyée à Partner Center.',
  'evidence.removal.msRequestId': 'MS-RequestId',
  'evidence.removal.attempts': 'Tentatives',
  'evidence.removal.started': 'Première tentative',
  'evidence.removal.lastAttempt': 'Dernière tentative',
  'evidence.removal.finished': 'Terminée',
  'evidence.removal.confirmedBy': 'Confirmée par',
  'evidence.confirmedBy.answer': 'La réponse de Partner Center à la suppression',
  'evidence.confirmedBy.reRead': 'Une nouvelle lecture du client après l’appel',
  'evidence.after.relationshipNone':
    'Partner Center a répondu à la suppression qu’il ne reste aucune relation (relationshipToPartner none).',
  'evidence.after.relationshipGone':
    'La lecture du client dans Partner Center après l’appel n’a trouvé aucune relation de revendeur.',
  'evidence.after.error': 'Partner Center n’a pas supprimé la relation. Sa dernière réponse :',
  'evidence.integrity.ok':
    'La chaîne d’empreintes de l’historique de ce client est intacte : {count} entrées vérifiées.',
  'evidence.integrity.unverified':
    '{count} entrées plus anciennes datent d’avant la chaîne et ne peuvent pas être vérifiées.',
  'evidence.integrity.broken':
    'La chaîne d’empreintes de l’historique de ce client est rompue à l’entrée {index} : {problem}',
  'evidence.integrity.changed': 'une entrée a été modifiée.',
  'evidence.integrity.missing': 'une entrée manque.',
  'evidence.integrity.reordered': 'des entrées ne sont plus dans l’ordre.',
  'evidence.integrity.unreadable': 'l’historique est illisible.',
  'evidence.trail.none': 'Aucune entrée de l’historique ne cite cette demande.',
  'evidence.denied.title': 'Ce lien ne fonctionne pas',
  'evidence.denied.text':
    'Ce lien n’a pas été créé par Reseller Desk, ou il a été modifié. Rien n’est affiché.',
  'evidence.expired.title': 'Ce lien a expiré',
  'evidence.expired.text':
    'Demandez un nouveau lien à Reseller Desk : ouvrez la demande depuis demandes, ou relancez l’export.',
  'evidence.notFound.title': 'Rien à afficher',
  'evidence.notFound.text':
    'Cette demande n’existe pas ou n’est pas terminée : un dossier de preuves existe une fois la suppression effectuée ou échouée.',
  'auditExport.title': 'Export de l’historique',
  'auditExport.period':
    'Les entrées de l’historique de tous les clients du {from} au {to} (jours UTC, inclus).',
  'auditExport.validUntil':
    'Les liens fonctionnent jusqu’au {date}. Quiconque les détient peut télécharger les entrées : ne les partagez qu’avec les personnes autorisées à consulter l’historique.',
  'auditExport.csv': 'Télécharger le CSV',
  'auditExport.json': 'Télécharger le JSON',
  'auditExport.usage':
    'Tapez {example} : deux jours au format aaaa-mm-jj, le premier au plus tard le second, {days} jours au plus en tout.',
  'auditExport.invalid.format': 'Ce ne sont pas deux dates au format aaaa-mm-jj.',
  'auditExport.invalid.order': 'Le premier jour est après le second.',
  'auditExport.invalid.tooLong': 'La période dépasse {days} jours.',
  'auditExport.unavailable': 'Je ne peux pas créer de liens : aucune clé de signature n’est configurée.',
  // GDAP health (`gdap`), its weekly digest, and the GDAP section of the customer card
  'command.gdap.description':
    'Santé GDAP : relations finissant bientôt ou non prolongeables, GDAP sans relation de revendeur, clients sans GDAP.',
  'gdap.title': 'Santé des relations GDAP',
  'gdap.checked': 'Vérification',
  'gdap.activeRelationships': 'Relations GDAP actives',
  'gdap.customers': 'Clients de votre liste',
  'gdap.section.endingSoon': 'Se terminent dans les 30 jours',
  'gdap.section.endingSoon.note':
    'Relations actives dont la date de fin est dans les 30 jours. Celles qui ne sont pas prolongées automatiquement prennent fin à cette date : demandez au client d’en approuver une nouvelle avant.',
  'gdap.section.cannotAutoExtend': 'Prolongation automatique impossible',
  'gdap.section.cannotAutoExtend.note':
    'Elles comportent le rôle Administrateur général, que Microsoft ne prolonge pas automatiquement : chacune prend fin à sa date de fin. Préférez une relation avec moins de rôles.',
  'gdap.section.notCustomers': 'GDAP sans relation de revendeur',
  'gdap.section.notCustomers.note':
    'Relations GDAP actives avec un locataire client qui ne figure pas dans votre liste de clients.',
  'gdap.section.withoutGdap': 'Clients sans GDAP',
  'gdap.section.withoutGdap.note':
    'Clients de votre liste sans relation GDAP active : leur locataire ne peut pas être administré par GDAP.',
  'gdap.none': 'Aucune.',
  'gdap.more': 'Et {count} de plus.',
  'gdap.failed':
    'Microsoft Graph n’a pas pu être lu : le rapport ne peut pas être établi pour l’instant. Réessayez plus tard.',
  'gdap.unavailable':
    'La santé GDAP n’est pas disponible ici, car Microsoft Graph n’est pas configuré pour Reseller Desk. Vérifiez les relations GDAP dans l’Espace partenaires.',
  'gdap.autoExtend.extends': 'prolongée automatiquement de 6 mois',
  'gdap.autoExtend.off': 'pas de prolongation automatique',
  'gdap.autoExtend.notPossible': 'prolongation automatique impossible (Administrateur général)',
  'gdapStatus.activating': 'Activation en cours',
  'gdapStatus.active': 'Active',
  'gdapStatus.approvalPending': 'En attente d’approbation',
  'gdapStatus.approved': 'Approuvée',
  'gdapStatus.created': 'Créée',
  'gdapStatus.expired': 'Expirée',
  'gdapStatus.expiring': 'En cours d’expiration',
  'gdapStatus.terminated': 'Résiliée',
  'gdapStatus.terminating': 'Résiliation en cours',
  'gdapStatus.terminationRequested': 'Résiliation demandée',
  'entraRole.globalAdministrator': 'Administrateur général',
  'entraRole.globalReader': 'Lecteur général',
  'entraRole.userAdministrator': 'Administrateur d’utilisateurs',
  'entraRole.helpdeskAdministrator': 'Administrateur du support technique',
  'entraRole.directoryReaders': 'Lecteurs de répertoire',
  'entraRole.directoryWriters': 'Enregistreurs de répertoire',
  'entraRole.licenseAdministrator': 'Administrateur de licences',
  'entraRole.serviceSupportAdministrator': 'Administrateur du support de service',
  'entraRole.privilegedRoleAdministrator': 'Administrateur de rôle privilégié',
  'entraRole.securityAdministrator': 'Administrateur de la sécurité',
  'entraRole.exchangeAdministrator': 'Administrateur Exchange',
  'entraRole.billingAdministrator': 'Administrateur de facturation',
  'details.gdapWarnEndsSoon':
    'Se termine dans les 30 jours sans prolongation automatique : demandez au client d’approuver une nouvelle relation, ou activez la prolongation automatique dans l’Espace partenaires.',
  'details.gdapWarnGlobalAdmin':
    'Comporte le rôle Administrateur général, que Microsoft ne prolonge pas automatiquement : elle prend fin à sa date de fin.',
  'details.gdapWarnGlobalAdminEndsSoon':
    'Se termine dans les 30 jours et comporte le rôle Administrateur général, que Microsoft ne prolonge pas automatiquement : d’ici là, demandez au client d’approuver une nouvelle relation avec moins de rôles.',
  'event.gdapDigest.title': 'Contrôle GDAP hebdomadaire',
  'event.gdapDigest.text': 'Ce qui demande votre attention dans vos relations GDAP cette semaine :',
  'event.gdapDigest.allClear': 'Rien dans vos relations GDAP ne demande votre attention cette semaine.',
  'event.gdapDigest.next': 'Tapez gdap pour voir tous les points relevés.',
  'fact.decidedBy': 'Décidé par',
  'gdapEnd.reasonLabel': 'Motif de la fin, enregistré avec la demande',
  'gdapEnd.reasonPlaceholder': 'Par exemple : le client administre désormais lui-même son locataire',
  'gdapEnd.relationshipsHeading': 'Relations GDAP de ce client',
  'evidence.after.kept':
    'La relation de revendeur ne faisait pas partie de cette demande : elle est conservée.',
  'evidence.section.gdap': 'Relations GDAP terminées via Microsoft Graph',
  'evidence.gdap.relationship': 'Relation',
  'evidence.gdap.status': 'Dernier statut lu',
  'evidence.gdap.requested': 'Fin acceptée',
  'evidence.gdap.confirmed': 'Lue comme terminée',
  'evidence.gdap.graphRequestId': 'ID de requête Graph',
  'gdapEnd.confirm':
    'Approuver met fin tout de suite aux relations GDAP choisies via Microsoft Graph. C’est irréversible : une nouvelle relation demande l’approbation du client.',
  'gdapEnd.confirmWithRemoval':
    'Approuver supprime tout de suite la relation de revendeur dans l’Espace partenaires, puis met fin aux relations GDAP choisies ; rien de cela ne peut être annulé d’ici.',
  'gdapEnd.note.ownRequest': 'Vous avez demandé cette fin de GDAP ; un autre approbateur doit décider.',
  'gdapEnd.requester':
    'Vous avez demandé cette fin de GDAP. Vous pouvez la retirer tant qu’elle attend un approbateur.',
  'fact.week': 'Semaine',
  'gdapEnd.choiceHeading': 'Mettre fin aussi aux relations GDAP',
  'gdapEnd.choiceIntro':
    'La suppression de la relation de revendeur ne met pas fin à GDAP. Choisissez les relations à terminer une fois la suppression confirmée ; l’approbateur voit votre choix.',
  'gdapEnd.choiceLabel': 'Relations GDAP à terminer',
  'gdapEnd.stale': 'Une relation GDAP choisie n’est plus active. Vérifiez la liste et choisissez à nouveau.',
  'gdapEnd.title': 'Demande de fin de GDAP — {customer}',
  'gdapEnd.requestedTitle': 'Fin de GDAP demandée',
  'gdapEnd.heading.planned': 'Relations GDAP à terminer après la suppression :',
  'gdapEnd.heading.plannedAlone': 'Relations GDAP à terminer (la relation de revendeur est conservée) :',
  'gdapEnd.heading.progress': 'Relations GDAP :',
  'gdapEnd.outcome.pending': 'pas encore terminée',
  'gdapEnd.outcome.requested': 'fin demandée ; Microsoft Graph indique {status}',
  'gdapEnd.outcome.terminated': 'terminée le {at}, d’après Microsoft Graph',
  'gdapEnd.outcome.failed': 'non terminée : {code}, {description}',
  'gdapEnd.removedAt': 'Relation de revendeur supprimée le {at}, confirmé par l’Espace partenaires.',
  'gdapEnd.state.executing': 'Fin en cours',
  'gdapEnd.state.completed': 'Terminée',
  'gdapEnd.stateText.pending': 'Un approbateur doit l’approuver ou la rejeter. Rien n’a encore été terminé.',
  'gdapEnd.stateText.approved': 'Les relations GDAP vont être terminées via Microsoft Graph.',
  'gdapEnd.stateText.executing': 'Les relations GDAP sont en cours de fin via Microsoft Graph.',
  'gdapEnd.stateText.completed': 'Chaque relation GDAP choisie a été terminée, d’après Microsoft Graph.',
  'gdapEnd.stateText.rejected': 'Rien n’a été terminé.',
  'gdapEnd.stateText.cancelled': 'Le demandeur a retiré la demande. Rien n’a été terminé.',
  'gdapEnd.stateText.expired': 'Aucun approbateur n’a décidé à temps. Rien n’a été terminé.',
  'gdapEnd.stateText.failed': 'Certaines relations GDAP n’ont pas pu être terminées : voir ci-dessous.',
  'gdapEnd.stateText.removedExecuting':
    'La relation de revendeur a été supprimée ; les relations GDAP sont en cours de fin via Microsoft Graph.',
  'gdapEnd.stateText.removedThenFailed':
    'La relation de revendeur a été supprimée, mais certaines relations GDAP n’ont pas pu être terminées : voir ci-dessous.',
  'gdapEnd.stateText.removedCompleted':
    'La relation de revendeur a été supprimée dans l’Espace partenaires et chaque relation GDAP choisie a été terminée, d’après Microsoft Graph.',
  'gdapEnd.cardTitle': 'Mettre fin aux relations GDAP — {customer}',
  'gdapEnd.cardIntro':
    'Mettre fin à une relation GDAP retire les rôles d’administration qu’elle donne à vos groupes de sécurité dans le locataire du client. C’est irréversible : une nouvelle relation demande l’approbation du client. La relation de revendeur est conservée. Un approbateur décide.',
  'gdapEnd.confirmLabel': 'Confirmation',
  'gdapEnd.confirmToggle':
    'Je comprends que notre accès d’administration par ces relations prend fin et ne peut être rétabli sans le client.',
  'gdapEnd.button.request': 'Demander la fin',
  'gdapEnd.refusal.role':
    'Votre rôle ne permet pas de demander la fin d’une relation GDAP ; les rôles qui peuvent demander une suppression le peuvent.',
  'gdapEnd.refusal.unavailable':
    'Microsoft Graph n’a pas pu être lu : les relations GDAP ne peuvent pas être terminées d’ici pour le moment.',
  'gdapEnd.refusal.noActive': 'Ce client n’a aucune relation GDAP active à terminer.',
  'gdapEnd.refusal.pendingRequest':
    'Une demande est déjà ouverte pour ce client ({id}) : décidez-en ou retirez-la d’abord.',
  'gdapEnd.problem.noneChosen': 'Choisissez au moins une relation à terminer.',
  'gdapEnd.problem.notConfirmed': 'Cochez la confirmation pour demander la fin.',
  'details.button.endGdap': 'Mettre fin aux relations GDAP…',
  'event.gdapEnd.decided.title': 'Demande de fin de GDAP',
  'event.gdapEnd.decided.text': 'La demande de fin des relations GDAP de {customer} : {state}.',
  'event.gdapEnd.ended.title': 'Relations GDAP terminées',
  'event.gdapEnd.ended.text':
    'Les relations GDAP de {customer} choisies dans la demande ont été terminées, d’après Microsoft Graph :',
  'event.gdapEnd.endedToo': 'Relations GDAP terminées aussi, d’après Microsoft Graph :',
  'event.gdapEnd.failed.title': 'Relations GDAP non terminées',
  'event.gdapEnd.failed.text': 'Certaines relations GDAP de {customer} n’ont pas pu être terminées.',
  'event.gdapEnd.failed.removed':
    'La relation de revendeur avec {customer} a été supprimée, mais certaines relations GDAP n’ont pas pu être terminées.',
  'event.gdapEnd.failed.todo':
    'Terminez-les dans l’Espace partenaires (relations d’administration du client) ou redemandez-le depuis la fiche du client.',
  'audit.action.removal.removed': 'Relation de revendeur supprimée (GDAP ensuite)',
  'audit.action.gdap.terminationRequested': 'Fin de GDAP demandée',
  'audit.action.gdap.terminated': 'Relation GDAP terminée',
  'audit.action.gdap.terminationFailed': 'Échec de la fin de GDAP',
};

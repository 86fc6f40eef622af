import type { Strings } from './en';

export const fr: Strings = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'Je vous aide à gérer vos relations de revendeur avec vos clients dans l’Espace partenaires. Voici ce que vous pouvez me demander :',
  'help.unknownCommand': 'Je ne connais pas cette commande :',
  'help.footer': 'Tapez aide à tout moment pour revoir cette liste.',
  'command.help.description': 'Afficher ce que vous pouvez faire ici.',
  'error.generic': 'Un problème est survenu de mon côté. Rien n’a été modifié ; veuillez réessayer.',
  'error.storeUnavailable':
    'Je n’arrive pas à joindre mon stockage pour le moment. Rien n’a été modifié ; réessayez dans une minute.',
};

import type { Strings } from './en';

export const hu: Strings = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'Segítek kezelni az ügyfeleiddel fennálló viszonteladói kapcsolatokat a Partnerközpontban. Ezeket kérheted tőlem:',
  'help.unknownCommand': 'Ezt a parancsot nem ismerem:',
  'help.footer': 'Írd be bármikor, hogy súgó, és újra megmutatom ezt a listát.',
  'command.help.description': 'Megmutatja, mit tehetsz itt.',
  'error.generic': 'Hiba történt nálam. Semmi sem változott; kérlek, próbáld újra.',
  'error.storeUnavailable':
    'Most nem érem el az adattáramat. Semmi sem változott; kérlek, próbáld újra egy perc múlva.',
};

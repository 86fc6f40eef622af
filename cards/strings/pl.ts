import type { Strings } from './en';

export const pl: Strings = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'Pomagam zarządzać relacjami odsprzedawcy z klientami w Centrum partnerskim. Oto, o co możesz mnie poprosić:',
  'help.unknownCommand': 'Nie znam tego polecenia:',
  'help.footer': 'Wpisz pomoc w dowolnym momencie, aby ponownie zobaczyć tę listę.',
  'command.help.description': 'Pokaż, co możesz tutaj zrobić.',
  'error.generic': 'Coś poszło nie tak po mojej stronie. Nic nie zostało zmienione; spróbuj ponownie.',
  'error.storeUnavailable':
    'Nie mogę teraz połączyć się z magazynem danych. Nic nie zostało zmienione; spróbuj ponownie za minutę.',
};

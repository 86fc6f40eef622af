/** English strings: the reference set. Every other locale must have exactly these keys. */
export const en = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'I help you manage reseller relationships with your customers in Partner Center. Here is what you can ask me:',
  'help.unknownCommand': 'I do not know this command:',
  'help.footer': 'Type help at any time to see this list again.',
  'command.help.description': 'Show what you can do here.',
  'error.generic': 'Something went wrong on my side. Nothing was changed; please try again.',
  'error.storeUnavailable':
    'I cannot reach my storage right now. Nothing was changed; please try again in a minute.',
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

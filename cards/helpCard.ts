/** The help card: who you are, what you can ask, in your language; also the answer to an unknown command. */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { roleList } from './format';
import { runs } from './richText';
import { text, type StringKey } from './strings';
import template from './templates/help.json';
import type { CommandName, HelpView } from './views';

export type { HelpView };

const MAX_ECHO_LENGTH = 200;

const DESCRIPTIONS = {
  help: 'command.help.description',
  customers: 'command.customers.description',
  customer: 'command.customer.description',
  invite: 'command.invite.description',
  inviteNew: 'command.inviteNew.description',
  inviteNewWithProvider: 'command.inviteNewWithProvider.description',
  requests: 'command.requests.description',
  audit: 'command.audit.description',
  auditExport: 'command.auditExport.description',
  gdap: 'command.gdap.description',
  notify: 'command.notify.description',
  remove: 'command.remove.description',
} as const satisfies Record<CommandName, StringKey>;

export function buildHelpCard(view: HelpView): AdaptiveCardJson {
  const { locale, user } = view;
  const echo = view.unknownInput?.trim() ?? '';
  const describe = (command: HelpView['commands'][number]) => ({
    usage: command.usage,
    description: text(locale, DESCRIPTIONS[command.name]),
  });
  const allowed = (name: CommandName) =>
    view.commands.some((command) => command.name === name && command.allowed);
  return expandCardTemplate('help', template, {
    title: text(locale, 'help.title'),
    unknownLabel: text(locale, 'help.unknownCommand'),
    unknownInput: echo.length > MAX_ECHO_LENGTH ? `${echo.slice(0, MAX_ECHO_LENGTH)}…` : echo,
    greeting:
      user.roles.length > 0
        ? runs(locale, 'help.greeting', { name: user.name, roles: roleList(locale, user.roles) }, ['name'])
        : runs(locale, 'help.greetingNoRoles', { name: user.name }, ['name']),
    approver: user.approver && user.roles.length > 0,
    approverText: text(locale, 'help.approver'),
    intro: text(locale, 'help.intro'),
    commands: view.commands.filter((command) => command.allowed).map(describe),
    otherHeading: text(locale, 'help.otherCommands'),
    otherCommands: view.commands.filter((command) => !command.allowed).map(describe),
    needsRole: text(locale, 'help.needsRole'),
    footer: text(locale, 'help.footer'),
    canListCustomers: allowed('customers'),
    customersTitle: text(locale, 'help.button.customers'),
    canInviteNew: allowed('inviteNew'),
    inviteNewTitle: text(locale, 'help.button.inviteNew'),
  });
}

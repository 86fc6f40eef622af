/**
 * Runs a parsed command: the one place a typed command (or the help card's `command.run` button)
 * meets its flow.
 */
import type { TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { customerDetailsCard, customerPicker, withResolvedCustomer } from '../flows/customerFlows';
import { gdapHealthCard } from '../flows/gdapFlow';
import { helpCard, unknownCommand } from '../flows/helpFlow';
import { startInvitation } from '../flows/invitationFlows';
import { notifyCommand } from '../flows/notifyFlow';
import { removalPreflight } from '../flows/removalFlows';
import type { FlowDependencies, Turn } from '../flows/turn';
import { auditExport, auditTrail, requestList } from '../flows/workflowFlows';
import type { ParsedCommand } from './parseCommand';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function runCommand(
  deps: FlowDependencies,
  turn: Turn,
  parsed: ParsedCommand,
  context: TurnContext,
): Promise<AdaptiveCardJson> {
  if (parsed.kind === 'unknown') return unknownCommand(deps, turn, parsed.text);
  switch (parsed.id) {
    case 'help':
      return helpCard(turn, deps.services.partner);
    case 'customers':
      return customerPicker(deps, turn, parsed.args);
    case 'customer':
      return withResolvedCustomer(deps, turn, parsed.args, 'customer', (c) =>
        customerDetailsCard(deps, turn, c.id),
      );
    case 'invite':
      if (parsed.invite !== 'existing') return startInvitation(deps, turn, { kind: parsed.invite });
      return withResolvedCustomer(deps, turn, parsed.args, 'invite', (c) =>
        startInvitation(deps, turn, { kind: 'existing', customerId: c.id }),
      );
    case 'remove':
      return withResolvedCustomer(deps, turn, parsed.args, 'remove', (c) =>
        removalPreflight(deps, turn, c.id),
      );
    case 'requests':
      return requestList(deps, turn);
    case 'audit': {
      if (parsed.exportDays) return auditExport(deps, turn, parsed.exportDays);
      // A customer whose relationship ended is no longer in the list: its tenant id still finds the trail.
      const id = parsed.args.trim();
      if (GUID.test(id) && !(await deps.services.directory.byId(id).catch(() => undefined))) {
        return auditTrail(deps, turn, { id, name: id });
      }
      return withResolvedCustomer(deps, turn, parsed.args, 'audit', (c) => auditTrail(deps, turn, c));
    }
    case 'gdap':
      return gdapHealthCard(deps, turn);
    case 'notify':
      return notifyCommand(deps, turn, context, parsed.notify, parsed.args);
  }
}

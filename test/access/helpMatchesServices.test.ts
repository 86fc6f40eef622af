/**
 * The help card's "what you can do" is what the services allow: for every role, with and without the
 * approver flag, for a user not in the roles file, as a direct partner and as an indirect reseller,
 * every command help offers is allowed by the service behind it and every one it withholds is refused
 * by that service with `notAllowed` (services/access/policy.ts).
 */
import assert from 'node:assert/strict';
import { PARTNER_ROLES, type Member } from '../../services/access/partnerRoles';
import { commandsOffered, DESK_COMMANDS, type DeskCommand } from '../../services/access/policy';
import { ChannelRegistry } from '../../services/notifications/channelRegistry';
import { chooseNotificationChannel } from '../../services/notifications/notificationChoice';
import { customerDetails } from '../../services/relationships/customerDetails';
import type { Composer } from '../../services/relationships/invitationService';
import {
  actorOf,
  allowed,
  globalAdmin,
  member,
  resellerFixture,
  startDesk,
  type DeskHarness,
} from '../helpers/deskHarness';

const compose: Composer = ({ url }) => ({ subject: 'Invitation', body: url });

/** Whether the service behind a command lets this member through (any answer but `notAllowed`). */
type ServiceCall = (
  desk: DeskHarness,
  who: Member | undefined,
  customerId: string,
) => Promise<{ ok: boolean }>;

const SERVICE_OF: Record<DeskCommand, ServiceCall | undefined> = {
  help: undefined,
  customers: (desk, who) => desk.services.directory.search(who, '', 15),
  customer: (desk, who, customerId) => customerDetails(desk.services, who, customerId),
  invite: (desk, who, customerId) =>
    desk.services.invitations.draft(
      actorOf(who ?? globalAdmin),
      who,
      { kind: 'existing', customerId },
      compose,
    ),
  inviteNew: (desk, who) =>
    desk.services.invitations.draft(actorOf(who ?? globalAdmin), who, { kind: 'new' }, compose),
  inviteNewWithProvider: (desk, who) =>
    desk.services.invitations.draft(actorOf(who ?? globalAdmin), who, { kind: 'newWithProvider' }, compose),
  remove: (desk, who, customerId) => desk.services.removal.preflight(who, customerId),
  requests: (desk, who) => desk.services.workflow.list(who),
  audit: (desk, who, customerId) => desk.services.audit.list(who, customerId),
  auditExport: (desk, who) =>
    desk.services.evidence.requestExport(actorOf(who ?? globalAdmin), who, '2025-01-01', '2025-01-31', 'en'),
  gdap: (desk, who) => desk.services.gdapHealth.report(who),
  notify: (desk, who) =>
    chooseNotificationChannel(new ChannelRegistry(desk.store), who, 'here', {
      reference: {
        serviceUrl: 'https://smba.example/',
        channelId: 'msteams',
        conversation: { id: '19:help@thread.tacv2', conversationType: 'channel' },
        bot: { id: '28:bot' },
      },
      registeredBy: { name: who?.name ?? 'nobody' },
      locale: 'en',
    }),
};

function refusedForRole(outcome: { ok: boolean }): boolean {
  return !outcome.ok && (outcome as { reason?: string }).reason === 'notAllowed';
}

const MEMBERS: [string, Member | undefined][] = [
  ['a user not in the roles file', undefined],
  ...PARTNER_ROLES.flatMap((role): [string, Member][] => [
    [role, member(`A ${role}`, [role])],
    [`${role} with the approver flag`, member(`An approving ${role}`, [role], true)],
  ]),
];

for (const [partnerType, fixture] of [
  ['a direct partner', undefined],
  ['an indirect reseller', resellerFixture],
] as const) {
  describe(`help offers what the services allow, for ${partnerType}`, () => {
    let desk: DeskHarness;
    let customerId: string;
    before(async () => {
      desk = await startDesk(fixture ? { fixturePath: fixture } : {});
      customerId = allowed(await desk.services.directory.search(globalAdmin, '', 1)).page.items[0].id;
    });
    after(() => desk.close());

    for (const [label, who] of MEMBERS) {
      it(`${label}: every command offered is allowed, every one withheld is refused`, async () => {
        const offered = commandsOffered(who, desk.services.partner.profile);
        for (const { name, allowed: offeredAsAllowed } of offered) {
          const call = SERVICE_OF[name];
          if (!call) {
            assert.ok(offeredAsAllowed, `${name} needs nothing`);
            continue;
          }
          const outcome = await call(desk, who, customerId);
          assert.equal(
            !refusedForRole(outcome),
            offeredAsAllowed,
            `${name}: help says ${offeredAsAllowed ? 'allowed' : 'needs another role'}, the service answered ${JSON.stringify(outcome).slice(0, 200)}`,
          );
        }
        // A command help does not list at all is one the partner type has not: the service refuses it.
        for (const name of DESK_COMMANDS.filter((n) => !offered.some((o) => o.name === n))) {
          const outcome = await SERVICE_OF[name]!(desk, globalAdmin, customerId);
          assert.equal(
            outcome.ok,
            false,
            `${name} is not offered to ${partnerType}, yet the service allowed it`,
          );
        }
      });
    }
  });
}

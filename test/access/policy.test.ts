/** Partner Center's role rules (docs/partner-center.md §10), as services/access/policy.ts enforces them. */
import assert from 'node:assert/strict';
import type { Member, PartnerRole } from '../../services/access/partnerRoles';
import {
  approvalButtonsFor,
  approvesGdapTermination,
  gdapTerminationRefusal,
  hasPermission,
  mayRequestGdapTermination,
  permissionFor,
  PERMISSIONS,
  removalRefusal,
  rolesGranting,
  seesGdapHealth,
  type Permission,
} from '../../services/access/policy';
import type { RemovalRequest } from '../../services/workflows/removalRequest';

function member(roles: PartnerRole[], approver = false): Member {
  return { name: 'Test', userId: '29:t', roles, approver };
}

describe('permissions by Partner Center role', () => {
  const expected: Record<PartnerRole, Record<Exclude<Permission, 'approveRemoval'>, boolean>> = {
    globalAdmin: {
      viewCustomers: true,
      viewAudit: true,
      invite: true,
      remediate: true,
      requestRemoval: true,
      notify: true,
    },
    adminAgent: {
      viewCustomers: true,
      viewAudit: true,
      invite: true,
      remediate: true,
      requestRemoval: true,
      notify: true,
    },
    salesAgent: {
      viewCustomers: true,
      viewAudit: true,
      invite: true,
      remediate: true,
      requestRemoval: true,
      notify: true,
    },
    helpdeskAgent: {
      viewCustomers: true,
      viewAudit: true,
      invite: false,
      remediate: false,
      requestRemoval: false,
      notify: false,
    },
  };
  for (const [role, permissions] of Object.entries(expected) as [PartnerRole, Record<string, boolean>][]) {
    for (const [permission, allowed] of Object.entries(permissions)) {
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        assert.equal(hasPermission(member([role]), permission as Permission), allowed);
      });
    }
  }

  it('a Helpdesk agent cannot invite or remove, even with the approver flag', () => {
    const helpdesk = member(['helpdeskAgent'], true);
    assert.equal(hasPermission(helpdesk, 'invite'), false);
    assert.equal(hasPermission(helpdesk, 'requestRemoval'), false);
    assert.equal(hasPermission(helpdesk, 'approveRemoval'), false);
  });

  it('approving needs both the approver flag and a role that may remove', () => {
    assert.equal(hasPermission(member(['adminAgent'], true), 'approveRemoval'), true);
    assert.equal(hasPermission(member(['adminAgent'], false), 'approveRemoval'), false);
  });

  it('an unknown user may do nothing', () => {
    for (const permission of PERMISSIONS) {
      assert.equal(hasPermission(undefined, permission), false);
    }
  });

  it('roles add up', () => {
    assert.equal(hasPermission(member(['helpdeskAgent', 'salesAgent']), 'invite'), true);
  });

  it('names the roles that would grant a permission', () => {
    assert.deepEqual(rolesGranting('invite'), ['globalAdmin', 'adminAgent', 'salesAgent']);
  });
});

describe('the policy beyond permissions', () => {
  const requester = { name: 'Alex', userId: '29:alex' };
  const request = {
    requestedBy: requester,
    approvals: [{ by: { name: 'Megan', userId: '29:megan' }, at: '2025-01-01T00:00:00Z' }],
  } as unknown as RemovalRequest;
  const approverMember = (name: string) => ({ ...member(['adminAgent'], true), name, userId: `29:${name}` });

  it('shows Approve / Reject to approvers, Cancel to the requester, nothing to others', () => {
    assert.deepEqual(approvalButtonsFor({ actor: requester, member: approverMember('alex') }, request), {
      viewer: 'requester',
    });
    assert.deepEqual(
      approvalButtonsFor(
        { actor: { name: 'Isaiah', userId: '29:isaiah' }, member: approverMember('isaiah') },
        request,
      ),
      {
        viewer: 'approver',
      },
    );
    assert.deepEqual(
      approvalButtonsFor(
        { actor: { name: 'Megan', userId: '29:megan' }, member: approverMember('megan') },
        request,
      ),
      {
        viewer: 'approver',
        approverNote: 'alreadyApproved',
      },
    );
    const helpdesk = {
      actor: { name: 'Hedda', userId: '29:hedda' },
      member: member(['helpdeskAgent'], true),
    };
    assert.deepEqual(approvalButtonsFor(helpdesk, request), { viewer: 'other' });
    assert.deepEqual(approvalButtonsFor(undefined, request), { viewer: 'other' });
  });

  it('refuses a removal for the role first, then the partner type, relationship, open request, blockers', () => {
    const clear = { relationship: 'reseller', pendingRequest: false, blockers: 0 };
    const all = { relationship: 'none', pendingRequest: true, blockers: 2 };
    const sales = member(['salesAgent']);
    assert.equal(removalRefusal(member(['helpdeskAgent']), { type: 'indirectReseller' }, all), 'role');
    assert.equal(removalRefusal(sales, { type: 'indirectReseller' }, all), 'indirectReseller');
    assert.equal(removalRefusal(sales, { type: 'direct' }, all), 'notReseller');
    assert.equal(
      removalRefusal(sales, { type: 'direct' }, { ...all, relationship: 'reseller' }),
      'pendingRequest',
    );
    assert.equal(removalRefusal(sales, { type: 'direct' }, { ...clear, blockers: 1 }), 'blockers');
    assert.equal(removalRefusal(sales, { type: 'indirectProvider' }, clear), undefined);
  });
});

describe('GDAP in the policy', () => {
  const everyone: [string, Member | undefined][] = [
    ['a user not in the roles file', undefined],
    ...(['globalAdmin', 'adminAgent', 'salesAgent', 'helpdeskAgent'] as const).flatMap(
      (role): [string, Member][] => [
        [role, member([role])],
        [`${role} approver`, member([role], true)],
      ],
    ),
  ];

  it('shows GDAP health to every role that views customers, and to nobody else', () => {
    for (const [name, who] of everyone) assert.equal(seesGdapHealth(who), who !== undefined, name);
    assert.equal(permissionFor('gdap'), 'viewCustomers');
  });

  it('lets the roles that may request a removal request a GDAP termination, and only them', () => {
    for (const [name, who] of everyone) {
      assert.equal(mayRequestGdapTermination(who), hasPermission(who, 'requestRemoval'), name);
      assert.equal(mayRequestGdapTermination(who), !!who && !who.roles.includes('helpdeskAgent'), name);
    }
    assert.deepEqual(gdapTerminationRefusal(member(['helpdeskAgent'], true)), {
      ok: false,
      reason: 'notAllowed',
      permission: 'requestRemoval',
    });
    assert.equal(gdapTerminationRefusal(member(['salesAgent'])), undefined);
  });

  it('has a GDAP termination approved by the removal approvers: the flag and a role that may remove', () => {
    for (const [name, who] of everyone)
      assert.equal(approvesGdapTermination(who), hasPermission(who, 'approveRemoval'), name);
    assert.equal(approvesGdapTermination(member(['adminAgent'], true)), true);
    assert.equal(approvesGdapTermination(member(['adminAgent'])), false, 'no approver flag');
    assert.equal(
      approvesGdapTermination(member(['helpdeskAgent'], true)),
      false,
      'a role that cannot remove',
    );
  });
});

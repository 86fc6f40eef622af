/** Partner Center's role rules (docs/partner-center.md §10), as the bot enforces them. */
import assert from 'node:assert/strict';
import {
  hasPermission,
  rolesGranting,
  type Member,
  type PartnerRole,
  type Permission,
} from '../../services/access/partnerRoles';

function member(roles: PartnerRole[], approver = false): Member {
  return { name: 'Test', userId: '29:t', roles, approver };
}

describe('permissions by Partner Center role', () => {
  const expected: Record<PartnerRole, Record<Exclude<Permission, 'approveRemoval'>, boolean>> = {
    globalAdmin: { viewCustomers: true, invite: true, remediate: true, requestRemoval: true },
    adminAgent: { viewCustomers: true, invite: true, remediate: true, requestRemoval: true },
    salesAgent: { viewCustomers: true, invite: true, remediate: true, requestRemoval: true },
    helpdeskAgent: { viewCustomers: true, invite: false, remediate: false, requestRemoval: false },
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
    for (const permission of [
      'viewCustomers',
      'invite',
      'remediate',
      'requestRemoval',
      'approveRemoval',
    ] as const) {
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

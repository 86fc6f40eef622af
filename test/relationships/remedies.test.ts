/**
 * Which remedies a new removal request lists for its approvers (services/relationships/remedies.ts):
 * those done since the last decided request and within the last 7 days, from the audit trail; and a
 * request recorded before the list existed still reads.
 */
import assert from 'node:assert/strict';
import type { AuditEntry } from '../../services/audit/auditLog';
import { remediesBefore } from '../../services/relationships/remedies';
import { removalRequestSchema } from '../../services/workflows/removalRequest';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const alex = { name: 'Alex Wilber', userId: '29:alex' };

function entry(action: AuditEntry['action'], at: string, detail: AuditEntry['detail'] = {}): AuditEntry {
  return { at, actor: alex, action, detail, correlationId: `corr-${at}` };
}

describe('remedies listed with a removal request', () => {
  it('lists the remedies of the last 7 days, with who, when, what, which subscription and correlation id', () => {
    const trail = [
      entry('subscription.suspended', '2026-11-19T09:00:00.000Z', { id: 'old', name: 'Too old' }),
      entry('subscription.suspended', '2026-11-27T10:02:00.000Z', { id: 's-1', name: 'Office 365 E3' }),
      entry('remedy.failed', '2026-11-27T10:03:00.000Z', { id: 's-2', remedy: 'cancel', code: '900117' }),
      entry('subscription.cancelled', '2026-11-27T10:04:00.000Z', { id: 's-2', name: 'Business Basic' }),
      entry('softwareOrder.cancelled', '2026-11-27T10:05:00.000Z', { id: 'o-1', name: 'Windows Server' }),
      entry('subscription.autoRenewOff', '2026-11-27T10:06:00.000Z', { id: 's-3', name: 'Business Premium' }),
      entry('invitation.drafted', '2026-11-27T10:07:00.000Z'),
    ];
    assert.deepEqual(remediesBefore(trail, NOW), [
      {
        remedy: 'suspend',
        id: 's-1',
        name: 'Office 365 E3',
        by: alex,
        at: '2026-11-27T10:02:00.000Z',
        correlationId: 'corr-2026-11-27T10:02:00.000Z',
      },
      {
        remedy: 'cancel',
        id: 's-2',
        name: 'Business Basic',
        by: alex,
        at: '2026-11-27T10:04:00.000Z',
        correlationId: 'corr-2026-11-27T10:04:00.000Z',
      },
      {
        remedy: 'cancelSoftwareOrder',
        id: 'o-1',
        name: 'Windows Server',
        by: alex,
        at: '2026-11-27T10:05:00.000Z',
        correlationId: 'corr-2026-11-27T10:05:00.000Z',
      },
      {
        remedy: 'autoRenewOff',
        id: 's-3',
        name: 'Business Premium',
        by: alex,
        at: '2026-11-27T10:06:00.000Z',
        correlationId: 'corr-2026-11-27T10:06:00.000Z',
      },
    ]);
  });

  for (const decided of [
    'removal.rejected',
    'removal.cancelled',
    'removal.expired',
    'removal.completed',
    'removal.failed',
  ] as const) {
    it(`leaves out what was done before an earlier request was decided (${decided})`, () => {
      const trail = [
        entry('subscription.suspended', '2026-11-25T09:00:00.000Z', { id: 's-1', name: 'Before' }),
        entry('removal.requested', '2026-11-25T09:30:00.000Z'),
        entry(decided, '2026-11-26T09:00:00.000Z'),
        entry('subscription.cancelled', '2026-11-26T10:00:00.000Z', { id: 's-2', name: 'After' }),
      ];
      assert.deepEqual(
        remediesBefore(trail, NOW).map((r) => r.name),
        ['After'],
      );
    });
  }

  it('keeps the 20 latest', () => {
    const trail = Array.from({ length: 25 }, (_, index) =>
      entry('subscription.suspended', new Date(NOW.getTime() - (25 - index) * 60_000).toISOString(), {
        id: `s-${index}`,
        name: `Subscription ${index}`,
      }),
    );
    const listed = remediesBefore(trail, NOW);
    assert.equal(listed.length, 20);
    assert.equal(listed[0].name, 'Subscription 5');
    assert.equal(listed[19].name, 'Subscription 24');
  });

  it('reads a request recorded before the list existed, and one with it', () => {
    const request = {
      id: 'req-1',
      customerId: 'c-1',
      customerName: 'Contoso Ltd',
      customerDomain: 'contoso.onmicrosoft.com',
      requestedBy: alex,
      requestedAt: '2026-11-20T10:00:00.000Z',
      reason: 'Moved',
      attestation: { version: 'v1', attestedAt: '2026-11-20T10:00:00.000Z' },
      correlationId: 'corr-1',
      state: 'pending',
      requiredApprovals: 1,
      approvals: [],
      expiresAt: '2026-11-23T10:00:00.000Z',
    };
    const old = removalRequestSchema.parse(request);
    assert.equal(old.remediesBefore, undefined);
    const remedies = [
      { remedy: 'suspend', id: 's-1', name: 'Office 365 E3', by: alex, at: '2026-11-20T09:00:00.000Z' },
    ];
    assert.deepEqual(
      removalRequestSchema.parse({ ...request, remediesBefore: remedies }).remediesBefore,
      remedies,
    );
  });
});

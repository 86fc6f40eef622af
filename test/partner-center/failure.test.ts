/**
 * The one failure shape: how each client error maps to it, which errors are transient, and that a
 * removal request stored before the shape had its own home still parses.
 */
import assert from 'node:assert/strict';
import {
  PartnerCenterAccessDeniedError,
  PartnerCenterRequestRejectedError,
  PartnerCenterResponseError,
  PartnerCenterServerError,
  PartnerCenterThrottledError,
  PartnerCenterUnavailableError,
} from '../../services/partner-center/errors';
import { failureOf, isTransient } from '../../services/partner-center/failure';
import { removalRequestSchema } from '../../services/workflows/removalRequest';

const details = { operation: 'remove reseller relationship', correlationId: 'corr-1' };

describe('Partner Center failure', () => {
  it("keeps Partner Center's code and description verbatim, the status when there is no code", () => {
    const rejected = new PartnerCenterRequestRejectedError(
      400,
      { code: 800002, description: 'Nope' },
      details,
    );
    assert.deepEqual(failureOf(rejected), { code: '800002', description: 'Nope', correlationId: 'corr-1' });
    const bare = new PartnerCenterAccessDeniedError(403, {}, details);
    assert.deepEqual(failureOf(bare), { code: '403', description: bare.message, correlationId: 'corr-1' });
  });

  it('names an error without an answer by its class', () => {
    const timeout = new PartnerCenterUnavailableError('timeout', details);
    assert.deepEqual(failureOf(timeout), {
      code: 'PartnerCenterUnavailableError',
      description: timeout.message,
      correlationId: 'corr-1',
    });
  });

  it('throws anything that is not a Partner Center error again', () => {
    const bug = new TypeError('bug');
    assert.throws(
      () => failureOf(bug),
      (error: unknown) => error === bug,
    );
  });

  it('calls 429, 5xx and no answer transient, and nothing else', () => {
    assert.equal(isTransient(new PartnerCenterThrottledError(429, {}, details, 5)), true);
    assert.equal(isTransient(new PartnerCenterServerError(503, {}, details)), true);
    assert.equal(isTransient(new PartnerCenterUnavailableError('circuit-open', details)), true);
    assert.equal(isTransient(new PartnerCenterRequestRejectedError(409, {}, details)), false);
    assert.equal(isTransient(new PartnerCenterResponseError('no body', details)), false);
    assert.equal(isTransient(new Error('bug')), false);
  });

  it('parses a failed removal request as stored before this shape had its own home', () => {
    const failure = { code: '3000', description: 'Invalid property', correlationId: 'corr-1' };
    const stored = {
      id: 'r1',
      customerId: 'c1',
      customerName: 'Contoso',
      customerDomain: 'contoso.onmicrosoft.com',
      requestedBy: { name: 'Sam' },
      requestedAt: '2026-01-01T00:00:00.000Z',
      reason: 'moved',
      attestation: { version: 'v1', attestedAt: '2026-01-01T00:00:00.000Z' },
      correlationId: 'corr-1',
      state: 'failed',
      requiredApprovals: 1,
      approvals: [{ by: { name: 'Alex' }, at: '2026-01-01T01:00:00.000Z' }],
      expiresAt: '2026-01-04T00:00:00.000Z',
      execution: {
        requestId: 'ms-1',
        attempts: 2,
        startedAt: '2026-01-01T01:00:00.000Z',
        lastAttemptAt: '2026-01-01T01:05:00.000Z',
        finishedAt: '2026-01-01T01:05:01.000Z',
        lastError: { code: 'PartnerCenterUnavailableError', description: 'timeout' },
        error: failure,
      },
    };
    const parsed = removalRequestSchema.parse(stored);
    assert.deepEqual(parsed.execution?.error, failure);
    assert.deepEqual(parsed, stored);
  });
});

import assert from 'node:assert/strict';
import {
  DEFAULT_RETRY,
  parseRetryAfter,
  retryDelayMs,
} from '../../services/partner-center/client/retryPolicy';
import { PartnerCenterServerError, PartnerCenterThrottledError } from '../../services/partner-center/errors';

const details = { operation: 'test' };
const throttled = (seconds: number) => new PartnerCenterThrottledError(429, {}, details, seconds);
const options = { ...DEFAULT_RETRY, initialDelayMs: 500, maxDelayMs: 30_000 };

describe('How long the client waits before retrying', () => {
  it('waits exactly Retry-After after a first 429', () => {
    assert.equal(
      retryDelayMs(1, throttled(57), options, () => 0.99),
      57_000,
    );
  });

  it('never waits less than Retry-After when throttled again, and backs off beyond it', () => {
    assert.equal(
      retryDelayMs(2, throttled(1), options, () => 0),
      1000,
    );
    assert.ok(retryDelayMs(8, throttled(1), options, () => 0.5) > 1000);
  });

  it('backs off exponentially with jitter on server errors, capped', () => {
    const error = new PartnerCenterServerError(500, {}, details);
    const first = retryDelayMs(1, error, options, () => 1);
    const third = retryDelayMs(3, error, options, () => 1);
    assert.equal(first, 500);
    assert.equal(third, 2000);
    assert.equal(
      retryDelayMs(3, error, options, () => 0),
      1000,
      'jitter keeps at least half',
    );
    assert.equal(
      retryDelayMs(30, error, options, () => 1),
      30_000,
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    assert.equal(parseRetryAfter('57'), 57);
    const now = new Date('2025-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter(null), undefined);
    assert.equal(parseRetryAfter('soon'), undefined);
  });
});

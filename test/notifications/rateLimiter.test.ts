import assert from 'node:assert/strict';
import { RateLimiter, TEAMS_RATE_LIMITS } from '../../services/notifications/rateLimiter';
import { ManualClock } from './notifyHarness';

/** How many of `count` attempts at the current time are allowed. */
function burst(limiter: RateLimiter, count: number, conversation = 'c1', tenant = 't1'): number {
  let allowed = 0;
  for (let i = 0; i < count; i++) if (limiter.tryAcquire(conversation, tenant).allowed) allowed++;
  return allowed;
}

describe('RateLimiter (Teams limits, sliding windows)', () => {
  it('allows 7 per second in one conversation, then says when the next one may go', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(TEAMS_RATE_LIMITS, clock.now);
    assert.equal(burst(limiter, 7), 7);
    const refused = limiter.tryAcquire('c1', 't1');
    assert.deepEqual(refused, { allowed: false, retryAt: clock.time + 1000, scope: 'conversation' });
  });

  it('never lets more than 8 through in any 2 s, nor 7 in any 1 s (a token bucket would allow 12)', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(TEAMS_RATE_LIMITS, clock.now);
    const sentAt: number[] = [];
    for (let step = 0; step < 40; step++) {
      for (let i = 0; i < 20; i++) if (limiter.tryAcquire('c1', 't1').allowed) sentAt.push(clock.time);
      clock.advance(100);
    }
    for (const start of sentAt) {
      assert.ok(sentAt.filter((t) => t >= start && t < start + 1000).length <= 7);
      assert.ok(sentAt.filter((t) => t >= start && t < start + 2000).length <= 8);
    }
    // 4 s of trying: 8 in the first 2 s window, then 8 more per following 2 s.
    assert.equal(sentAt.length, 16);
  });

  it('allows 60 per 30 s in one conversation', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(TEAMS_RATE_LIMITS, clock.now);
    let sent = 0;
    for (let second = 0; second < 30; second++) {
      sent += burst(limiter, 10);
      clock.advance(1000);
    }
    assert.equal(sent, 60);
  });

  it('limits a tenant to 50 per second across conversations, independently of each conversation', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(TEAMS_RATE_LIMITS, clock.now);
    let sent = 0;
    for (let c = 0; c < 20; c++) sent += burst(limiter, 5, `c${c}`, 't1');
    assert.equal(sent, 50);
    const refused = limiter.tryAcquire('c99', 't1');
    assert.equal(refused.allowed, false);
    assert.equal(!refused.allowed && refused.scope, 'tenant');
    assert.equal(limiter.tryAcquire('c99', 't2').allowed, true, 'another tenant is not affected');
  });

  it('a refusal consumes nothing, and the rules are configurable', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(
      { perConversation: [{ limit: 2, windowMs: 500 }], perTenant: [] },
      clock.now,
    );
    assert.equal(burst(limiter, 5), 2);
    clock.advance(500);
    assert.equal(burst(limiter, 5), 2);
    assert.throws(() => new RateLimiter({ perConversation: [{ limit: 0, windowMs: 1 }], perTenant: [] }));
  });

  it('a send answered 429 gives its slot back to the tenant', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(TEAMS_RATE_LIMITS, clock.now);
    const permits = [];
    for (let c = 0; c < 50; c++) {
      const decision = limiter.tryAcquire(`c${c}`, 't1');
      assert.ok(decision.allowed);
      permits.push(decision.permit);
    }
    assert.equal(limiter.tryAcquire('c50', 't1').allowed, false);
    limiter.release(permits[3]);
    assert.equal(limiter.tryAcquire('c50', 't1').allowed, true, 'the throttled send did not count');
    assert.equal(limiter.tryAcquire('c51', 't1').allowed, false);
  });

  it('a delivered send counts from its answer: a slow answer holds its slot one window after it', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(
      { perConversation: [], perTenant: [{ limit: 1, windowMs: 1000 }] },
      clock.now,
    );
    const first = limiter.tryAcquire('c1', 't1');
    assert.ok(first.allowed);
    clock.advance(300);
    limiter.answered(first.permit);
    clock.advance(700);
    const refused = limiter.tryAcquire('c2', 't1');
    assert.deepEqual(refused, { allowed: false, retryAt: clock.time + 300, scope: 'tenant' });
    clock.advance(300);
    assert.equal(limiter.tryAcquire('c2', 't1').allowed, true);
  });
});

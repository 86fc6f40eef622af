/**
 * The sandbox answer delay (SANDBOX_DELAY_MS ± SANDBOX_DELAY_JITTER_MS): every Partner Center and Graph
 * call waits on its own, so calls made together are answered together; each delay stays within the
 * configured range.
 */
import assert from 'node:assert/strict';
import { drawAnswerDelay } from '../../services/partner-center/emulator/answerDelay';
import { context, demoCustomer, startHarness } from './emulatorHarness';

describe('sandbox answer delay', () => {
  it('draws each call’s delay within ms ± jitter, the jitter never more than the delay', () => {
    assert.equal(drawAnswerDelay(undefined), 0);
    assert.equal(
      drawAnswerDelay({ ms: 150, jitterMs: 30 }, () => 0),
      120,
    );
    assert.equal(
      drawAnswerDelay({ ms: 150, jitterMs: 30 }, () => 0.5),
      150,
    );
    assert.equal(
      drawAnswerDelay({ ms: 150, jitterMs: 30 }, () => 0.9999),
      180,
    );
    assert.equal(drawAnswerDelay({ ms: 150, jitterMs: 0 }, Math.random), 150);
    assert.equal(
      drawAnswerDelay({ ms: 10, jitterMs: 50 }, () => 0),
      0,
    );
  });

  it('delays calls one by one: calls made together are all in flight together', async () => {
    const harness = await startHarness({ answerDelay: { ms: 100, jitterMs: 20 } });
    try {
      const customer = demoCustomer('Contoso Ltd');
      await Promise.all([
        harness.client.getCustomer(context(), customer.id),
        harness.client.listSubscriptions(context(), customer.id),
        harness.client.listEntitlements(context(), customer.id, { showExpiry: true }),
      ]);
      assert.equal(harness.emulator.callsInFlight.peak, 3);
    } finally {
      await harness.close();
    }
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  PartnerCenterServerError,
  PartnerCenterThrottledError,
  PartnerCenterUnavailableError,
} from '../../services/partner-center/errors';
import { staticTokenProvider } from '../../services/partner-center/auth/tokenProvider';
import { createPartnerCenterClient } from '../../services/partner-center/client/httpPartnerCenterClient';
import { collect, context, demoCustomer, silentLogger, startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

/**
 * Removes Datum Gaming's relationship, which must succeed, and gives the request id it used and the
 * attempts that reached Partner Center's update-customer route.
 */
async function removeDatumGaming(harness: Harness) {
  const requestId = randomUUID();
  const result = await harness.client.removeResellerRelationship(
    context(requestId),
    demoCustomer('Datum Gaming').id,
  );
  assert.equal(result.relationshipToPartner, 'none');
  return { requestId, attempts: harness.emulator.requests.filter((r) => r.route === 'updateCustomer') };
}

describe('Partner Center client resilience against the emulator', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('waits out 429s and then succeeds', async () => {
    harness = await startHarness({ faults: { listCustomers: { next: [429, 429], retryAfterSeconds: 0 } } });
    const customers = await collect(harness.client.listCustomers(context()));
    assert.ok(customers.length > 30);
    const statuses = harness.emulator.requests
      .filter((r) => r.route === 'listCustomers')
      .map((r) => r.status);
    assert.deepEqual(statuses.slice(0, 3), [429, 429, 200]);
  });

  it('gives up after the bounded number of attempts on 500s, with a typed error', async () => {
    harness = await startHarness(
      { faults: { getCustomer: { rate500: 1 } } },
      { retry: { maxAttempts: 3, initialDelayMs: 1 } },
    );
    await assert.rejects(
      harness.client.getCustomer(context(), demoCustomer('Contoso Ltd').id),
      (error: unknown) => error instanceof PartnerCenterServerError && error.status === 500,
    );
    assert.equal(harness.emulator.requests.filter((r) => r.route === 'getCustomer').length, 3);
  });

  it('returns the throttled error when Retry-After is longer than the client will wait', async () => {
    harness = await startHarness(
      { faults: { getCustomer: { next: [429], retryAfterSeconds: 600 } } },
      { retry: { maxRetryAfterMs: 1000 } },
    );
    await assert.rejects(
      harness.client.getCustomer(context(), demoCustomer('Contoso Ltd').id),
      (error: unknown) => error instanceof PartnerCenterThrottledError && error.retryAfterSeconds === 600,
    );
  });

  it('opens the circuit after consecutive failures and then fails fast without calling', async () => {
    harness = await startHarness(
      { faults: { '*': { rate500: 1 } } },
      {
        retry: { maxAttempts: 2, initialDelayMs: 1 },
        circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 },
      },
    );
    const id = demoCustomer('Contoso Ltd').id;
    await assert.rejects(harness.client.getCustomer(context(), id), PartnerCenterServerError);
    const seen = harness.emulator.requests.length;
    await assert.rejects(
      harness.client.getCustomer(context(), id),
      (error: unknown) => error instanceof PartnerCenterUnavailableError && error.reason === 'circuit-open',
    );
    assert.equal(harness.emulator.requests.length, seen, 'no request reached Partner Center');
  });

  it('counts failures towards the circuit across calls until a success clears them', async () => {
    const options = {
      retry: { maxAttempts: 2, initialDelayMs: 1 },
      circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 },
    };
    const id = demoCustomer('Contoso Ltd').id;
    for (const successBetween of [false, true]) {
      harness = await startHarness(
        { faults: { getCustomer: { next: [500, 429], retryAfterSeconds: 0 } } },
        options,
      );
      // One call leaves a failure behind: a 500, then a 429 (which the circuit does not count).
      await assert.rejects(harness.client.getCustomer(context(), id), PartnerCenterThrottledError);
      if (successBetween) assert.equal((await harness.client.getCustomer(context(), id)).id, id);
      harness.emulator.faults.set('getCustomer', { next: [500, 500] });
      await assert.rejects(harness.client.getCustomer(context(), id), PartnerCenterServerError);
      const next = harness.client.getCustomer(context(), id);
      if (successBetween) assert.equal((await next).id, id);
      else
        await assert.rejects(
          next,
          (error: unknown) =>
            error instanceof PartnerCenterUnavailableError && error.reason === 'circuit-open',
        );
      await harness.close();
      harness = undefined;
    }
  });

  it('holds a route until the test releases it, while other routes answer', async () => {
    harness = await startHarness();
    const id = demoCustomer('Contoso Ltd').id;
    const held = harness.emulator.faults.hold('getCustomer');
    let answered = false;
    const reading = harness.client.getCustomer(context(), id).then((customer) => {
      answered = true;
      return customer;
    });
    await held.arrived;
    assert.ok((await collect(harness.client.listCustomers(context()))).length > 30);
    assert.equal(answered, false, 'the held read has not been answered');
    held.release();
    assert.equal((await reading).id, id);
    assert.equal((await harness.client.getCustomer(context(), id)).id, id, 'released for good');
  });

  it('retries a request that timed out, with the same request id', async () => {
    harness = await startHarness({ faults: { updateCustomer: { next: ['timeout'] } } }, { timeoutMs: 200 });
    const { requestId, attempts } = await removeDatumGaming(harness);
    assert.deepEqual(
      attempts.map((r) => [r.status, r.requestId]),
      [
        [0, requestId],
        [200, requestId],
      ],
    );
  });

  it('retries after a 5xx with the same request id, and after a 429 as a new request with a new id', async () => {
    harness = await startHarness({
      faults: { updateCustomer: { next: [500, 429, 503], retryAfterSeconds: 0 } },
    });
    const { attempts } = await removeDatumGaming(harness);
    assert.deepEqual(
      attempts.map((r) => r.status),
      [500, 429, 503, 200],
    );
    const [first, second, third, fourth] = attempts.map((r) => r.requestId);
    assert.equal(second, first, 'the same operation after a 500');
    assert.notEqual(third, second, 'a new request after the 429');
    assert.equal(fourth, third, 'the same operation after a 503');
  });

  it('reports an unreachable Partner Center as unavailable (network)', async () => {
    harness = await startHarness();
    const url = harness.emulator.url;
    await harness.close();
    harness = undefined;
    const client = createPartnerCenterClient({
      baseUrl: url,
      tokenProvider: staticTokenProvider('t'),
      logger: silentLogger,
      retry: { maxAttempts: 2, initialDelayMs: 1 },
    });
    await assert.rejects(
      client.getRelationshipRequest(context()),
      (error: unknown) => error instanceof PartnerCenterUnavailableError && error.reason === 'network',
    );
  });
});

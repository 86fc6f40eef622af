/**
 * The sandbox is as strict as Partner Center: page size above 500 refused, a stale etag answered
 * 400 2055, and every error either a code Microsoft documents for the case or the one assumption
 * code listed in docs/partner-center.md §8, in the documented error body.
 */
import assert from 'node:assert/strict';
import { generateTenant } from '../../services/partner-center/emulator/fixture/generateTenant';
import { compareShapes } from './contract/bodyShape';
import { documentedEndpoint } from './contract/documentedExample';
import { collect, context, demoCustomer, startHarness } from './emulatorHarness';
import { sandboxRequest } from './sandboxRequest';
import type { SandboxAnswer, SandboxCall } from './sandboxRequest';
import { eachTest } from '../helpers/eachTest';

const errors = documentedEndpoint('errors.json').examples;
const numericError = errors.find((e) => e.name.startsWith('numeric code'))!.response!;
const throttled = errors.find((e) => e.name.startsWith('429'))!.response!;

const filter = (value: object): string => encodeURIComponent(JSON.stringify(value));
const coho = demoCustomer('Coho Winery');
const humongous = demoCustomer('Humongous Insurance');
const alpine = demoCustomer('Alpine Ski House');
const fourthCoffee = demoCustomer('Fourth Coffee');
const lucerne = demoCustomer('Lucerne Publishing');
const nod = demoCustomer('Nod Publishers');
const subscriptionPath = (customer: { id: string; subscriptions: { id: string }[] }, index = 0): string =>
  `/v1/customers/${customer.id}/subscriptions/${customer.subscriptions[index].id}`;

/** E16: the PATCH that sets an order's status (docs/partner-center.md). */
const orderPatch = (customerId: string, orderId: string, status: string): SandboxCall => ({
  method: 'PATCH',
  path: `/v1/customers/${customerId}/orders/${orderId}`,
  body: { id: orderId, status },
});

describe('The sandbox is as strict as Partner Center', () => {
  const harness = eachTest(startHarness);

  const send = (request: SandboxCall): Promise<SandboxAnswer> =>
    sandboxRequest(harness().emulator.url, request);

  /** GET the subscription, then PATCH it whole with `fields` changed (and the given If-Match). */
  async function patchFields(
    path: string,
    fields: Record<string, unknown>,
    ifMatch?: string,
  ): Promise<SandboxAnswer> {
    const current = (await send({ method: 'GET', path })).body;
    return send({
      method: 'PATCH',
      path,
      body: { ...current, ...fields },
      headers: { 'If-Match': ifMatch ?? `"${current.attributes.etag}"` },
    });
  }

  /** GET the subscription, then PATCH it whole with `status` (and the given If-Match). */
  function patchStatus(path: string, status: unknown, ifMatch?: string): Promise<SandboxAnswer> {
    return patchFields(path, { status }, ifMatch);
  }

  describe('page size', () => {
    it('answers 500 customers in one page and refuses 501 with 400 3000', async () => {
      const atMost = await send({ method: 'GET', path: '/v1/customers?size=500' });
      assert.equal(atMost.status, 200);
      const above = await send({ method: 'GET', path: '/v1/customers?size=501' });
      assert.equal(above.status, 400);
      assert.equal(above.body.code, 3000);
      assert.match(above.body.description, /maximum page size of 500/);
    });

    it('the client never asks for more than 500, whatever page size it is given', async () => {
      const large = await startHarness({ fixture: generateTenant(1200) });
      try {
        const pages = await collect(large.client.listCustomerPages(context(), { pageSize: 5000 }));
        assert.deepEqual(
          pages.map((page) => page.items.length),
          [500, 500, 200],
        );
      } finally {
        await large.close();
      }
    });
  });

  describe('etag', () => {
    it('refuses a change made with a stale etag: 400 2055 "Etag is no longer valid"', async () => {
      const path = subscriptionPath(coho);
      const read = (await send({ method: 'GET', path })).body;
      const first = await patchStatus(path, 'suspended', `"${read.attributes.etag}"`);
      assert.equal(first.status, 200);
      const stale = await send({
        method: 'PATCH',
        path,
        body: { ...read, status: 'active' },
        headers: { 'If-Match': `"${read.attributes.etag}"` },
      });
      assert.equal(stale.status, 400);
      assert.equal(stale.body.code, 2055);
      assert.equal(stale.body.description, 'Etag is no longer valid');
    });

    it('accepts the etag bare, as the operation pages print If-Match: <etag>', async () => {
      const path = subscriptionPath(coho);
      const read = (await send({ method: 'GET', path })).body;
      const answer = await patchStatus(path, 'suspended', read.attributes.etag);
      assert.equal(answer.status, 200);
      assert.equal(answer.body.status, 'suspended');
    });
  });

  describe('error codes: documented for the case, or the one assumption code', () => {
    const cases: Array<[string, () => SandboxCall | Promise<SandboxAnswer>, number, number]> = [
      ['an unknown path', () => ({ method: 'GET', path: '/v1/nothing-here' }), 404, 1000],
      ['no bearer token', () => ({ method: 'GET', path: '/v1/customers', anonymous: true }), 401, 800001],
      [
        'a body that is not JSON',
        () => ({ method: 'PATCH', path: `/v1/customers/${coho.id}`, rawBody: '{"relationshipToPartner":' }),
        400,
        800002,
      ],
      ['a size that is not a number', () => ({ method: 'GET', path: '/v1/customers?size=many' }), 400, 3000],
      [
        'a continuation token the service did not issue',
        () => ({
          method: 'GET',
          path: '/v1/customers?size=10',
          headers: { 'MS-ContinuationToken': 'forged' },
        }),
        400,
        800002,
      ],
      [
        'a filter that is not JSON',
        () => ({ method: 'GET', path: '/v1/customers?filter=%7Bnot' }),
        400,
        800002,
      ],
      [
        'a filter operator other than starts_with',
        () => ({
          method: 'GET',
          path: `/v1/customers?filter=${filter({ Field: 'CompanyName', Value: 'C', Operator: 'equals' })}`,
        }),
        400,
        3000,
      ],
      [
        'an unknown filter field',
        () => ({
          method: 'GET',
          path: `/v1/customers?filter=${filter({ Field: 'Country', Value: 'US', Operator: 'starts_with' })}`,
        }),
        400,
        3000,
      ],
      [
        'an unknown customer',
        () => ({ method: 'GET', path: '/v1/customers/00000000-0000-4000-8000-000000000000' }),
        404,
        60003,
      ],
      [
        'a customer without a relationship',
        () => ({ method: 'GET', path: `/v1/customers/${demoCustomer('Blue Yonder Airlines').id}` }),
        403,
        20002,
      ],
      [
        'an unknown relationship_type',
        () => ({ method: 'GET', path: '/v1/relationships?relationship_type=x' }),
        400,
        3000,
      ],
      [
        'a relationship_type the partner type may not list',
        () => ({ method: 'GET', path: '/v1/relationships?relationship_type=IsIndirectResellerOf' }),
        403,
        2032,
      ],
      [
        'an unknown subscription',
        () => ({
          method: 'GET',
          path: `/v1/customers/${coho.id}/subscriptions/00000000-0000-4000-8000-000000000000`,
        }),
        404,
        20003,
      ],
      [
        'a status PATCH that is not the full resource',
        () => ({ method: 'PATCH', path: subscriptionPath(coho), body: { status: 'suspended' } }),
        400,
        3000,
      ],
      [
        'a status that is no Subscription status',
        () => patchStatus(subscriptionPath(coho), 'paused'),
        400,
        900126,
      ],
      [
        'a status that cannot be set (expired)',
        () => patchStatus(subscriptionPath(coho), 'expired'),
        400,
        800096,
      ],
      [
        'a change to a deleted subscription',
        () => patchStatus(subscriptionPath(alpine, 0), 'active'),
        400,
        2011,
      ],
      [
        'a change to an expired subscription',
        () => patchStatus(subscriptionPath(alpine, 1), 'active'),
        400,
        800096,
      ],
      ['cancelling a legacy subscription', () => patchStatus(subscriptionPath(coho), 'deleted'), 400, 800063],
      [
        'cancelling a new commerce subscription after its window',
        () => patchStatus(subscriptionPath(humongous), 'deleted'),
        400,
        900117,
      ],
      [
        'auto-renew changed on a legacy subscription',
        () => patchFields(subscriptionPath(coho), { autoRenewEnabled: false }),
        400,
        3000,
      ],
      [
        'auto-renew changed on a suspended subscription',
        () => patchFields(subscriptionPath(demoCustomer('Litware, Inc.')), { autoRenewEnabled: false }),
        400,
        3000,
      ],
      [
        'auto-renew that is not true or false',
        () => patchFields(subscriptionPath(humongous), { autoRenewEnabled: 'no' }),
        400,
        3000,
      ],
      [
        'auto-renew changed with a stale etag',
        () => patchFields(subscriptionPath(humongous), { autoRenewEnabled: false }, '"stale"'),
        400,
        2055,
      ],
      [
        'an order PATCH whose status is not cancelled',
        () => orderPatch(nod.id, nod.entitlements[0].referenceOrder.id, 'completed'),
        400,
        3000,
      ],
      ['an unknown order', () => orderPatch(nod.id, 'nope', 'cancelled'), 404, 20000],
      [
        'cancelling an Azure reservation order',
        () => orderPatch(lucerne.id, lucerne.entitlements[0].referenceOrder.id, 'cancelled'),
        403,
        800019,
      ],
    ];

    for (const [name, request, status, code] of cases) {
      it(`${name}: ${status} ${code}, in the documented error body`, async () => {
        const prepared = await request();
        const answer = 'status' in prepared ? prepared : await send(prepared);
        assert.equal(answer.status, status, JSON.stringify(answer.body));
        assert.equal(answer.body.code, code);
        assert.deepEqual(compareShapes(numericError.body, answer.body), {
          missing: [],
          added: [],
          retyped: [],
        });
        assert.ok(answer.body.description.length > 0 && answer.body.description.length <= 1024);
      });
    }

    it('auto-renew can be turned off on an active new commerce subscription (the refusals above are the cases)', async () => {
      const answer = await patchFields(subscriptionPath(humongous), { autoRenewEnabled: false });
      assert.equal(answer.status, 200);
      assert.equal(answer.body.autoRenewEnabled, false);
      assert.equal(answer.body.status, 'active');
    });

    it('a new commerce subscription inside its window can be cancelled (the refusal above is the window)', async () => {
      const answer = await patchStatus(subscriptionPath(fourthCoffee), 'deleted');
      assert.equal(answer.status, 200);
      assert.equal(answer.body.status, 'deleted');
    });
  });

  describe('injected failures', () => {
    it('a throttled call: 429 with Retry-After and the documented statusCode/message body', async () => {
      const throttling = await startHarness({
        faults: { getCustomer: { next: [429], retryAfterSeconds: 57 } },
      });
      try {
        const answer = await sandboxRequest(throttling.emulator.url, {
          method: 'GET',
          path: `/v1/customers/${coho.id}`,
        });
        assert.equal(answer.status, 429);
        assert.equal(answer.headers.get('Retry-After'), throttled.headers['Retry-After']);
        assert.deepEqual(answer.body, throttled.body);
      } finally {
        await throttling.close();
      }
    });

    it('an injected server error: 500 800003', async () => {
      const failing = await startHarness({ faults: { getCustomer: { rate500: 1 } } });
      try {
        const answer = await sandboxRequest(failing.emulator.url, {
          method: 'GET',
          path: `/v1/customers/${coho.id}`,
        });
        assert.equal(answer.status, 500);
        assert.equal(answer.body.code, 800003);
      } finally {
        await failing.close();
      }
    });
  });
});

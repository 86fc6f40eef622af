/**
 * The sandbox's removal rule (the emulator's E4 refusal) and the bot's pre-flight can never disagree:
 * every customer of every bundled fixture, of a generated tenant, and generated edge cases (exactly at
 * a cancellation deadline, pending subscriptions, every reservation spelling, suspended NCE, perpetual
 * software either side of its 30-day window) go through both, and "removable" must mean the same:
 * the pre-flight finds no blocker iff Partner Center (the emulator, over HTTP) accepts the removal.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  PartnerCenterApiError,
  type Order,
  type PartnerCenterClient,
  type SandboxTenantInput,
} from '../../services/partner-center';
import { generateTenant } from '../../services/partner-center/emulator/fixture/generateTenant';
import type { SandboxCustomer } from '../../services/partner-center/emulator/fixture/sandboxTenant';
import { assessRemoval, ordersToRead } from '../../services/relationships/removalPreflight';
import { context, startHarness } from '../partner-center/emulatorHarness';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const DAY = 86_400_000;
const FIXTURE_DIR = path.join(__dirname, '../../../services/partner-center/emulator/fixture');

interface Verdict {
  customer: string;
  preflight: boolean;
  service: boolean;
  blockers: string[];
}

/** The pre-flight's verdict on the emulator's data, then the emulator's own answer to E4. */
async function verdictOf(client: PartnerCenterClient, customerId: string): Promise<Verdict> {
  const subscriptions = await client.listSubscriptions(context(), customerId);
  const entitlements = await client.listEntitlements(context(), customerId, { showExpiry: true });
  const orders = new Map<string, Order>();
  for (const id of ordersToRead(subscriptions, entitlements, NOW))
    orders.set(id, await client.getOrder(context(), customerId, id));
  const { blockers } = assessRemoval(subscriptions, entitlements, orders, NOW);
  let service: boolean;
  try {
    await client.removeResellerRelationship(context(), customerId);
    service = true;
  } catch (error) {
    if (!(error instanceof PartnerCenterApiError) || error.code !== 'RelationshipRemovalBlocked') throw error;
    service = false;
  }
  return {
    customer: customerId,
    preflight: blockers.length === 0,
    service,
    blockers: blockers.map((b) => `${b.kind}:${b.id}`),
  };
}

/** Every customer with a reseller relationship, through both; a direct partner, so E4 is allowed. */
async function verdicts(fixture: SandboxTenantInput): Promise<Verdict[]> {
  const harness = await startHarness({
    fixture: { ...fixture, partner: { ...fixture.partner, type: 'direct' } },
    now: () => NOW,
  });
  try {
    const results: Verdict[] = [];
    for (const customer of fixture.customers) {
      if ((customer.relationshipToPartner ?? 'reseller') !== 'reseller') continue;
      results.push(await verdictOf(harness.client, customer.id));
    }
    return results;
  } finally {
    await harness.close();
  }
}

function assertSameVerdicts(results: Verdict[]): void {
  const disagreements = results.filter((r) => r.preflight !== r.service);
  assert.deepEqual(disagreements, [], 'the pre-flight and the sandbox disagree');
}

let serial = 0;
function customer(parts: Pick<SandboxCustomer, 'subscriptions' | 'entitlements'>): SandboxCustomer {
  const n = ++serial;
  const id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  return {
    id,
    companyProfile: { tenantId: id, domain: `edge${n}.onmicrosoft.com`, companyName: `Edge case ${n}` },
    relationshipToPartner: 'reseller',
    allowDelegatedAccess: false,
    customDomains: [],
    partnerRelationships: [],
    gdapRelationships: [],
    ...parts,
  };
}

const PRODUCT_TYPES = {
  legacy: { offerId: '91FD106F-4B2C-4938-95AC-F54F74E9A239', productType: undefined },
  nce: {
    offerId: 'CFQ7TTC0LDPB:0001',
    productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
  },
  azurePlan: { offerId: 'DZH318Z0BPS6:0001', productType: { id: 'Azure', displayName: 'Azure' } },
  software: { offerId: 'DG7GMGF0D7FV:0002', productType: { id: 'Software', displayName: 'Software' } },
} as const;

function subscription(
  kind: keyof typeof PRODUCT_TYPES,
  status: SandboxCustomer['subscriptions'][number]['status'],
  cancellationAllowedUntilDate: string | null,
  orderId?: string,
): SandboxCustomer['subscriptions'][number] {
  const { offerId, productType } = PRODUCT_TYPES[kind];
  return {
    id: `sub-${++serial}`,
    offerId,
    offerName: `${kind} offer`,
    quantity: 3,
    unitType: 'Licenses',
    status,
    creationDate: at(-40 * DAY),
    commitmentEndDate: at(300 * DAY),
    cancellationAllowedUntilDate,
    autoRenewEnabled: true,
    billingCycle: 'monthly',
    isTrial: false,
    ...(productType ? { productType } : {}),
    ...(orderId ? { orderId } : {}),
  };
}

function entitlement(
  entitlementType: string,
  extra: Partial<SandboxCustomer['entitlements'][number]> & { orderId: string },
): SandboxCustomer['entitlements'][number] {
  const { orderId, ...rest } = extra;
  return {
    entitlementType,
    productId: 'DG7GMGF0D7FV',
    skuId: '0002',
    quantity: 1,
    fulfillmentState: 'fulfilled',
    referenceOrder: { id: orderId },
    entitledArtifacts: [],
    ...rest,
  };
}

const RESERVATION_SPELLINGS = [
  'reservedinstance',
  'reservedInstance',
  'ReservedInstance',
  'virtualMachineReservedInstance',
  'VirtualMachineReservedInstance',
  'virtualmachinereservedinstance',
  'virtual_machine_reserved_instance',
  'VIRTUAL_MACHINE_RESERVED_INSTANCE',
];

/** Hand-picked edges: each instant exactly on, just before and just after its deadline. */
function edgeCases(): SandboxCustomer[] {
  const cases: SandboxCustomer[] = [];
  for (const offset of [-1, 0, 1]) {
    cases.push(customer({ subscriptions: [subscription('nce', 'active', at(offset))], entitlements: [] }));
    cases.push(customer({ subscriptions: [subscription('nce', 'suspended', at(offset))], entitlements: [] }));
    // Perpetual software created exactly 30 days before now, give or take a millisecond.
    cases.push(
      customer({
        subscriptions: [],
        entitlements: [
          entitlement('software', { orderId: `perp-${offset}`, orderCreationDate: at(-30 * DAY + offset) }),
        ],
      }),
    );
    cases.push(
      customer({
        subscriptions: [],
        entitlements: [
          entitlement('reservedInstance', { orderId: `ri-exp-${offset}`, expiryDate: at(offset) }),
        ],
      }),
    );
  }
  for (const status of ['pending', 'suspended', 'active', 'disabled', 'expired', 'deleted'] as const) {
    for (const kind of Object.keys(PRODUCT_TYPES) as (keyof typeof PRODUCT_TYPES)[]) {
      cases.push(customer({ subscriptions: [subscription(kind, status, null)], entitlements: [] }));
    }
  }
  for (const spelling of [...RESERVATION_SPELLINGS, 'software', 'Software', 'somethingMicrosoftAddsLater']) {
    cases.push(
      customer({
        subscriptions: [],
        entitlements: [entitlement(spelling, { orderId: `t-${spelling}`, expiryDate: at(90 * DAY) })],
      }),
    );
    cases.push(
      customer({
        subscriptions: [],
        entitlements: [entitlement(spelling, { orderId: `c-${spelling}`, fulfillmentState: 'cancelled' })],
      }),
    );
  }
  // A software subscription and its entitlement in one order; then the subscription cancelled.
  cases.push(
    customer({
      subscriptions: [subscription('software', 'active', at(3 * DAY), 'sw-sub-order')],
      entitlements: [entitlement('software', { orderId: 'sw-sub-order', orderCreationDate: at(-2 * DAY) })],
    }),
  );
  cases.push(
    customer({
      subscriptions: [subscription('software', 'deleted', at(3 * DAY), 'sw-sub-order-2')],
      entitlements: [entitlement('software', { orderId: 'sw-sub-order-2', orderCreationDate: at(-2 * DAY) })],
    }),
  );
  // Software sharing its order with a subscription that does not block by itself.
  for (const kind of ['legacy', 'azurePlan'] as const) {
    cases.push(
      customer({
        subscriptions: [subscription(kind, 'suspended', null, `same-order-${kind}`)],
        entitlements: [
          entitlement('software', { orderId: `same-order-${kind}`, orderCreationDate: at(-2 * DAY) }),
        ],
      }),
    );
  }
  // A two-line perpetual order, one line already cancelled.
  cases.push(
    customer({
      subscriptions: [],
      entitlements: [
        entitlement('software', {
          orderId: 'two-lines',
          orderCreationDate: at(-3 * DAY),
          fulfillmentState: 'cancelled',
        }),
        entitlement('software', { orderId: 'two-lines', orderCreationDate: at(-3 * DAY), skuId: '0003' }),
      ],
    }),
  );
  return cases;
}

const instant = fc.constantFrom(
  -45 * DAY,
  -30 * DAY - 1,
  -30 * DAY,
  -30 * DAY + 1,
  -DAY,
  -1,
  0,
  1,
  DAY,
  200 * DAY,
);

const generatedSubscription = fc
  .record({
    kind: fc.constantFrom(...(Object.keys(PRODUCT_TYPES) as (keyof typeof PRODUCT_TYPES)[])),
    status: fc.constantFrom('active', 'suspended', 'deleted', 'expired', 'pending', 'disabled' as const),
    until: fc.option(instant, { nil: null }),
    order: fc.option(fc.constantFrom('o1', 'o2', 'o3'), { nil: undefined }),
  })
  .map(({ kind, status, until, order }) =>
    subscription(kind, status, until === null ? null : at(until), order),
  );

const generatedEntitlement = fc
  .record({
    type: fc.constantFrom(...RESERVATION_SPELLINGS, 'software', 'SOFTWARE', 'unknownType'),
    state: fc.constantFrom('fulfilled', 'cancelled' as const),
    expiry: fc.option(instant, { nil: undefined }),
    created: fc.option(instant, { nil: undefined }),
    order: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
  })
  .map(({ type, state, expiry, created, order }) =>
    entitlement(type, {
      orderId: order,
      fulfillmentState: state,
      ...(expiry === undefined ? {} : { expiryDate: at(expiry) }),
      ...(created === undefined ? {} : { orderCreationDate: at(created) }),
    }),
  );

const generatedCustomer = fc
  .record({
    subscriptions: fc.array(generatedSubscription, { maxLength: 3 }),
    entitlements: fc.array(generatedEntitlement, { maxLength: 3 }),
  })
  .map((parts) => customer(parts));

function tenantOf(customers: SandboxCustomer[]): SandboxTenantInput {
  return {
    partner: {
      type: 'direct',
      tenantId: 'edge-partner',
      mpnId: '1',
      companyName: 'Edge Partner',
      invitationDap: false,
    },
    partnerRelationships: [],
    customers,
  };
}

describe('removal rule parity: the sandbox and the pre-flight give the same verdict', () => {
  for (const file of readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json'))) {
    it(`every customer of the bundled fixture ${file}`, async () => {
      const fixture = JSON.parse(readFileSync(path.join(FIXTURE_DIR, file), 'utf8')) as SandboxTenantInput;
      const results = await verdicts(fixture);
      assert.ok(results.length > 0);
      assertSameVerdicts(results);
    });
  }

  it('every customer of a generated tenant', async () => {
    assertSameVerdicts(await verdicts(generateTenant(120)));
  });

  it('edge cases: exactly at each deadline, pending, every reservation spelling, suspended NCE', async () => {
    const results = await verdicts(tenantOf(edgeCases()));
    assertSameVerdicts(results);
    // The edges are not all one way: both verdicts occur.
    assert.ok(results.some((r) => r.service) && results.some((r) => !r.service));
  });

  for (const [label, offset, offered] of [
    ['exactly at', 0, true],
    ['one millisecond after', 1, false],
  ] as const) {
    it(`offers a cancel ${label} the deadline iff the sandbox accepts it (NCE and perpetual software)`, async () => {
      const nce = customer({ subscriptions: [subscription('nce', 'active', at(-offset))], entitlements: [] });
      const perpetual = customer({
        subscriptions: [],
        entitlements: [
          entitlement('software', { orderId: 'perp', orderCreationDate: at(-30 * DAY - offset) }),
        ],
      });
      const harness = await startHarness({ fixture: tenantOf([nce, perpetual]), now: () => NOW });
      try {
        const { client } = harness;
        const [ncePreflight] = assessRemoval(
          await client.listSubscriptions(context(), nce.id),
          [],
          new Map(),
          NOW,
        ).blockers;
        assert.equal(ncePreflight.remedy === 'cancel', offered, 'NCE cancel offered');
        const nceCancel = client.changeSubscriptionStatus(
          context(),
          nce.id,
          nce.subscriptions[0].id,
          'deleted',
        );
        if (offered) await nceCancel;
        else await assert.rejects(nceCancel, (error: PartnerCenterApiError) => error.code === 900117);

        const entitlements = await client.listEntitlements(context(), perpetual.id, { showExpiry: true });
        const order = await client.getOrder(context(), perpetual.id, 'perp');
        const assessed = assessRemoval([], entitlements, new Map([['perp', order]]), NOW);
        assert.equal(
          assessed.blockers[0]?.remedy === 'cancelSoftwareOrder',
          offered,
          'software cancel offered',
        );
        assert.equal(assessed.notices.length, offered ? 0 : 1);
        const lines = [{ lineItemNumber: 0, offerId: order.lineItems![0].offerId! }];
        const cancel = client.cancelSoftwareOrder(context(), perpetual.id, 'perp', lines);
        if (offered) assert.equal((await cancel).status, 'cancelled');
        else await assert.rejects(cancel, (error: PartnerCenterApiError) => error.code === 900117);
      } finally {
        await harness.close();
      }
    });
  }

  it('generated customers (fast-check, fixed seed)', async () => {
    const customers = fc.sample(generatedCustomer, { numRuns: 300, seed: 13 });
    assertSameVerdicts(await verdicts(tenantOf(customers)));
  });
});

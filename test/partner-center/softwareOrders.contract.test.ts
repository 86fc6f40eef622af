/**
 * Software orders in the sandbox, over HTTP through the client: GET an order (its lines and
 * creationDate), cancel only the lines named (never the rest of the order), the 30-day window of
 * perpetual software, and every reservation spelling answering the `reservedInstance` filter.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { SandboxTenantInput } from '../../services/partner-center';
import { context, startHarness } from './emulatorHarness';
import { eachTest } from '../helpers/eachTest';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const CUSTOMER = '0a0a0a0a-0000-4000-8000-000000000001';

const artifacts: never[] = [];
const tenant: SandboxTenantInput = {
  partner: { type: 'direct', tenantId: 'p-1', mpnId: '1', companyName: 'Partner' },
  customers: [
    {
      id: CUSTOMER,
      companyProfile: { tenantId: CUSTOMER, domain: 'two.onmicrosoft.com', companyName: 'Two Lines Ltd' },
      entitlements: [
        {
          entitlementType: 'software',
          productId: 'DG7GMGF0FKZV',
          skuId: '0003',
          quantity: 2,
          referenceOrder: { id: 'order-two', lineItemId: '0' },
          orderCreationDate: 'now-3d',
          entitledArtifacts: artifacts,
        },
        {
          entitlementType: 'software',
          productId: 'DG7GMGF0DVT7',
          skuId: '000C',
          quantity: 1,
          referenceOrder: { id: 'order-two', lineItemId: '1' },
          orderCreationDate: 'now-3d',
          entitledArtifacts: artifacts,
        },
        {
          entitlementType: 'software',
          productId: 'DG7GMGF0D7FV',
          skuId: '0002',
          quantity: 1,
          referenceOrder: { id: 'order-old' },
          orderCreationDate: 'now-31d',
          entitledArtifacts: artifacts,
        },
        {
          entitlementType: 'virtual_machine_reserved_instance',
          productId: 'DZH318Z0BQ4Q',
          skuId: '0001',
          quantity: 3,
          expiryDate: 'now+100d',
          referenceOrder: { id: 'order-ri' },
          entitledArtifacts: artifacts,
        },
      ],
    },
  ],
};

describe('Software orders (GET and PATCH …/orders/{id}) in the emulator', () => {
  const harness = eachTest(() => startHarness({ fixture: tenant, now: () => NOW }));

  it('reads an order with its lines and the creation date the 30-day window counts from', async () => {
    const order = await harness().client.getOrder(context(), CUSTOMER, 'order-two');
    assert.equal(order.creationDate, new Date(NOW.getTime() - 3 * 86_400_000).toISOString());
    assert.equal(order.status, 'completed');
    assert.deepEqual(
      order.lineItems?.map((line) => [line.lineItemNumber, line.offerId, line.quantity]),
      [
        [0, 'DG7GMGF0FKZV:0003', 2],
        [1, 'DG7GMGF0DVT7:000C', 1],
      ],
    );
  });

  it('cancels only the line named, leaving the rest of the order live', async () => {
    const order = await harness().client.cancelSoftwareOrder(context(randomUUID()), CUSTOMER, 'order-two', [
      { lineItemNumber: 1, offerId: 'DG7GMGF0DVT7:000C' },
    ]);
    assert.equal(order.status, 'completed', 'not every line is cancelled');
    assert.deepEqual(
      order.lineItems?.map((line) => line.quantity),
      [2, 0],
    );
    const software = await harness().client.listEntitlements(context(), CUSTOMER, { type: 'software' });
    assert.deepEqual(
      software
        .filter((e) => e.referenceOrder?.id === 'order-two')
        .map((e) => [e.referenceOrder?.lineItemId, e.fulfillmentState]),
      [
        ['0', 'fulfilled'],
        ['1', 'cancelled'],
      ],
    );
    const last = await harness().client.cancelSoftwareOrder(context(randomUUID()), CUSTOMER, 'order-two', [
      { lineItemNumber: 0, offerId: 'DG7GMGF0FKZV:0003' },
    ]);
    assert.equal(last.status, 'cancelled', 'every line is cancelled now');
  });

  it('never sends a cancel without lines (Partner Center would cancel the whole order)', async () => {
    await assert.rejects(
      harness().client.cancelSoftwareOrder(context(randomUUID()), CUSTOMER, 'order-two', []),
      /needs the line items/,
    );
    assert.equal(harness().emulator.requests.filter((r) => r.method === 'PATCH').length, 0);
  });

  it('refuses lines that are not in the order', async () => {
    await assert.rejects(
      harness().client.cancelSoftwareOrder(context(randomUUID()), CUSTOMER, 'order-two', [
        { lineItemNumber: 7, offerId: 'DG7GMGF0DVT7:000C' },
      ]),
      (error: { code?: unknown }) => error.code === 3000,
    );
  });

  it('refuses to cancel perpetual software past its 30-day window', async () => {
    await assert.rejects(
      harness().client.cancelSoftwareOrder(context(randomUUID()), CUSTOMER, 'order-old', [
        { lineItemNumber: 0, offerId: 'DG7GMGF0D7FV:0002' },
      ]),
      (error: { code?: unknown; description?: string }) =>
        error.code === 900117 && /30-day cancellation window/.test(error.description ?? ''),
    );
  });

  it('answers the reservedInstance filter with a reservation spelled virtual_machine_reserved_instance', async () => {
    const reservations = await harness().client.listEntitlements(context(), CUSTOMER, {
      type: 'reservedInstance',
    });
    assert.deepEqual(
      reservations.map((e) => [e.referenceOrder?.id, e.entitlementType]),
      [['order-ri', 'reservation']],
    );
  });
});

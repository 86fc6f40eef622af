/**
 * The sandbox answers the documented requests with the documented shape: the same field names
 * (recursively, case-sensitive) and JSON types as Microsoft's example, except the fields each
 * fixture lists, with its reason, under sandboxMayOmit / sandboxMayAdd. docs/partner-center.md §9.
 */
import assert from 'node:assert/strict';
import { compareShapes } from './contract/bodyShape';
import { documentedEndpoint, documentedPath } from './contract/documentedExample';
import type { DocumentedExample } from './contract/documentedExample';
import { context, demoCustomer, demoSubscription, startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';
import { sandboxRequest } from './sandboxRequest';
import type { SandboxAnswer, SandboxCall } from './sandboxRequest';
import { eachTest } from '../helpers/eachTest';

type Json = Record<string, any>;

const tailwind = demoCustomer('Tailwind Traders');
const vanArsdel = demoCustomer('VanArsdel, Ltd.');

/** The documented request, pointed at demo tenant ids. */
const sandboxCalls: Record<
  string,
  (example: DocumentedExample, harness: Harness) => SandboxCall | Promise<SandboxCall>
> = {
  'list customers, size=40': (example) => ({ method: 'GET', path: pathOf(example) }),
  'customers whose company name starts with "Cont"': (example) => ({
    method: 'GET',
    path: pathOf(example),
  }),
  'customers of an indirect reseller': () => ({
    method: 'GET',
    path: `/v1/customers?size=0&filter=${encodeURIComponent(
      JSON.stringify({
        Field: 'IndirectReseller',
        Value: tailwind.associatedPartnerId,
        Operator: 'starts_with',
      }),
    )}`,
  }),
  'customer by id': () => ({
    method: 'GET',
    path: `/v1/customers/${demoCustomer('Contoso Suites').id}`,
  }),
  'reseller relationship request link': (example) => ({ method: 'GET', path: pathOf(example) }),
  'remove the reseller relationship': (example) => ({
    method: 'PATCH',
    path: `/v1/customers/${demoCustomer('A. Datum Corporation').id}`,
    body: example.request!.body,
  }),
  'new commerce subscriptions': () => ({
    method: 'GET',
    path: `/v1/customers/${vanArsdel.id}/subscriptions`,
  }),
  'new commerce subscription': () => ({
    method: 'GET',
    path: `/v1/customers/${vanArsdel.id}/subscriptions/${vanArsdel.subscriptions[0].id}`,
  }),
  'cancel a new commerce / marketplace subscription (status deleted)': async (example, harness) => {
    const subscription = demoSubscription(
      'Fourth Coffee',
      demoCustomer('Fourth Coffee').subscriptions[0].offerName,
    );
    const path = `/v1/customers/${demoCustomer('Fourth Coffee').id}/subscriptions/${subscription.id}`;
    const current = (await call(harness, { method: 'GET', path })).body as Json;
    return {
      method: 'PATCH',
      path,
      headers: { 'If-Match': `"${current.attributes.etag as string}"` },
      body: { ...(example.request!.body as Json), id: subscription.id },
    };
  },
  'all entitlements (a reservation and software)': () => ({
    method: 'GET',
    path: `/v1/customers/${tailwind.id}/entitlements`,
  }),
  'software entitlements with expiry dates': () => ({
    method: 'GET',
    path: `/v1/customers/${tailwind.id}/entitlements?entitlementtype=software&showExpiry=true`,
  }),
  'cancel a software order line': async (example, harness) => {
    // The documented body, naming the demo order's own line (the example's offer is not in the demo).
    const nod = demoCustomer('Nod Publishers');
    const order = nod.entitlements[0].referenceOrder.id;
    const read = await harness.client.getOrder(context(), nod.id, order);
    const [line] = read.lineItems!;
    return {
      method: 'PATCH',
      path: `/v1/customers/${nod.id}/orders/${order}`,
      body: {
        ...(example.request!.body as Json),
        id: order,
        lineItems: [{ lineItemNumber: line.lineItemNumber, offerId: line.offerId }],
      },
    };
  },
  "an indirect provider's resellers": (example) => ({ method: 'GET', path: pathOf(example) }),
  "a customer's indirect resellers": () => ({
    method: 'GET',
    path: `/v1/customers/${tailwind.id}/relationships`,
  }),
};

function pathOf(example: DocumentedExample): string {
  const { pathname, query } = documentedPath(example.request!);
  const search = query.toString();
  return `${pathname}${search ? `?${search}` : ''}`;
}

function call(harness: Harness, request: SandboxCall): Promise<SandboxAnswer> {
  return sandboxRequest(harness.emulator.url, request);
}

const FILES = [
  'e1-list-customers.json',
  'e1f-filtered-customers.json',
  'e2-get-customer.json',
  'e3-relationship-request.json',
  'e4-remove-reseller-relationship.json',
  'e8-list-subscriptions.json',
  'e9-get-subscription.json',
  'e10-change-subscription-status.json',
  'e11-list-entitlements.json',
  'e16-cancel-software-order.json',
  'e7-list-partner-relationships.json',
  'e6-customer-partner-relationships.json',
  'webhook-events.json',
];

describe("The sandbox answers Microsoft's documented requests with the documented shape", () => {
  const harness = eachTest(startHarness);

  for (const file of FILES) {
    for (const example of documentedEndpoint(file).examples) {
      if (example.sandboxNotCompared) {
        it(`${file}: ${example.name} (not compared: ${example.sandboxNotCompared})`, () => {
          assert.equal(sandboxCalls[example.name], undefined);
        });
        continue;
      }
      it(`${file}: ${example.name}`, async () => {
        const request = sandboxCalls[example.name];
        assert.ok(request, 'a sandbox call for this example, or sandboxNotCompared with the reason');
        const answer = await call(harness(), await request(example, harness()));
        assert.equal(answer.status, example.response!.status, JSON.stringify(answer.body));
        const difference = compareShapes(example.response!.body, answer.body, {
          mayOmit: example.sandboxMayOmit,
          mayAdd: example.sandboxMayAdd,
        });
        const differs = difference.missing.length + difference.added.length + difference.retyped.length;
        assert.equal(
          differs,
          0,
          `sandbox differs from the documented example: ${JSON.stringify(difference)}`,
        );
      });
    }
  }
});

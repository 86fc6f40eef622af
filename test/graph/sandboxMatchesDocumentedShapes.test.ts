/**
 * The sandbox answers the documented Graph requests with the documented shape: the same field paths
 * (recursively, case-sensitive) and JSON types as Microsoft's example, except the fields each fixture
 * lists, with its reason, under sandboxMayOmit / sandboxMayAdd. docs/graph.md §7.
 */
import assert from 'node:assert/strict';
import { SANDBOX_GRAPH_PATH } from '../../services/graph/graphHttp';
import { compareShapes } from '../partner-center/contract/bodyShape';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { sandboxRequest } from '../partner-center/sandboxRequest';
import type { SandboxCall } from '../partner-center/sandboxRequest';
import { eachTest } from '../helpers/eachTest';
import { GRAPH_FILES, graphEndpoint } from './contract/graphExample';
import type { GraphExample } from './contract/graphExample';
import { startGraphHarness } from './graphHarness';
import type { GraphHarness } from './graphHarness';

const RELATIONSHIPS = `${SANDBOX_GRAPH_PATH}/tenantRelationships/delegatedAdminRelationships`;
const woodgrove = demoCustomer('Woodgrove Bank');
const vanArsdel = demoCustomer('VanArsdel, Ltd.');

/** The documented request, pointed at demo tenant ids (and, for the 403, the fault that answers it). */
const sandboxCalls: Record<string, (example: GraphExample, harness: GraphHarness) => SandboxCall> = {
  'list delegated admin relationships': () => ({
    method: 'GET',
    path: `${RELATIONSHIPS}?$filter=${encodeURIComponent(`customer/tenantId eq '${woodgrove.id}'`)}`,
  }),
  'get a delegated admin relationship': () => ({
    method: 'GET',
    path: `${RELATIONSHIPS}/${woodgrove.gdapRelationships[0].id}`,
  }),
  'list access assignments of a relationship': () => ({
    method: 'GET',
    path: `${RELATIONSHIPS}/${woodgrove.gdapRelationships[0].id}/accessAssignments`,
  }),
  'create a request on a relationship': () => ({
    method: 'POST',
    path: `${RELATIONSHIPS}/${vanArsdel.gdapRelationships[0].id}/requests`,
    body: { action: 'terminate' },
  }),
  'access denied (403)': (_example, harness) => {
    harness.emulator.faults.set('getGdapRelationship', {
      next: [
        {
          status: 403,
          code: 'accessDenied',
          description: "The caller doesn't have permission to perform the action.",
        },
      ],
    });
    return { method: 'GET', path: `${RELATIONSHIPS}/${woodgrove.gdapRelationships[0].id}` };
  },
};

describe("The sandbox answers Microsoft's documented Graph requests with the documented shape", () => {
  const harness = eachTest(() => startGraphHarness({ gdapTerminationDelayMs: 0 }));

  for (const file of GRAPH_FILES) {
    for (const example of graphEndpoint(file).examples) {
      if (example.sandboxNotCompared) {
        it(`${file}: ${example.name} (not compared: ${example.sandboxNotCompared})`, () => {
          assert.equal(sandboxCalls[example.name], undefined);
        });
        continue;
      }
      it(`${file}: ${example.name}`, async () => {
        const request = sandboxCalls[example.name];
        assert.ok(request, 'a sandbox call for this example, or sandboxNotCompared with the reason');
        const answer = await sandboxRequest(harness().emulator.url, request(example, harness()));
        assert.equal(answer.status, example.response!.status, JSON.stringify(answer.body));
        const difference = compareShapes(example.response!.body, answer.body, {
          mayOmit: example.sandboxMayOmit,
          mayAdd: example.sandboxMayAdd,
        });
        assert.deepEqual(
          difference,
          { missing: [], added: [], retyped: [] },
          'sandbox differs from the example',
        );
        if (example.response!.headers.Location) {
          assert.match(
            answer.headers.get('Location') ?? '',
            new RegExp(`${RELATIONSHIPS}/[^/]+/requests/[^/]+$`),
          );
        }
        if (answer.status >= 400) {
          const inner = (answer.body as { error: { innerError: Record<string, string> } }).error.innerError;
          assert.equal(inner['request-id'], answer.headers.get('request-id'));
        }
      });
    }
  }
});

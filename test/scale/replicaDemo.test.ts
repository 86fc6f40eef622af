/**
 * The two-replica demo (`npm run demo:replicas`) works on Redis: turns sent to its load balancer
 * reach both replicas, a removal requested through one and approved through the other runs once,
 * and after `kill -9` of one replica the other keeps answering. Skipped without redis-server.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { VERBS } from '../../cards/verbs';
import { onPath } from '../../scripts/localRedis';
import { actionActivity, messageActivity, PERSONAS, personaIn } from '../helpers/activities';
import { FakeConnector } from '../helpers/fakeConnector';
import { readableText } from '../helpers/cardQueries';
import { removalEffects, requestsToCustomer, until } from '../helpers/replicaCluster';
import { demoCustomer } from '../partner-center/emulatorHarness';

const demoJs = path.resolve(__dirname, '../../scripts/demo/replicaDemo.js');
describe('the two-replica demo on Redis', function () {
  this.timeout(90_000);
  let connector: FakeConnector;
  let demo: ReturnType<typeof spawn> | undefined;
  let stderr = '';
  let balancer: string;
  let sandbox: string;

  before(async function () {
    if (!onPath('redis-server')) {
      process.stdout.write('      skipped: redis-server is not installed\n');
      this.skip();
    }
    connector = new FakeConnector();
    await connector.start();
    const { STORE_URL: _ignored, ...env } = process.env;
    demo = spawn(process.execPath, [demoJs], { env: { ...env, PORT: '0', LOG_LEVEL: 'warn' } });
    demo.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let out = '';
    [balancer, sandbox] = await new Promise<[string, string]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the demo did not start: ${stderr}`)), 60_000);
      demo!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /^DEMO (\S+) (\S+)$/m.exec(out);
        if (ready) {
          clearTimeout(timer);
          resolve([ready[1], ready[2]]);
        }
      });
      demo!.once('exit', (code) => reject(new Error(`the demo exited ${code}: ${stderr}`)));
    });
  });

  after(async () => {
    if (demo && demo.exitCode === null) {
      const exited = new Promise((resolve) => demo!.once('exit', resolve));
      demo.kill('SIGTERM');
      await exited;
    }
    await connector?.stop();
  });

  async function post(activity: unknown): Promise<{ status: number; replica: string | null; body: string }> {
    const response = await fetch(`${balancer}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    return {
      status: response.status,
      replica: response.headers.get('x-replica'),
      body: await response.text(),
    };
  }

  it('spreads turns over both replicas, runs a removal approved on the other one once, and survives kill -9', async () => {
    const before = connector.activities.length;
    const helps = [];
    for (let i = 0; i < 4; i++)
      helps.push(
        await post(messageActivity('help', personaIn(connector.url, PERSONAS.alexSales, 'personal'))),
      );
    assert.ok(helps.every((h) => h.status === 200));
    assert.deepEqual(new Set(helps.map((h) => h.replica)), new Set(['a', 'b']));
    await connector.waitFor(before + 4);

    const customer = demoCustomer('A. Datum Corporation');
    const requested = await post(
      actionActivity(
        VERBS.removalRequest,
        { customerId: customer.id, attested: 'true', reason: 'demo' },
        personaIn(connector.url, PERSONAS.alexSales, 'personal'),
      ),
    );
    assert.equal(requested.status, 200);
    const requestId = /Request ID: \n?(\S+)/.exec(readableText(JSON.parse(requested.body).value))?.[1];
    assert.ok(requestId, `the request card carries its id: ${requested.body.slice(0, 300)}`);
    const approved = await post(
      actionActivity(
        VERBS.approvalApprove,
        { requestId },
        personaIn(connector.url, PERSONAS.meganAdminApprover, 'channel'),
      ),
    );
    assert.equal(approved.status, 200);
    assert.notEqual(approved.replica, requested.replica, 'the approval went to the other replica');
    assert.match(readableText(JSON.parse(approved.body).value), /Megan/);
    const effects = await until('the removal in Partner Center', async () => {
      const done = removalEffects(await requestsToCustomer(sandbox, customer.id));
      return done.length > 0 ? done : undefined;
    });
    assert.equal(effects.length, 1);

    const pid = Number(/replica a: pid (\d+)/.exec(stderr)?.[1]);
    assert.ok(pid > 0, stderr);
    process.kill(pid, 'SIGKILL');
    // Requests in flight to a dying replica get a 502, as behind a real load balancer; once it is gone
    // its port refuses connections and every request goes to the survivor.
    await until('the demo to notice replica a died', () =>
      Promise.resolve(/replica a \(pid \d+\) ended: SIGKILL/.test(stderr) ? true : undefined),
    );
    const after = [];
    for (let i = 0; i < 3; i++)
      after.push(
        await post(messageActivity('help', personaIn(connector.url, PERSONAS.alexSales, 'personal'))),
      );
    assert.deepEqual(
      after.map((h) => [h.status, h.replica]),
      [
        [200, 'b'],
        [200, 'b'],
        [200, 'b'],
      ],
    );
  });
});

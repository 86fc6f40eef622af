/**
 * How the Graph client behaves when Graph throttles, fails or loses an answer (docs/graph.md §4, §5),
 * against a loopback server (127.0.0.1) that answers what each test queues: `Retry-After` is waited,
 * 503 and 504 are retried with backoff under one client-request-id, a terminate whose answer was
 * lost is not sent twice, and a refused customer filter falls back to a full listing filtered here.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import pino from 'pino';
import { failureOf } from '../../services/partner-center/failure';
import { GraphThrottledError } from '../../services/graph/graphErrors';
import { startExampleReplayServer } from '../partner-center/contract/exampleReplayServer';
import type { ExampleReplayServer } from '../partner-center/contract/exampleReplayServer';
import type { DocumentedResponse } from '../partner-center/contract/documentedExample';
import { graphExample } from './contract/graphExample';
import { gdapClientAt, graphContext } from './graphHarness';

type Json = Record<string, any>;

const list = graphExample('list-delegatedadminrelationships.json');
const get = graphExample('get-delegatedadminrelationship.json');
const post = graphExample('create-delegatedadminrelationshiprequest.json');
const CONTOSO = '52eaad04-13a2-4a2f-9ce8-93a294fadf36';
const relationshipId = (get.response!.body as Json).id as string;

function graphError(status: number, code: string, headers: Record<string, string> = {}): DocumentedResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: {
      error: {
        code,
        message: `${code} (test)`,
        innerError: { 'request-id': `rid-${status}`, date: '2024-01-01T00:00:00' },
      },
    },
  };
}

function withStatus(status: string): DocumentedResponse {
  return { ...get.response!, body: { ...(get.response!.body as Json), status } };
}

describe('The Graph client under throttling and failures', () => {
  let server: ExampleReplayServer;

  before(async () => {
    server = await startExampleReplayServer();
  });
  beforeEach(() => server.received.splice(0));
  after(() => server.close());

  const client = () => gdapClientAt(`${server.url}/v1.0`);

  it('waits Retry-After after a 429, then succeeds', async () => {
    server.answerWith(graphError(429, 'TooManyRequests', { 'Retry-After': '1' }), list.response!);
    const started = Date.now();
    const found = await client().customerRelationships(graphContext(), CONTOSO);
    const waited = Date.now() - started;
    assert.equal(found.length, 2);
    assert.equal(server.received.length, 2);
    assert.ok(waited >= 950, `waited ${waited} ms for Retry-After: 1`);
  });

  it('gives up on a Retry-After longer than it may hold a turn, with the throttled failure', async () => {
    server.answerWith(graphError(429, 'TooManyRequests', { 'Retry-After': '3600' }));
    const error: unknown = await client()
      .relationship(graphContext(), relationshipId)
      .catch((e: unknown) => e);
    assert.ok(error instanceof GraphThrottledError);
    assert.equal(error.retryAfterSeconds, 3600);
    assert.equal(server.received.length, 1, 'not retried');
    assert.equal(failureOf(error).code, 'TooManyRequests');
  });

  it('retries 503 and 504 with backoff under one client-request-id', async () => {
    server.answerWith(
      graphError(503, 'serviceNotAvailable'),
      graphError(504, 'gatewayTimeout'),
      get.response!,
    );
    const context = graphContext();
    const relationship = await client().relationship(context, relationshipId);
    assert.equal(relationship.status, 'active');
    assert.equal(server.received.length, 3);
    assert.deepEqual(
      server.received.map((r) => r.headers['client-request-id']),
      [context.correlationId, context.correlationId, context.correlationId],
    );
  });

  it('honours a Retry-After on a 503', async () => {
    server.answerWith(graphError(503, 'serviceNotAvailable', { 'Retry-After': '1' }), get.response!);
    const started = Date.now();
    await client().relationship(graphContext(), relationshipId);
    assert.ok(Date.now() - started >= 950);
  });

  it('does not send a second terminate when the first one went through but its answer was lost', async () => {
    // Read: active. POST: 504 (the service applied it). Before the retry, read: terminationRequested.
    server.answerWith(get.response!, graphError(504, 'gatewayTimeout'), withStatus('terminationRequested'));
    const outcome = await client().terminate(graphContext(), relationshipId);
    assert.equal(outcome.kind, 'requested');
    assert.equal(outcome.relationship?.status, 'terminationRequested');
    assert.deepEqual(
      server.received.map((r) => r.method),
      ['GET', 'POST', 'GET'],
      'one POST only',
    );
  });

  it('retries a terminate that failed without effect, once it has read the relationship still active', async () => {
    server.answerWith(
      get.response!,
      graphError(503, 'serviceNotAvailable'),
      get.response!,
      post.response!,
      withStatus('terminationRequested'),
    );
    const outcome = await client().terminate(graphContext(), relationshipId);
    assert.equal(outcome.kind, 'requested');
    assert.equal(outcome.kind === 'requested' && outcome.request?.id, (post.response!.body as Json).id);
    assert.deepEqual(
      server.received.map((r) => r.method),
      ['GET', 'POST', 'GET', 'POST', 'GET'],
    );
  });

  it('sends nothing for a relationship already terminating or terminated, or not active', async () => {
    for (const status of ['terminationRequested', 'terminating', 'terminated']) {
      server.received.splice(0);
      server.answerWith(withStatus(status));
      const outcome = await client().terminate(graphContext(), relationshipId);
      assert.equal(outcome.kind, 'alreadyRequested', status);
      assert.deepEqual(
        server.received.map((r) => r.method),
        ['GET'],
        status,
      );
    }
    server.received.splice(0);
    server.answerWith(withStatus('expired'));
    assert.equal((await client().terminate(graphContext(), relationshipId)).kind, 'notActive');
    assert.deepEqual(
      server.received.map((r) => r.method),
      ['GET'],
    );
  });

  it('takes a refused terminate for done when the relationship turns out to be terminating', async () => {
    server.answerWith(get.response!, graphError(400, 'notAllowed'), withStatus('terminating'));
    const outcome = await client().terminate(graphContext(), relationshipId);
    assert.equal(outcome.kind, 'alreadyRequested');
    assert.deepEqual(
      server.received.map((r) => r.method),
      ['GET', 'POST', 'GET'],
    );
  });

  it('lists everything and filters here when Graph refuses the customer filter', async () => {
    server.answerWith(graphError(400, 'invalidRequest'), list.response!);
    const found = await client().customerRelationships(graphContext(), CONTOSO);
    assert.equal(server.received[0].query.get('$filter'), `customer/tenantId eq '${CONTOSO}'`);
    assert.equal(server.received[1].query.get('$filter'), null);
    assert.equal(found.length, 2);
  });

  it('logs the calls at debug level without the token or the bodies', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = pino({ level: 'debug' }, sink);
    server.answerWith(graphError(503, 'serviceNotAvailable'), get.response!);
    await gdapClientAt(`${server.url}/v1.0`, { logger }).relationship(graphContext(), relationshipId);
    const text = lines.join('');
    assert.match(text, /Microsoft Graph call/);
    assert.ok(!text.includes('graph-test-token'), 'no bearer token in the log');
    assert.ok(!text.includes('Contoso admin relationship'), 'no body in the log');
  });
});

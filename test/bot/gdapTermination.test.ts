/**
 * Ending GDAP on approval, through the real HTTP endpoint, the real bot and the sandbox's Graph routes:
 * a removal that also ends two of a customer's three GDAP relationships, approved by another person,
 * ends the reseller relationship and exactly those two, each confirmed by a re-read; a GDAP termination
 * on its own keeps the customer; a choice that is no longer active is refused and records nothing; a
 * relationship already ending is not asked again.
 */
import assert from 'node:assert/strict';
import { VERBS } from '../../cards/verbs';
import { SANDBOX_GRAPH_PATH } from '../../services/graph/graphHttp';
import { isRelationshipGone } from '../../services/relationships/customerRecord';
import { PERSONAS, type ActivityOptions, type Persona } from '../helpers/activities';
import { botEachTest } from '../helpers/chat';
import { actionWithVerb, inputOf, readableText } from '../helpers/cardQueries';
import { clickOn, personalChat, replyTo } from '../helpers/teamsPlaces';
import { until } from '../helpers/until';
import type { RemovalRequest } from '../../services/workflows/removalRequest';

const WOODGROVE = 'Woodgrove Bank';
const CARD_MESSAGE = 'card-message-1';

describe('GDAP relationships ended on approval (HTTP, sandbox Graph)', function () {
  this.timeout(60_000);
  const running = botEachTest();

  const personal = (who: Persona) => personalChat(running.connector.url, who);
  const say = (text: string, options: ActivityOptions) =>
    replyTo(running.harness.bot.url, running.connector, text, options);
  const click = (verb: string, data: Record<string, unknown>, options: ActivityOptions) =>
    clickOn(running.harness.bot.url, verb, data, options, CARD_MESSAGE);
  const text = (card: unknown) => readableText(card).replace(/\n/g, ' ');
  const graph = () => running.harness.bot.services.gdapClient!;
  const context = { correlationId: '00000000-0000-4000-8000-000000000017' };
  /** The terminate requests the sandbox received, per relationship id. */
  const terminatePosts = () =>
    running.harness.bot.partnerCenter.emulator!.requests.filter(
      (r) =>
        r.method === 'POST' && r.path.startsWith(`${SANDBOX_GRAPH_PATH}/`) && r.path.endsWith('/requests'),
    );

  async function customerNamed(name: string) {
    const found = (await running.harness.bot.services.directory.current()).exact(name);
    assert.equal(found.length, 1, `${name} is in the sandbox`);
    return found[0];
  }

  async function woodgrove() {
    const customer = await customerNamed(WOODGROVE);
    const relationships = await graph().customerRelationships(context, customer.id);
    return { customer, relationships };
  }

  async function settled(requestId: string): Promise<RemovalRequest> {
    return until(
      'the request to finish',
      async () => {
        const request = await running.harness.bot.services.workflow.get(requestId);
        return request && (request.state === 'completed' || request.state === 'failed') ? request : undefined;
      },
      30_000,
    );
  }

  async function approve(requestId: string): Promise<void> {
    const decided = await click(VERBS.approvalApprove, { requestId }, personal(PERSONAS.meganAdminApprover));
    assert.match(text(decided), /Approved|Being removed|Being ended/);
  }

  it('a removal that also ends two of three GDAP relationships: approved, both end and the third stays, each read back', async () => {
    const { customer, relationships } = await woodgrove();
    assert.equal(relationships.length, 3);
    const [support, security, licensing] = relationships;

    const details = await say(`customer ${WOODGROVE}`, personal(PERSONAS.alexSales));
    for (const r of relationships)
      assert.ok(text(details).includes(r.displayName), `${r.displayName} is shown`);

    const preflight = await say(`remove ${WOODGROVE}`, personal(PERSONAS.alexSales));
    const choice = inputOf(preflight, 'gdapToEnd');
    assert.ok(choice, 'the pre-flight offers to end GDAP relationships');
    assert.equal(choice.isMultiSelect, true);
    assert.deepEqual(
      choice.choices.map((c: { value: string }) => c.value),
      relationships.map((r) => r.id),
    );
    assert.match(choice.choices[1].title, /Security Reader/, 'each choice says its roles');

    const request = actionWithVerb(preflight, VERBS.removalRequest);
    const requested = await click(
      VERBS.removalRequest,
      {
        ...request.data,
        attested: 'true',
        reason: 'The customer moved to another partner',
        gdapToEnd: `${support.id},${security.id}`,
      },
      personal(PERSONAS.alexSales),
    );
    assert.match(text(requested), /GDAP relationships to end after the removal:/);
    assert.ok(
      text(requested).includes(support.displayName) && text(requested).includes(security.displayName),
    );
    assert.ok(!text(requested).includes(licensing.displayName), 'the one not chosen is not named');

    const recorded = await running.harness.bot.services.workflow.openFor(customer.id);
    assert.ok(recorded?.gdap);
    assert.deepEqual(
      recorded.gdap.targets.map((t) => t.id),
      [support.id, security.id],
    );

    // The approver sees the choice on the approval card before deciding.
    const card = await click(
      VERBS.approvalRefresh,
      { requestId: recorded.id },
      personal(PERSONAS.meganAdminApprover),
    );
    assert.match(text(card), /GDAP relationships to end after the removal:/);
    assert.ok(text(card).includes(security.displayName));
    assert.equal(terminatePosts().length, 0, 'nothing is terminated before the approval');

    await approve(recorded.id);
    const done = await settled(recorded.id);
    assert.equal(done.state, 'completed', JSON.stringify(done.execution));
    assert.ok(done.execution?.removedAt, 'the removal was confirmed before GDAP');
    assert.deepEqual(
      done.gdap?.targets.map((t) => [t.name, t.outcome, t.status]),
      [
        [support.displayName, 'terminated', 'terminated'],
        [security.displayName, 'terminated', 'terminated'],
      ],
    );

    // Read back from the services themselves: Partner Center and Graph.
    assert.ok(await isRelationshipGone(running.harness.bot.services.client, context, customer.id));
    assert.equal((await graph().relationship(context, support.id)).status, 'terminated');
    assert.equal((await graph().relationship(context, security.id)).status, 'terminated');
    assert.equal((await graph().relationship(context, licensing.id)).status, 'active', 'not chosen: kept');
    assert.deepEqual(
      terminatePosts()
        .map((r) => r.path)
        .sort(),
      [support.id, security.id]
        .map((id) => `${SANDBOX_GRAPH_PATH}/tenantRelationships/delegatedAdminRelationships/${id}/requests`)
        .sort(),
      'one terminate per chosen relationship',
    );

    // The audit trail and the evidence pack say the same.
    const trail = await running.harness.bot.services.audit.entries(customer.id);
    const ended = trail.filter((e) => e.action === 'gdap.terminated').map((e) => e.detail.relationshipId);
    assert.deepEqual(ended.sort(), [support.id, security.id].sort());
    assert.ok(trail.some((e) => e.action === 'removal.removed'));
    const pack = await running.harness.bot.services.evidence.pack(done.id);
    assert.ok(pack);
    assert.deepEqual(
      pack.gdap?.map((g) => [g.id, g.outcome]),
      [
        [support.id, 'terminated'],
        [security.id, 'terminated'],
      ],
    );
    assert.equal(
      pack.after.partnerCenter === 'relationshipNone' || pack.after.partnerCenter === 'relationshipGone',
      true,
    );

    // The requester's card, replaced in place, ends with both relationships ended.
    const updates = running.connector.activities.filter(
      (a) => a.method === 'PUT' && a.path?.endsWith(`/${CARD_MESSAGE}`),
    );
    const last = updates.at(-1);
    assert.ok(last, 'the requester’s card was updated in place');
    assert.match(JSON.stringify(last.body), /ended on/);
  });

  it('a GDAP termination alone keeps the customer: confirmation needed, then approved and read back as ended', async () => {
    const { customer, relationships } = await woodgrove();
    const [, , licensing] = relationships;
    const details = await say(`customer ${WOODGROVE}`, personal(PERSONAS.alexSales));
    const start = actionWithVerb(details, VERBS.gdapTerminationStart);
    assert.ok(start, 'the customer card offers to end GDAP relationships');
    const card = await click(VERBS.gdapTerminationStart, start.data ?? {}, personal(PERSONAS.alexSales));
    assert.equal(inputOf(card, 'gdapToEnd')?.choices.length, 3);

    const unconfirmed = await click(
      VERBS.gdapTerminationRequest,
      {
        customerId: customer.id,
        gdapToEnd: licensing.id,
        reason: 'Licensing handled in house',
        confirmed: 'false',
      },
      personal(PERSONAS.alexSales),
    );
    assert.match(text(unconfirmed), /Tick the confirmation/);
    assert.equal(inputOf(unconfirmed, 'gdapToEnd')?.value, licensing.id, 'the choice is kept');
    assert.equal(inputOf(unconfirmed, 'reason')?.value, 'Licensing handled in house', 'the reason is kept');
    assert.equal(
      await running.harness.bot.services.workflow.openFor(customer.id),
      undefined,
      'nothing recorded',
    );

    const requested = await click(
      VERBS.gdapTerminationRequest,
      {
        customerId: customer.id,
        gdapToEnd: licensing.id,
        reason: 'Licensing handled in house',
        confirmed: 'true',
      },
      personal(PERSONAS.alexSales),
    );
    assert.match(text(requested), /GDAP termination requested/);
    assert.match(text(requested), /the reseller relationship is kept/);
    const open = await running.harness.bot.services.workflow.openFor(customer.id);
    assert.equal(open?.kind, 'gdap');

    await approve(open.id);
    const done = await settled(open.id);
    assert.equal(done.state, 'completed', JSON.stringify(done.execution));
    assert.equal((await graph().relationship(context, licensing.id)).status, 'terminated');
    assert.equal(
      await isRelationshipGone(running.harness.bot.services.client, context, customer.id),
      false,
      'customer kept',
    );
    const pack = await running.harness.bot.services.evidence.pack(done.id);
    assert.equal(pack?.after.partnerCenter, 'kept');
    assert.equal(pack?.removal, null, 'no removal was sent');
  });

  it('refuses a choice that is not an active relationship of this customer, and records nothing', async () => {
    const { customer } = await woodgrove();
    const other = await customerNamed('VanArsdel, Ltd.');
    const [vanArsdels] = await graph().customerRelationships(context, other.id);
    const preflight = await say(`remove ${WOODGROVE}`, personal(PERSONAS.alexSales));
    const request = actionWithVerb(preflight, VERBS.removalRequest);
    const refused = await click(
      VERBS.removalRequest,
      { ...request.data, attested: 'true', reason: 'Moving on', gdapToEnd: vanArsdels.id },
      personal(PERSONAS.alexSales),
    );
    assert.match(text(refused), /no longer active/);
    assert.equal(await running.harness.bot.services.workflow.openFor(customer.id), undefined);
  });

  it('a relationship already ending is not asked again: one terminate for the other', async () => {
    const { customer, relationships } = await woodgrove();
    const [support, security] = relationships;
    const preflight = await say(`remove ${WOODGROVE}`, personal(PERSONAS.alexSales));
    const request = actionWithVerb(preflight, VERBS.removalRequest);
    await click(
      VERBS.removalRequest,
      { ...request.data, attested: 'true', reason: 'Moving on', gdapToEnd: `${support.id},${security.id}` },
      personal(PERSONAS.alexSales),
    );
    const open = await running.harness.bot.services.workflow.openFor(customer.id);
    assert.ok(open);
    // Ended elsewhere meanwhile (or by an attempt whose answer was lost).
    await graph().terminate(context, support.id);
    const before = terminatePosts().length;

    await approve(open.id);
    const done = await settled(open.id);
    assert.equal(done.state, 'completed');
    assert.deepEqual(
      terminatePosts()
        .slice(before)
        .map((r) => r.path),
      [`${SANDBOX_GRAPH_PATH}/tenantRelationships/delegatedAdminRelationships/${security.id}/requests`],
    );
    assert.deepEqual(
      done.gdap?.targets.map((t) => t.outcome),
      ['terminated', 'terminated'],
    );
  });
});

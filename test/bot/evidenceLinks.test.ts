/**
 * Evidence packs and audit exports through the real bot (restify, adapter, teams-ai, emulator): a
 * removal done with a remedy first ends with an "Open the evidence pack" button on the result card and
 * the approval card; its link opens the pack as a page and as JSON; a link changed, expired, for an
 * unknown request or for one still pending shows nothing. `audit export` gives CSV and JSON links.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { EvidencePack } from '../../services/evidence/evidencePack';
import { SignedLinks } from '../../services/evidence/signedLinks';
import { VERBS } from '../../cards/verbs';
import { demoCustomer } from '../partner-center/emulatorHarness';
import {
  actionActivity,
  adaptiveCardOf,
  invoke,
  messageActivity,
  PERSONAS,
  postActivity,
  type Persona,
} from '../helpers/activities';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { actionsOf, actionWithVerb, readableText, type CardAction } from '../helpers/cardQueries';
import { FakeConnector, type CapturedActivity } from '../helpers/fakeConnector';
import { until } from '../helpers/until';

const CHANNEL = '19:reseller-desk-team@thread.tacv2';
const HOSTILE_REASON = 'Left us <b onmouseover="x">&</b> {{DATE(2025)}}';

describe('evidence packs and audit exports over HTTP', function () {
  this.timeout(40_000);
  let connector: FakeConnector;
  let harness: Harness;

  const channel = (who: Persona) => ({
    serviceUrl: connector.url,
    conversationId: `${CHANNEL};messageid=1700000000000`,
    conversationType: 'channel' as const,
    ...who,
  });
  const personal = (who: Persona, locale = 'en-US') => ({
    serviceUrl: connector.url,
    conversationId: `a:personal-${who.userId}`,
    locale,
    ...who,
  });
  const click = async (verb: string, data: Record<string, unknown>, options: ReturnType<typeof personal>) => {
    const body = await invoke(harness.bot.url, actionActivity(verb, data, options));
    assert.equal(body.statusCode, 200);
    return body.value;
  };
  const say = async (text: string, options: ReturnType<typeof personal>) => {
    const before = connector.activities.length;
    assert.equal((await postActivity(harness.bot.url, messageActivity(text, options))).status, 200);
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    return adaptiveCardOf(reply.body);
  };
  const channelPosts = (): CapturedActivity[] =>
    connector.activities.filter((a) => a.conversationId === CHANNEL && a.method === 'POST');
  const openUrl = (card: unknown): CardAction | undefined =>
    actionsOf(card).find((a) => a.type === 'Action.OpenUrl');

  beforeEach(async () => {
    connector = new FakeConnector();
    await connector.start();
    harness = await startTestBot();
    await say('<at>Reseller Desk</at> notify here', channel(PERSONAS.meganAdminApprover) as never);
  });
  afterEach(async () => {
    await harness.bot.stop();
    await connector.stop();
  });

  /** Alex suspends Contoso Ltd's blocking subscription, then asks for the removal; Megan approves. */
  async function removeContoso(): Promise<string> {
    const preflight = await say('remove Contoso Ltd', personal(PERSONAS.alexSales));
    const suspend = actionWithVerb(preflight, VERBS.removalRemedy, (d) => d.remedy === 'suspend');
    const asked = await click(VERBS.removalRemedy, suspend.data!, personal(PERSONAS.alexSales));
    const confirm = actionWithVerb(asked, VERBS.removalRemedyConfirm);
    const after = await click(VERBS.removalRemedyConfirm, confirm.data!, personal(PERSONAS.alexSales));
    const request = actionWithVerb(after, VERBS.removalRequest);
    await click(
      VERBS.removalRequest,
      { ...request.data, attested: 'true', reason: HOSTILE_REASON },
      personal(PERSONAS.alexSales),
    );
    const open = await harness.bot.services.workflow.openFor(demoCustomer('Contoso Ltd').id);
    assert.ok(open);
    await click(VERBS.approvalApprove, { requestId: open.id }, channel(PERSONAS.meganAdminApprover) as never);
    await until('the removal to complete', async () =>
      (await harness.bot.services.workflow.get(open.id))?.state === 'completed' ? true : undefined,
    );
    return open.id;
  }

  it('puts the link on the result card and the approval card, and opens the pack as a page and as JSON', async () => {
    const requestId = await removeContoso();
    const request = (await harness.bot.services.workflow.get(requestId))!;
    const result = await until('the result card in the channel', () =>
      channelPosts()
        .map((post) => adaptiveCardOf(post.body))
        .find((card) => openUrl(card)),
    );
    const button = openUrl(result)!;
    assert.equal(button.title, 'Open the evidence pack');
    assert.ok(button.url?.startsWith(`${harness.bot.url}/evidence/${requestId}?exp=`), button.url);
    const approverView = await click(
      VERBS.approvalRefresh,
      { requestId },
      personal(PERSONAS.meganAdminApprover),
    );
    assert.equal(openUrl(approverView)?.title, 'Open the evidence pack');

    const page = await fetch(button.url!);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    const html = await page.text();
    for (const expected of [
      'Contoso Ltd',
      'Alex Wilber',
      'Megan Bowen',
      request.execution!.requestId,
      request.correlationId,
      'Suspended a subscription',
      'Partner Center’s answer to the removal',
      'The hash chain of this customer’s audit trail holds',
      'Left us &lt;b onmouseover=&quot;x&quot;&gt;&amp;&lt;/b&gt;',
    ])
      assert.ok(html.includes(expected), `the page shows ${expected}`);
    assert.ok(!html.includes('<b onmouseover'), 'the reason is shown as text, never as markup');
    assert.doesNotMatch(html, /<script|\ssrc=|<link|@import|url\(/i, 'nothing is fetched or run');

    const json = await fetch(button.url!.replace(`/evidence/${requestId}?`, `/evidence/${requestId}.json?`));
    assert.equal(json.status, 200);
    const pack = (await json.json()) as EvidencePack;
    assert.equal(pack.request.reason, HOSTILE_REASON);
    assert.equal(pack.removal?.msRequestId, request.execution!.requestId);
    assert.equal(pack.removal?.confirmedBy, 'answer');
    assert.equal(pack.after.partnerCenter, 'relationshipNone');
    assert.deepEqual(
      pack.remedies.map((r) => [r.action, r.by.name]),
      [['subscription.suspended', 'Alex Wilber']],
    );
    assert.equal(pack.before?.relationship, 'reseller');
    assert.ok((pack.before?.subscriptions.length ?? 0) > 0);
    assert.equal(pack.attestation.by.name, 'Alex Wilber');
    assert.deepEqual(
      pack.approvals.map((a) => a.by.name),
      ['Megan Bowen'],
    );
    assert.equal(pack.trail.integrity.ok, true);

    const french = await (await fetch(button.url!.replace('lang=en', 'lang=fr'))).text();
    assert.ok(
      french.includes('Dossier de preuves\u202f:'),
      'French labels, narrow no-break space before the colon',
    );
  });

  it('shows nothing for a changed, unsigned or expired link, an unknown request or one not finished', async () => {
    const requestId = await removeContoso();
    const url = harness.bot.services.evidence.linkFor({ id: requestId, state: 'completed' }, 'en');
    assert.ok(url);
    const signed = new URL(url);
    const sig = signed.searchParams.get('sig')!;
    const withSig = (value: string) => {
      const changed = new URL(url);
      changed.searchParams.set('sig', value);
      return changed.toString();
    };
    const expectRefusal = async (target: string, status: number, words: RegExp) => {
      const response = await fetch(target);
      assert.equal(response.status, status, target);
      const body = await response.text();
      assert.match(body, words);
      assert.ok(!body.includes('Contoso'), 'never the data');
    };
    const flipped = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    await expectRefusal(withSig(flipped), 403, /This link does not work/);
    await expectRefusal(url.replace(/&sig=[^&]*/, ''), 403, /This link does not work/);
    const later = new URL(url);
    later.searchParams.set('exp', String(Number(signed.searchParams.get('exp')) + 86_400));
    await expectRefusal(later.toString(), 403, /This link does not work/);

    const key = harness.config.links.key;
    const base = () => harness.bot.url;
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    const expired = new SignedLinks({ key, validDays: 7, baseUrl: base, now: () => eightDaysAgo });
    await expectRefusal(expired.evidence(requestId, 'en').url, 410, /This link has expired/);
    const links = new SignedLinks({ key, validDays: 7, baseUrl: base });
    await expectRefusal(links.evidence(randomUUID(), 'en').url, 404, /Nothing to show/);

    // Another customer's request, still pending: no pack yet.
    const preflight = await say('remove A. Datum Corporation', personal(PERSONAS.alexSales));
    const request = actionWithVerb(preflight, VERBS.removalRequest);
    await click(
      VERBS.removalRequest,
      { ...request.data, attested: 'true', reason: 'Moved' },
      personal(PERSONAS.alexSales),
    );
    const pending = await harness.bot.services.workflow.openFor(demoCustomer('A. Datum Corporation').id);
    assert.equal(harness.bot.services.evidence.linkFor(pending!, 'en'), undefined, 'no button while pending');
    await expectRefusal(links.evidence(pending!.id, 'pl').url, 404, /Nic do pokazania/);
  });

  it('`audit export` gives CSV and JSON links to every customer’s entries of the period', async () => {
    const preflight = await say('remove Contoso Ltd', personal(PERSONAS.alexSales));
    const suspend = actionWithVerb(preflight, VERBS.removalRemedy, (d) => d.remedy === 'suspend');
    const asked = await click(VERBS.removalRemedy, suspend.data!, personal(PERSONAS.alexSales));
    const confirm = actionWithVerb(asked, VERBS.removalRemedyConfirm);
    await click(VERBS.removalRemedyConfirm, confirm.data!, personal(PERSONAS.alexSales));
    const today = new Date().toISOString().slice(0, 10);

    const card = await say(`audit export ${today} ${today}`, personal(PERSONAS.adeleHelpdesk));
    const [csvButton, jsonButton] = actionsOf(card).filter((a) => a.type === 'Action.OpenUrl');
    assert.equal(csvButton?.title, 'Download CSV');
    assert.equal(jsonButton?.title, 'Download JSON');
    assert.match(readableText(card), /Every customer’s audit entries from/);

    const csv = await fetch(csvButton.url!);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="reseller-desk-audit-/);
    const lines = (await csv.text()).split('\r\n');
    const contoso = demoCustomer('Contoso Ltd').id;
    assert.ok(lines.some((line) => line.includes(contoso) && line.includes('subscription.suspended')));
    assert.ok(
      lines.some((line) => line.includes(',partner,audit.exported,')),
      'the export itself is audited',
    );

    const json = (await (await fetch(jsonButton.url!)).json()) as {
      period: { from: string };
      entries: { action: string }[];
    };
    assert.equal(json.period.from, today);
    assert.ok(json.entries.some((e) => e.action === 'subscription.suspended'));

    const forged = new URL(csvButton.url!);
    forged.pathname = forged.pathname.replace(today, '2020-01-01');
    assert.equal((await fetch(forged)).status, 403, 'the period is signed');

    const refused = await say(`audit export ${today} ${today}`, personal(PERSONAS.lynneUnknown));
    assert.match(readableText(refused), /see the audit trail/);
    assert.equal(actionsOf(refused).filter((a) => a.type === 'Action.OpenUrl').length, 0);

    const french = await say(
      'historique exporter 2025-13-01 2025-01-02',
      personal(PERSONAS.alexSales, 'fr-FR'),
    );
    assert.match(readableText(french), /aaaa-mm-jj/);
    assert.equal(actionsOf(french).filter((a) => a.type === 'Action.OpenUrl').length, 0);
  });
});

/**
 * Deliberate remedies through the real HTTP endpoint and the sandbox Partner Center: each remedy asks
 * before it acts, a shared remedy is confirmed once for all, auto-renew can be turned off, and the
 * attestation tick and the reason survive every redraw of the pre-flight card. Buttons are pressed
 * the way a client presses them (their data plus the card's inputs).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { permissionName } from '../../cards/format';
import { STRINGS } from '../../cards/strings';
import { VERBS } from '../../cards/verbs';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { PERSONAS } from '../helpers/activities';
import { actionWithVerb, actionsOf, inputOf, paragraphsOf, readableText } from '../helpers/cardQueries';
import { botEachTest } from '../helpers/chat';
import { trailOf } from '../helpers/deskHarness';

describe('deliberate remedies in Teams (sandbox)', function () {
  this.timeout(30_000);
  const bot = botEachTest();

  const emulator = () => bot.harness.bot.partnerCenter.emulator!;
  const changes = () => emulator().requests.filter((r) => r.method === 'PATCH');
  const subscription = (customer: string, index = 0) =>
    bot.harness.bot.partnerCenter.client.getSubscription(
      { correlationId: randomUUID() },
      demoCustomer(customer).id,
      demoCustomer(customer).subscriptions[index].id,
    );
  const verbsOf = (card: unknown) => actionsOf(card).map((action) => action.verb);
  const TYPED = {
    attested: 'true',
    reason: 'The customer moved to ${another} {{DATE(2026-11-27T10:02:00Z)}}',
  };
  const assertInputsKept = (card: unknown, step: string) => {
    assert.equal(inputOf(card, 'attested')?.value, 'true', `the tick after ${step}`);
    assert.equal(inputOf(card, 'reason')?.value, TYPED.reason, `the reason after ${step}, literally`);
  };

  it('Suspend asks first and sends nothing; Keep it sends nothing; Confirm suspends, and only then says so', async () => {
    const preflight = await bot.user.say('remove Contoso Ltd');
    const asked = await bot.user.press(
      preflight,
      actionWithVerb(preflight, VERBS.removalRemedy, (d) => d.remedy === 'suspend'),
    );
    const text = paragraphsOf(asked).join('\n');
    assert.match(text, /You are about to suspend:\n•\u00a0Office 365 E3 \(quantity \d+\)/);
    assert.ok(
      text.includes(STRINGS.en['removal.confirmNote.suspend']),
      'users lose access; can be reactivated',
    );
    assert.deepEqual(changes(), [], 'nothing reached Partner Center');
    assert.equal((await subscription('Contoso Ltd')).status, 'active');

    const kept = await bot.user.press(
      asked,
      actionsOf(asked).find((a) => a.title === 'Keep it')!,
    );
    assert.ok(!verbsOf(kept).includes(VERBS.removalRemedyConfirm), 'the confirmation is gone');
    assert.ok(verbsOf(kept).includes(VERBS.removalRemedy), 'the remedy is offered again');
    assert.deepEqual(changes(), [], 'Keep it sent nothing');
    assert.equal((await subscription('Contoso Ltd')).status, 'active');

    const again = await bot.user.press(kept, actionWithVerb(kept, VERBS.removalRemedy));
    const done = await bot.user.press(again, actionWithVerb(again, VERBS.removalRemedyConfirm));
    assert.deepEqual(
      changes().map((r) => [r.route, r.status]),
      [['updateSubscription', 200]],
    );
    assert.ok(paragraphsOf(done).includes('Office 365 E3 is now suspended.'));
    assert.equal((await subscription('Contoso Ltd')).status, 'suspended');
  });

  it('says done only on Partner Center’s success: a refusal is shown with its code and correlation id', async () => {
    const preflight = await bot.user.say('remove Fourth Coffee');
    const asked = await bot.user.press(preflight, actionWithVerb(preflight, VERBS.removalRemedy));
    assert.ok(
      paragraphsOf(asked).includes(STRINGS.en['removal.confirmNote.cancel']),
      'cannot be undone, prorated refund',
    );
    emulator().faults.set('updateSubscription', {
      next: [{ status: 400, code: 900117, description: 'You have passed your 7-day cancellation window.' }],
    });
    const refused = await bot.user.press(asked, actionWithVerb(asked, VERBS.removalRemedyConfirm));
    const [patch] = changes();
    assert.equal(patch.status, 400);
    const text = paragraphsOf(refused);
    assert.ok(!text.some((line) => line.includes('is now cancelled')), text.join('\n'));
    assert.ok(text.some((line) => line.startsWith('Partner Center refused the change to')));
    assert.ok(text.includes('Error code: 900117'));
    assert.ok(text.includes(`Correlation ID: ${patch.correlationId}`));
    assert.equal((await subscription('Fourth Coffee')).status, 'active');
  });

  it('Suspend all (2) asks one confirmation listing both, then reports each: one refused, the other done', async () => {
    const preflight = await bot.user.say('remove Contoso Pharmaceuticals');
    const all = actionWithVerb(preflight, VERBS.removalRemedyAll);
    assert.equal(all.title, 'Suspend all (2)');
    const asked = await bot.user.press(preflight, all);
    const text = paragraphsOf(asked).join('\n');
    assert.match(text, /You are about to suspend:\n•\u00a0Office 365 E3[^\n]*\n•\u00a0Project Plan 3/);
    assert.equal(actionsOf(asked).filter((a) => a.verb === VERBS.removalRemedyConfirm).length, 1);
    assert.deepEqual(changes(), []);

    emulator().faults.set('updateSubscription', {
      next: [{ status: 400, code: 800096, description: 'Cannot update the status for this subscription' }],
    });
    const done = await bot.user.press(asked, actionWithVerb(asked, VERBS.removalRemedyConfirm));
    const lines = paragraphsOf(done);
    const [refusedPatch] = changes().filter((r) => r.status === 400);
    const states = [
      (await subscription('Contoso Pharmaceuticals', 0)).status,
      (await subscription('Contoso Pharmaceuticals', 1)).status,
    ];
    assert.deepEqual([...states].sort(), ['active', 'suspended'], 'one refused, the other done');
    const [refused, suspended] =
      states[0] === 'active' ? ['Office 365 E3', 'Project Plan 3'] : ['Project Plan 3', 'Office 365 E3'];
    assert.ok(
      lines.includes(`Partner Center refused the change to ${refused}. Nothing was changed.`),
      lines.join('\n'),
    );
    assert.ok(lines.includes('Error code: 800096'));
    assert.ok(lines.includes(`Correlation ID: ${refusedPatch.correlationId}`));
    assert.ok(lines.includes(`${suspended} is now suspended.`));
    assert.deepEqual(
      (await trailOf(bot.harness.bot.services.audit, demoCustomer('Contoso Pharmaceuticals').id))
        .map((e) => e.action)
        .sort(),
      ['remedy.failed', 'subscription.suspended'],
    );
  });

  it('the attestation tick and the reason survive ask, Keep it, Check again, a batch and its confirmation', async () => {
    const preflight = await bot.user.say('remove Contoso Pharmaceuticals');
    const asked = await bot.user.press(preflight, actionWithVerb(preflight, VERBS.removalRemedy), TYPED);
    assertInputsKept(asked, 'asking');
    const kept = await bot.user.press(
      asked,
      actionsOf(asked).find((a) => a.title === 'Keep it')!,
    );
    assertInputsKept(kept, 'Keep it');
    const checked = await bot.user.press(kept, actionWithVerb(kept, VERBS.removalPreflight));
    assertInputsKept(checked, 'Check again');
    const batch = await bot.user.press(checked, actionWithVerb(checked, VERBS.removalRemedyAll));
    assertInputsKept(batch, 'Suspend all');
    const done = await bot.user.press(batch, actionWithVerb(batch, VERBS.removalRemedyConfirm));
    assertInputsKept(done, 'the confirmation');

    const requested = await bot.user.press(done, actionWithVerb(done, VERBS.removalRequest));
    assert.ok(
      readableText(requested).includes('The customer moved to ${another}'),
      'the request carries the reason typed first',
    );
    const open = await bot.harness.bot.services.removal.openRequest(
      demoCustomer('Contoso Pharmaceuticals').id,
    );
    assert.equal(open?.reason, TYPED.reason);
  });

  it('a request without the tick comes back saying so, with the reason kept', async () => {
    const preflight = await bot.user.say('remove A. Datum Corporation');
    const refused = await bot.user.press(preflight, actionWithVerb(preflight, VERBS.removalRequest), {
      reason: 'Moved',
    });
    assert.ok(paragraphsOf(refused).includes(STRINGS.en['removal.attestError']));
    assert.equal(inputOf(refused, 'reason')?.value, 'Moved');
    assert.equal(
      await bot.harness.bot.services.removal.openRequest(demoCustomer('A. Datum Corporation').id),
      undefined,
    );
  });

  it('Turn off auto-renew: confirmation names the term end, the PATCH turns it off, the card then says it is off', async () => {
    const preflight = await bot.user.say('remove Humongous Insurance');
    const button = actionWithVerb(preflight, VERBS.removalRemedy);
    assert.deepEqual([button.title, button.data?.remedy], ['Turn off auto-renew', 'autoRenewOff']);
    const before = await subscription('Humongous Insurance');
    const asked = await bot.user.press(preflight, button);
    const termEnd = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(before.commitmentEndDate!));
    assert.ok(
      paragraphsOf(asked).some((line) =>
        line.endsWith(`ends on ${termEnd} instead of renewing; it stays active until then.`),
      ),
      paragraphsOf(asked).join('\n'),
    );
    assert.deepEqual(changes(), []);

    const done = await bot.user.press(asked, actionWithVerb(asked, VERBS.removalRemedyConfirm));
    assert.deepEqual(
      changes().map((r) => [r.route, r.status]),
      [['updateSubscription', 200]],
    );
    const after = await subscription('Humongous Insurance');
    assert.deepEqual(
      [after.autoRenewEnabled, after.status],
      [false, 'active'],
      'the sandbox saw autoRenewEnabled false',
    );
    const text = paragraphsOf(done).join('\n');
    assert.ok(text.includes(`Auto-renew of ${before.friendlyName} is now off.`), text);
    assert.ok(text.includes(STRINGS.en['removal.blocker.lockedAutoRenewOff']), 'shown instead of the button');
    assert.ok(!verbsOf(done).includes(VERBS.removalRemedy));
    const [entry] = await trailOf(bot.harness.bot.services.audit, demoCustomer('Humongous Insurance').id);
    assert.deepEqual([entry.action, entry.actor.name], ['subscription.autoRenewOff', 'Alex Wilber']);
  });

  it('refuses asking and confirming to a member without `remediate`, naming it, and sends nothing', async () => {
    const pharma = demoCustomer('Contoso Pharmaceuticals');
    const attempts = [
      bot.user.click(
        VERBS.removalRemedyAll,
        { customerId: pharma.id, remedy: 'suspend' },
        PERSONAS.adeleHelpdesk,
      ),
      bot.user.click(
        VERBS.removalRemedyConfirm,
        { customerId: pharma.id, remedy: 'suspend', blockerIds: pharma.subscriptions.map((s) => s.id) },
        PERSONAS.adeleHelpdesk,
      ),
      bot.user.click(
        VERBS.removalRemedy,
        { customerId: demoCustomer('Humongous Insurance').id, blockerId: 'x', remedy: 'autoRenewOff' },
        PERSONAS.adeleHelpdesk,
      ),
    ];
    for (const card of await Promise.all(attempts))
      assert.ok(readableText(card).includes(permissionName('en', 'remediate')), readableText(card));
    assert.deepEqual(changes(), []);
    const helpdeskView = await bot.user.say('remove Contoso Pharmaceuticals', PERSONAS.adeleHelpdesk);
    assert.deepEqual(
      verbsOf(helpdeskView).filter((verb) => verb?.startsWith('removal.remedy')),
      [],
      'no remedy button for a Helpdesk agent',
    );
  });
});

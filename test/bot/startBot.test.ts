/** What `npm start` wires together: in sandbox mode the bot reads Partner Center through the client from the in-process emulator. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestBot } from '../helpers/botHarness';
import { allowed, helpdesk } from '../helpers/deskHarness';

describe('bot start-up', () => {
  it('starts the sandbox Partner Center on loopback and reads the demo tenant through the client', async () => {
    const { bot } = await startTestBot();
    const emulator = bot.partnerCenter.emulator!;
    try {
      assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+/);
      const names: string[] = [];
      for await (const customer of bot.partnerCenter.client.listCustomers(
        { correlationId: randomUUID() },
        { pageSize: 7 },
      )) {
        names.push(customer.companyProfile.companyName ?? '');
      }
      assert.ok(names.length >= 35, `demo tenant has about 40 customers, got ${names.length}`);
      assert.ok(names.includes('Contoso Ltd'));
    } finally {
      await bot.stop();
    }
    await assert.rejects(fetch(`${emulator.url}/v1/customers`), 'the emulator stops with the bot');
  });

  it('serves SANDBOX_CUSTOMERS generated customers, and reads them again after CUSTOMER_LIST_REFRESH_SECONDS', async () => {
    const { bot } = await startTestBot({ SANDBOX_CUSTOMERS: '2500', CUSTOMER_LIST_REFRESH_SECONDS: '1' });
    const total = async (query: string) =>
      allowed(await bot.services.directory.search(helpdesk, query, 15)).page.total;
    try {
      assert.equal(await total('generated customer'), 2500);
      assert.equal(await total('gen002499'), 1);
      const accepted = await fetch(`${bot.partnerCenter.emulator!.url}/sandbox/invitations/accept`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ companyName: 'Generated Customer 002500', domain: 'gen002500.example' }),
      });
      assert.equal(accepted.status, 201);
      assert.equal(await total('gen002500'), 0, 'the list read a moment ago is kept');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const deadline = Date.now() + 10_000;
      while ((await total('gen002500')) === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(await total('gen002500'), 1, 'read again once older than a second');
    } finally {
      await bot.stop();
    }
  });

  it('does not start when the store cannot be reached, and leaves nothing running', async () => {
    await assert.rejects(
      startTestBot(
        {},
        { store: { kind: 'redis', url: 'redis://127.0.0.1:1', redacted: 'redis://127.0.0.1:1' } },
      ),
      /store is unavailable/,
    );
  });
});

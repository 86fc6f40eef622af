/** What `npm start` wires together: in sandbox mode the bot reads Partner Center through the client from the in-process emulator. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestBot } from '../helpers/botHarness';

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

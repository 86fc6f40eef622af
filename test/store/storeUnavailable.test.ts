/** A store that cannot be reached fails fast with StoreUnavailableError, never hangs or returns stale "nothing". */
import assert from 'node:assert/strict';
import net from 'node:net';
import { Keyv } from 'keyv';
import { KeyvRecordStore } from '../../services/store/keyvRecordStore';
import { openStore } from '../../services/store/openStore';
import { StoreUnavailableError } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('store unavailable', () => {
  it('opening Redis on a port where nothing listens fails with StoreUnavailableError', async () => {
    const port = await closedPort();
    const store = await openStore(parseStoreUrl(`redis://127.0.0.1:${port}`), { operationTimeoutMs: 2000 });
    await assert.rejects(store.ping(), StoreUnavailableError);
    await store.close().catch(() => undefined);
  });

  it('an adapter that never answers times out as StoreUnavailableError instead of hanging a turn', async () => {
    const hanging = new Map<string, unknown>();
    hanging.get = () => new Promise(() => {});
    const store = new KeyvRecordStore(new Keyv({ store: hanging, throwOnErrors: true }), {
      operationTimeoutMs: 50,
    });
    await assert.rejects(store.get('x'), (error: unknown) => {
      assert.ok(error instanceof StoreUnavailableError);
      assert.match(error.message, /no answer within 50 ms/);
      return true;
    });
  });

  it('an adapter that throws surfaces as StoreUnavailableError naming the operation', async () => {
    const broken = new Map<string, unknown>();
    broken.set = () => {
      throw new Error('disk full');
    };
    const store = new KeyvRecordStore(new Keyv({ store: broken, throwOnErrors: true }));
    await assert.rejects(store.put('x', 1), /store is unavailable \(write\): disk full/);
  });

  it('refuses work after close', async () => {
    const store = await openStore(parseStoreUrl('memory://'));
    await store.close();
    await assert.rejects(store.get('x'), /store is closed/);
  });
});

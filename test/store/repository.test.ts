/** The typed repository that domain records (requests, invitations, audit) are kept in. */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { InvalidRecordError, RecordConflictError, Repository } from '../../services/store/repository';
import { parseStoreUrl } from '../../services/store/storeUrl';

const requestSchema = z.object({
  customer: z.string(),
  state: z.enum(['pending', 'approved', 'rejected']),
  approvals: z.number(),
});
type Request = z.infer<typeof requestSchema>;

describe('Repository', () => {
  let store: RecordStore;
  let requests: Repository<Request>;

  beforeEach(async () => {
    store = await openStore(parseStoreUrl('memory://'));
    requests = new Repository(store, 'removalRequests', requestSchema);
  });
  afterEach(() => store.close());

  it('creates a record under its collection and reads it back typed', async () => {
    const created = await requests.create('r-1', { customer: 'Contoso', state: 'pending', approvals: 0 });
    assert.equal(created.version, 1);
    assert.deepEqual((await store.get('removalRequests/r-1'))?.value, created.value);
    assert.deepEqual((await requests.get('r-1'))?.value, {
      customer: 'Contoso',
      state: 'pending',
      approvals: 0,
    });
  });

  it('refuses to create a record whose id is taken', async () => {
    await requests.create('r-1', { customer: 'Contoso', state: 'pending', approvals: 0 });
    await assert.rejects(
      requests.create('r-1', { customer: 'Other', state: 'pending', approvals: 0 }),
      RecordConflictError,
    );
    assert.equal((await requests.get('r-1'))?.value.customer, 'Contoso');
  });

  it('replace is compare-and-set: the first decision wins, a second decision on the old version is refused', async () => {
    const pending = await requests.create('r-1', { customer: 'Contoso', state: 'pending', approvals: 0 });
    const approve = await requests.replace('r-1', pending.etag, {
      ...pending.value,
      state: 'approved',
      approvals: 1,
    });
    const reject = await requests.replace('r-1', pending.etag, { ...pending.value, state: 'rejected' });
    assert.ok(approve.ok);
    assert.equal(reject.ok, false);
    assert.equal(!reject.ok && reject.current?.value.state, 'approved', 'the loser learns what was decided');
  });

  it('update retries on conflict so concurrent increments are all kept', async () => {
    await requests.create('r-1', { customer: 'Contoso', state: 'pending', approvals: 0 });
    await Promise.all(
      Array.from({ length: 5 }, () =>
        requests.update('r-1', (current) => current && { ...current, approvals: current.approvals + 1 }, 10),
      ),
    );
    assert.equal((await requests.get('r-1'))?.value.approvals, 5);
  });

  it('update leaves the record alone when the change returns nothing', async () => {
    const created = await requests.create('r-1', { customer: 'Contoso', state: 'pending', approvals: 0 });
    const result = await requests.update('r-1', () => undefined);
    assert.equal(result?.etag, created.etag);
  });

  it('refuses to write a value that does not match the schema', async () => {
    await assert.rejects(
      requests.create('r-2', { customer: 'X', state: 'maybe' } as unknown as Request),
      InvalidRecordError,
    );
    assert.equal(await requests.get('r-2'), undefined);
  });

  it('reports a stored record that no longer matches the schema instead of returning it', async () => {
    await store.put('removalRequests/r-3', { customer: 42 });
    await assert.rejects(requests.get('r-3'), /removalRequests\/r-3 holds an invalid record: customer/);
  });

  it('keeps collections apart', async () => {
    const invitations = new Repository(store, 'invitations', z.object({ to: z.string() }));
    await requests.create('same-id', { customer: 'Contoso', state: 'pending', approvals: 0 });
    await invitations.create('same-id', { to: 'Fabrikam' });
    assert.equal((await requests.get('same-id'))?.value.customer, 'Contoso');
    assert.equal((await invitations.get('same-id'))?.value.to, 'Fabrikam');
  });
});

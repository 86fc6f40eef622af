/**
 * RecordStore on Redis with compare-and-set atomic in Redis: one Lua script reads the key, decodes
 * keyv's JSON, compares the etag (or absence) and writes, with no other command in between.
 *
 * Keys and values are the ones KeyvRecordStore writes through @keyv/redis with namespace `ns`:
 * key `<ns>::<ns>:<storedKey(key)>` (keyv prefixes `<ns>:`, @keyv/redis adds `<ns>::`), value a
 * plain string holding keyv's JSON. The connection is @keyv/redis's client (its reconnect
 * strategy), opened on first use.
 */
import { createHash } from 'node:crypto';
import KeyvRedis, { defaultReconnectStrategy } from '@keyv/redis';
import { BackendRecordStore } from './backendRecordStore';
import type { BackendRecordStoreOptions, WriteCondition } from './backendRecordStore';
import { storedKey } from './storedKey';

/**
 * KEYS[1] the key; ARGV: mode ('etag' | 'absent'), expected etag, the envelope's stored `key`,
 * now (ms), new text. Returns 1 when written, 0 when the condition did not hold.
 */
const WRITE_IF_SCRIPT = `
local raw = redis.call('GET', KEYS[1])
local present = false
local etag = nil
if raw then
  local ok, doc = pcall(cjson.decode, raw)
  if not ok or type(doc) ~= 'table' or type(doc.value) ~= 'table' then
    return redis.error_reply('RD_CORRUPT the stored value is not a keyv record')
  end
  local expires = doc.expires
  local expired = type(expires) == 'number' and expires < tonumber(ARGV[4])
  if (not expired) and doc.value.key == ARGV[3] then
    present = true
    etag = doc.value.etag
  end
end
if ARGV[1] == 'absent' then
  if present then return 0 end
elseif (not present) or etag ~= ARGV[2] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[5])
return 1
`;
const WRITE_IF_SHA = createHash('sha1').update(WRITE_IF_SCRIPT).digest('hex');

/** The few commands used, typed loosely: @keyv/redis's client type is a union of client/cluster/sentinel. */
interface RedisCommands {
  get(key: string): Promise<unknown>;
  del(key: string): Promise<unknown>;
  ping(): Promise<unknown>;
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  connect(): Promise<unknown>;
  isOpen: boolean;
  isReady?: boolean;
  close?(): Promise<unknown>;
  destroy?(): unknown;
}

export interface RedisRecordStoreOptions extends BackendRecordStoreOptions {
  /** keyv namespace (openStore uses 'rd'). */
  namespace: string;
  /** Connection errors reported as events (drops, reconnects failing). */
  onBackendError?: (error: unknown) => void;
}

export class RedisRecordStore extends BackendRecordStore {
  private readonly adapter: KeyvRedis<unknown>;
  private readonly namespace: string;
  private readonly connectTimeoutMs: number;
  private connecting: Promise<void> | undefined;

  constructor(url: string, options: RedisRecordStoreOptions) {
    super(options);
    this.namespace = options.namespace;
    this.connectTimeoutMs = options.operationTimeoutMs ?? 5000;
    // No offline queue: a command issued while the connection is down fails at once instead of
    // waiting to be sent on reconnect, so a turn refused with "storage unavailable" never lands later.
    this.adapter = new KeyvRedis(
      { url, socket: { reconnectStrategy: defaultReconnectStrategy }, disableOfflineQueue: true },
      {
        throwOnConnectError: true,
        throwOnErrors: true,
        connectionTimeout: options.operationTimeoutMs ?? 5000,
      },
    );
    this.adapter.on('error', (error: unknown) => options.onBackendError?.(error));
  }

  protected rawKey(key: string): string {
    return `${this.namespace}::${this.namespace}:${storedKey(key)}`;
  }

  protected async readRaw(rawKey: string): Promise<string | undefined> {
    const value = await (await this.client()).get(rawKey);
    return typeof value === 'string' ? value : undefined;
  }

  protected async writeIf(rawKey: string, condition: WriteCondition, text: string): Promise<boolean> {
    const client = await this.client();
    const options = {
      keys: [rawKey],
      arguments: [
        condition.kind,
        condition.kind === 'etag' ? condition.etag : '',
        condition.storedEnvelopeKey,
        String(condition.nowMs),
        text,
      ],
    };
    let result: unknown;
    try {
      result = await client.evalSha(WRITE_IF_SHA, options);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      result = await client.eval(WRITE_IF_SCRIPT, options);
    }
    return Number(result) === 1;
  }

  protected async deleteRaw(rawKey: string): Promise<void> {
    await (await this.client()).del(rawKey);
  }

  protected async pingBackend(): Promise<void> {
    await (await this.client()).ping();
  }

  protected async closeBackend(): Promise<void> {
    const client = this.adapter.client as unknown as RedisCommands;
    if (!client.isOpen) return;
    try {
      if (client.isReady !== false && client.close) await client.close();
      else client.destroy?.();
    } catch {
      client.destroy?.();
    }
  }

  /**
   * The connected client. Connects here rather than through KeyvRedis.getClient, whose connect
   * timeout timer is never cleared and keeps a short-lived process alive for its whole length.
   */
  private async client(): Promise<RedisCommands> {
    const client = this.adapter.client as unknown as RedisCommands;
    // `isOpen` turns true as the connection starts, before it is ready: a command sent then fails
    // ("the client is offline"), so callers arriving during a connection wait for it too.
    if (!client.isOpen || this.connecting) {
      this.connecting ??= this.connect(client).finally(() => {
        this.connecting = undefined;
      });
      await this.connecting;
    }
    return client;
  }

  private async connect(client: RedisCommands): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.connect(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis did not connect within ${this.connectTimeoutMs} ms`)),
            this.connectTimeoutMs,
          );
        }),
      ]);
    } catch (error) {
      if (client.isOpen) client.destroy?.();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

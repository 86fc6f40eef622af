/**
 * A log line never carries a secret field's value, wherever a caller put it: at the top of the line,
 * one level down, or as an authorization header; everything else is logged as it was given, and the
 * caller's objects are left as they were.
 */
import assert from 'node:assert/strict';
import { captureLogger } from '../helpers/logCapture';
import { SECRET_FIELDS } from '../../services/logging/censorSecrets';

describe('log lines censor secrets', () => {
  it('censors every secret field at the top of the line and one level down', () => {
    const log = captureLogger('info');
    for (const field of SECRET_FIELDS) {
      log.logger.info({ [field]: `top-${field}`, options: { [field]: `nested-${field}`, kept: 1 } }, 'line');
    }
    const text = log.lines.join('\n');
    for (const field of SECRET_FIELDS) {
      assert.ok(!text.includes(`top-${field}`), `${field} at the top was logged`);
      assert.ok(!text.includes(`nested-${field}`), `${field} one level down was logged`);
    }
    for (const entry of log.entries()) {
      assert.equal((entry.options as { kept: number }).kept, 1);
      const [field] = Object.keys(entry).filter((key) => SECRET_FIELDS.has(key));
      assert.equal(entry[field], '[redacted]');
    }
  });

  it('censors the authorization header in any letter case, under headers and req.headers', () => {
    const log = captureLogger('info');
    log.logger.warn(
      {
        headers: { Authorization: 'Bearer one', AUTHORIZATION: 'Bearer two', accept: 'application/json' },
        req: { headers: { authorization: 'Bearer three' }, method: 'POST' },
      },
      'request',
    );
    const [entry] = log.entries() as {
      headers: Record<string, string>;
      req: { headers: Record<string, string>; method: string };
    }[];
    assert.ok(!log.lines[0].includes('Bearer'));
    assert.deepEqual(entry.headers, {
      Authorization: '[redacted]',
      AUTHORIZATION: '[redacted]',
      accept: 'application/json',
    });
    assert.deepEqual(entry.req, { headers: { authorization: '[redacted]' }, method: 'POST' });
  });

  it('logs other fields unchanged and leaves the logged objects as they were', () => {
    const log = captureLogger('info');
    const options = { clientSecret: 'kept-by-the-caller', timeoutMs: 2000 };
    const fields = { verb: 'customers.page', valid: true, options, list: [1, 'two'] };
    log.logger.info(fields, 'card action');
    const [entry] = log.entries();
    assert.equal(entry.verb, 'customers.page');
    assert.equal(entry.valid, true);
    assert.deepEqual(entry.list, [1, 'two']);
    assert.deepEqual(entry.options, { clientSecret: '[redacted]', timeoutMs: 2000 });
    assert.equal(entry.msg, 'card action');
    assert.equal(options.clientSecret, 'kept-by-the-caller');
    assert.equal(fields.options, options);
  });
});

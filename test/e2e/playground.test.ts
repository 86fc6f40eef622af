/**
 * Runs the e2e suites (test/e2e/*.e2e.js) against the real Agents Playground. The Playground probes a
 * cloud metadata address on start, so the bot and the Playground run inside a loopback-only network
 * namespace (`unshare -n`, then `ip link set lo up`): nothing can leave the machine.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const mocha = path.join(repoRoot, 'node_modules', '.bin', 'mocha');

function missingTool(): string | undefined {
  for (const tool of ['unshare', 'ip']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  if (spawnSync('unshare', ['-n', 'true']).status !== 0)
    return 'unshare -n is not permitted here (needs root)';
  return undefined;
}

describe('Agents Playground end to end (loopback-only network namespace)', function () {
  this.timeout(180_000);

  before(function () {
    const missing = missingTool();
    if (missing) {
      process.stdout.write(`      skipped: ${missing}; .ci/run installs util-linux and iproute2\n`);
      this.skip();
    }
  });

  it('passes every e2e suite', () => {
    const inner = `ip link set lo up && exec "${mocha}" --no-config --timeout 60000 --exit --reporter spec "${path.join(__dirname, '*.e2e.js')}"`;
    const result = spawnSync('unshare', ['-n', 'sh', '-c', inner], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 170_000,
    });
    const report = `${result.stdout}${result.stderr}`
      .split('\n')
      .map((line) => `      | ${line}`)
      .join('\n');
    process.stdout.write(`${report}\n`);
    assert.equal(result.status, 0, 'an e2e suite failed (report above)');
  });
});

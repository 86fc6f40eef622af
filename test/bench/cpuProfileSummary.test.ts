/**
 * The split of a turn's CPU that docs/performance.md prints: each sample's time goes to its frame's part,
 * a native frame to its caller's, garbage collection to its own, and the profiler's own work nowhere.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarizeProfile } from '../../scripts/bench/cpuProfileSummary';

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url, scriptId: '0', lineNumber: 0, columnNumber: 0 },
  children,
});

describe('summarizing a CPU profile by part of the stack', () => {
  it('gives native frames to their caller, GC its own part, and leaves out idle time and the profiler', () => {
    const nodes = [
      frame(1, '(root)', '', [2, 5, 6, 7, 8]),
      frame(2, 'expand', 'file:///app/dist/cards/compiledTemplate.js', [3]),
      frame(3, 'stringify', '', [4]), // native, called by the card code
      frame(4, 'send', 'file:///app/node_modules/restify/lib/response.js'),
      frame(5, '(garbage collector)', ''),
      frame(6, '(idle)', ''),
      frame(7, 'post', 'node:inspector'),
      frame(8, 'route', 'file:///app/node_modules/@microsoft/teams-ai/lib/Application.js'),
    ];
    // Samples: card 2 × 100 µs, its native callee 300, restify 50, GC 400, idle 1,000, profiler 700, teams-ai 60.
    const samples = [2, 2, 3, 4, 5, 6, 7, 8];
    const timeDeltas = [100, 100, 300, 50, 400, 1000, 700, 60];
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'profile-')), 'run.cpuprofile');
    writeFileSync(file, JSON.stringify({ nodes, samples, timeDeltas, startTime: 0, endTime: 2710 }));

    const perTurn = summarizeProfile(file, 2);

    assert.equal(perTurn['cards: expand, strings, size check'], 250);
    assert.equal(perTurn['HTTP (restify, node:http, sockets)'], 25);
    assert.equal(perTurn['garbage collection'], 200);
    assert.equal(perTurn['teams-ai'], 30);
    const total = Object.values(perTurn).reduce((a, b) => a + b, 0);
    assert.equal(total, 505, 'idle time and the profiler own session are not counted');
  });
});

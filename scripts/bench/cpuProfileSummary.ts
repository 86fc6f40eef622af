/**
 * Where a turn's CPU goes: a V8 CPU profile (the one `node --cpu-prof` writes) summarized as µs per
 * turn by part of the stack (the card, the search, the store, teams-ai, botbuilder, HTTP, …). Each
 * sample's time goes to the part of its own frame; a native frame (no script: `writev`, a regex, a
 * JSON parse) goes to the part of the JavaScript that called it, garbage collection to a part of its own.
 * The profiler's own work (under node:inspector) and idle time are left out.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The parts, in the order the report lists them; the first rule a frame's script matches wins. */
export const PARTS = [
  'cards: expand, strings, size check',
  'customer search',
  'store and turn state',
  'bot edge: parse, route, render',
  'other services (notifications, policy)',
  'logging (pino, request id)',
  'teams-ai',
  'activity checks (zod)',
  'botbuilder and its connector client',
  'HTTP (restify, node:http, sockets)',
  'garbage collection',
  'other (promises, timers, node internals)',
] as const;
export type ProfilePart = (typeof PARTS)[number];
/** The parts that are the bot's own work (an echo bot has none of them): the first seven. */
export const OWN_PARTS: readonly ProfilePart[] = PARTS.slice(0, PARTS.indexOf('teams-ai') + 1);

const RULES: [RegExp, ProfilePart][] = [
  [/\/dist\/cards\//, 'cards: expand, strings, size check'],
  [/\/dist\/services\/relationships\//, 'customer search'],
  [
    /\/dist\/services\/store\/|\/dist\/bot\/deskTurnState|node_modules\/(keyv|@keyv|sqlite3|better-sqlite3)\//,
    'store and turn state',
  ],
  [
    /\/dist\/services\/logging\/|node_modules\/(pino|sonic-boom|thread-stream)|node:internal\/async_hooks|node:async_hooks/,
    'logging (pino, request id)',
  ],
  [/\/dist\/bot\//, 'bot edge: parse, route, render'],
  [/\/dist\/(services|scripts)\//, 'other services (notifications, policy)'],
  [/node_modules\/zod\//, 'activity checks (zod)'],
  [/node_modules\/@microsoft\/teams-ai\//, 'teams-ai'],
  [
    /node_modules\/(botbuilder|botframework|@azure|@typespec|jsonwebtoken|jose|axios)/,
    'botbuilder and its connector client',
  ],
  [
    /node_modules\/(restify|find-my-way|spdy|http-deceiver|formidable|qs)|node:(_http|http|net|stream|internal\/(streams|http|stream_base))/,
    'HTTP (restify, node:http, sockets)',
  ],
];

function partOf(url: string): ProfilePart {
  for (const [pattern, part] of RULES) if (pattern.test(url)) return part;
  return 'other (promises, timers, node internals)';
}

export type ProfileBreakdown = Record<ProfilePart, number>;

/** µs per turn by part, from the profile in `file` of a run that served `turns` turns (idle left out). */
export function summarizeProfile(file: string, turns: number): ProfileBreakdown {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const breakdown = Object.fromEntries(PARTS.map((part) => [part, 0])) as ProfileBreakdown;
  const isChild = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  // Depth first from the roots, each frame handing its part to its native callees.
  const stack: [ProfileNode, ProfilePart][] = profile.nodes
    .filter((node) => !isChild.has(node.id))
    .map((node) => [node, 'other (promises, timers, node internals)']);
  while (stack.length) {
    const [node, inherited] = stack.pop() as [ProfileNode, ProfilePart];
    const { functionName, url } = node.callFrame;
    const part: ProfilePart =
      functionName === '(garbage collector)' ? 'garbage collection' : url ? partOf(url) : inherited;
    // The profiler's own session (node:inspector) and idle time are not the turn's.
    if (url.startsWith('node:inspector')) continue;
    if (functionName !== '(idle)') breakdown[part] += selfUs.get(node.id) ?? 0;
    for (const child of node.children ?? []) {
      const next = byId.get(child);
      if (next) stack.push([next, part]);
    }
  }
  for (const part of PARTS) breakdown[part] /= Math.max(1, turns);
  return breakdown;
}

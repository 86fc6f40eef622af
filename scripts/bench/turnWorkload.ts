/**
 * The requests of the turn cases, varied as a real deployment varies them: 200 bench users (a roles
 * file of sales agents, admin agents and global admins, who all see the same picker), each in their own
 * 1:1 chat, typing `customers <text>` with more than 1,000 distinct search texts over the generated
 * tenant and clicking through the pages of those searches. Each case is a pool of ready JSON bodies
 * that the load generator walks through in turn (harness.load), so successive requests come from
 * different users, conversations and queries: no case runs on one user's warm cache.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VERBS } from '../../cards/verbs';
import type { PartnerRole } from '../../services/access/partnerRoles';
import { generateTenant } from '../../services/partner-center';
import { CustomerSearchIndex } from '../../services/relationships/customerSearchIndex';
import { actionActivity, messageActivity, type ActivityOptions } from '../../test/helpers/activities';

export const BENCH_USERS = 200;
const ROLES: PartnerRole[] = ['salesAgent', 'adminAgent', 'globalAdmin'];

export interface BenchUser {
  name: string;
  userId: string;
  aadObjectId: string;
  roles: PartnerRole[];
}

function benchUser(n: number): BenchUser {
  const number = String(n).padStart(3, '0');
  return {
    name: `Bench User ${number}`,
    userId: `29:bench-user-${number}`,
    aadObjectId: `00000000-0000-4000-b000-000000000${number}`,
    roles: [ROLES[n % ROLES.length]],
  };
}

export const benchUsers = (): BenchUser[] => Array.from({ length: BENCH_USERS }, (_, n) => benchUser(n));

/** Where a user talks to the bot: their own 1:1 chat. */
function whereOf(user: BenchUser, serviceUrl: string): ActivityOptions {
  return {
    serviceUrl,
    userId: user.userId,
    aadObjectId: user.aadObjectId,
    conversationId: `a:bench-personal-${user.userId.slice(3)}`,
    conversationType: 'personal',
  };
}

/**
 * Search texts over the generated tenant ("Generated Customer 000123", gen000123.onmicrosoft.com),
 * each matching at least two full pages: a prefix of "generated" and of "customer" (or neither) with
 * a prefix of the six-digit number (or none). 1,259 distinct word sets, from 100 to 1,000 matches.
 */
function searchTexts(): string[] {
  const prefixes = (word: string) => ['', ...Array.from(word, (_, i) => word.slice(0, i + 1))];
  const numbers = ['', '0', '00', '000', ...Array.from({ length: 10 }, (_, d) => `000${d}`)];
  const texts: string[] = [];
  for (const number of numbers)
    for (const first of prefixes('generated'))
      for (const second of prefixes('customer')) {
        const text = [first, second, number].filter(Boolean).join(' ');
        if (text) texts.push(text);
      }
  return texts;
}

/** A pool of request bodies walked through in order, wrapping around. */
export interface BodyPool {
  bodies: string[];
  /** The next body (each pool keeps its own position across runs). */
  next: () => string;
}

function pool(bodies: string[]): BodyPool {
  let at = 0;
  return {
    bodies,
    next: () => {
      const body = bodies[at];
      at = (at + 1) % bodies.length;
      return body;
    },
  };
}

export interface TurnWorkload {
  /** The roles file the bot runs with (ROLES_FILE). */
  rolesFile: string;
  /** The generated tenant (SANDBOX_DATA). */
  sandboxData: string;
  users: number;
  conversations: number;
  /** Distinct search texts of `customers <text>`; distinct (search, page) pairs of the clicks. */
  queries: number;
  clicks: number;
  pools: { help: BodyPool; customers: BodyPool; click: BodyPool };
}

/** Writes the roles file and the tenant to a temp dir and builds the three pools of bodies. */
export function turnWorkload(serviceUrl: string, customers = 1000): TurnWorkload {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseller-bench-'));
  const tenant = generateTenant(customers);
  const sandboxData = path.join(dir, `tenant-${customers}.json`);
  writeFileSync(sandboxData, JSON.stringify(tenant));
  const users = benchUsers();
  const rolesFile = path.join(dir, 'roles.json');
  writeFileSync(rolesFile, JSON.stringify({ users: users.map((user) => ({ ...user, approver: false })) }));

  const index = new CustomerSearchIndex(
    tenant.customers.map((c) => ({
      id: c.id,
      name: c.companyProfile.companyName,
      domain: c.companyProfile.domain,
    })),
  );
  const texts = searchTexts();
  // A different user for consecutive requests, and not the same user for the same text each time round.
  const userFor = (i: number) => users[(i * 37) % users.length];
  const body = (activity: Record<string, unknown>, user: BenchUser) =>
    JSON.stringify({ ...activity, from: { ...(activity.from as object), name: user.name } });
  const help = users.map((user) => body(messageActivity('help', whereOf(user, serviceUrl)), user));
  const customersBodies = texts.map((text, i) =>
    body(messageActivity(`customers ${text}`, whereOf(userFor(i), serviceUrl)), userFor(i)),
  );
  const clicks: string[] = [];
  for (const [i, text] of texts.entries()) {
    const total = index.search(text, 0).total;
    const fullPages = Math.floor(total / 15);
    if (fullPages < 3) throw new Error(`bench search "${text}" has only ${total} matches`);
    // Two clicks per text, on pages 1 … fullPages − 1 (each a full page of 15).
    for (const k of [0, 1]) {
      const page = 1 + ((i * 7 + k * 3) % (fullPages - 1));
      const user = userFor(i + k * 101);
      clicks.push(
        body(actionActivity(VERBS.customersPage, { query: text, page }, whereOf(user, serviceUrl)), user),
      );
    }
  }
  return {
    rolesFile,
    sandboxData,
    users: users.length,
    conversations: users.length,
    queries: texts.length,
    clicks: new Set(clicks.map((body) => JSON.stringify((JSON.parse(body) as { value: unknown }).value)))
      .size,
    pools: { help: pool(help), customers: pool(customersBodies), click: pool(clicks) },
  };
}

/** The domain services over a real emulator (bundled demo tenant unless a fixture is given). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Member, PartnerRole } from '../../services/access/partnerRoles';
import type { Actor } from '../../services/audit/actor';
import type { AuditEntry, AuditLog } from '../../services/audit/auditLog';
import { createDeskServices, type DeskServices } from '../../services/deskServices';
import { SignedLinks } from '../../services/evidence/signedLinks';
import type { ProviderRemovalRequest } from '../../services/relationships/removalService';
import type { RecordStore } from '../../services/store/recordStore';
import type { ExecutionObserver } from '../../services/workflows/executionStep';
import type { ApprovalPolicy } from '../../services/workflows/removalRequest';
import { silentLogger, startHarness, type Harness } from '../partner-center/emulatorHarness';

export interface DeskHarness extends Harness {
  services: DeskServices;
  delivered: ProviderRemovalRequest[];
}

export interface DeskOptions {
  fixturePath?: string;
  policy?: Partial<ApprovalPolicy>;
  now?: () => Date;
  /** Reuse a store (to play a restart); the emulator keeps its state in it too. */
  store?: RecordStore;
  /** Told each step a removal's execution reaches (as crash trials are). */
  onExecutionStep?: ExecutionObserver;
}

export async function startDesk(options: DeskOptions | string = {}): Promise<DeskHarness> {
  const { fixturePath, policy, now, store, onExecutionStep } =
    typeof options === 'string' ? { fixturePath: options } : options;
  const harness = await startHarness({
    ...(fixturePath ? { fixturePath } : {}),
    ...(store ? { store } : {}),
    ...(now ? { now } : {}),
  });
  const delivered: ProviderRemovalRequest[] = [];
  const services = await createDeskServices({
    client: harness.client,
    store: harness.store,
    logger: silentLogger,
    profile: harness.emulator.partner,
    emulatorUrl: harness.emulator.url,
    policy,
    now,
    onExecutionStep,
    links: new SignedLinks({ key: TEST_LINK_KEY, validDays: 7, baseUrl: () => TEST_BASE_URL, now }),
    // Provider requests reach one channel; the other notifications reach none.
    publisher: {
      publish: ({ notice }) => {
        if (notice.card !== 'providerRemovalRequest') return Promise.resolve([]);
        delivered.push(notice.request);
        return Promise.resolve([{ conversationKey: 'provider', entryId: notice.request.id }]);
      },
    },
  });
  return { ...harness, services, delivered };
}

/** The key and address the harness signs evidence and export links with. */
export const TEST_LINK_KEY = Buffer.alloc(32, 7);
export const TEST_BASE_URL = 'https://desk.example';

export function member(name: string, roles: PartnerRole[], approver = false): Member {
  return { name, userId: `29:${name.toLowerCase()}`, roles, approver };
}

export function actorOf(m: Member): Actor {
  return { name: m.name, userId: m.userId };
}

export const sales = member('Alex', ['salesAgent']);
export const helpdesk = member('Adele', ['helpdeskAgent']);
export const admin = member('Megan', ['adminAgent'], true);
export const globalAdmin = member('Isaiah', ['globalAdmin'], true);
export const helpdeskApprover = member('Hedda', ['helpdeskAgent'], true);

/** What a service answered to an allowed member; fails the test on a refusal. */
export function allowed<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

/** A customer's audit trail as a Global admin reads it. */
export async function trailOf(audit: AuditLog, customerId: string): Promise<AuditEntry[]> {
  return allowed(await audit.list(globalAdmin, customerId)).entries;
}

export const resellerFixture = 'services/partner-center/emulator/fixture/demoResellerTenant.json';

/** The demo reseller tenant with a second indirect provider (Tailspin Distribution), as a fixture file. */
export function twoProviderResellerFixture(): string {
  const tenant = JSON.parse(readFileSync(resellerFixture, 'utf8'));
  tenant.partnerRelationships.push({
    ...tenant.partnerRelationships[0],
    id: '5c1f6a8e-3b0d-4f27-9a64-1d2e3f4a5b6c',
    name: 'Tailspin Distribution',
    mpnId: '6154321',
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rd-providers-')), 'tenant.json');
  writeFileSync(file, JSON.stringify(tenant));
  return file;
}

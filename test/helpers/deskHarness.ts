/** The domain services over a real emulator (bundled demo tenant unless a fixture is given). */
import type { Member, PartnerRole } from '../../services/access/partnerRoles';
import type { Actor } from '../../services/audit/auditLog';
import { createDeskServices, type DeskServices } from '../../services/deskServices';
import type { ProviderRemovalRequest } from '../../services/relationships/removalService';
import { silentLogger, startHarness, type Harness } from '../partner-center/emulatorHarness';

export interface DeskHarness extends Harness {
  services: DeskServices;
  delivered: ProviderRemovalRequest[];
}

export async function startDesk(fixturePath?: string): Promise<DeskHarness> {
  const harness = await startHarness(fixturePath ? { fixturePath } : {});
  const delivered: ProviderRemovalRequest[] = [];
  const services = await createDeskServices({
    client: harness.client,
    store: harness.store,
    logger: silentLogger,
    profile: harness.emulator.partner,
    emulatorUrl: harness.emulator.url,
    providerChannel: {
      deliver: (request) => {
        delivered.push(request);
        return Promise.resolve('sent');
      },
    },
  });
  return { ...harness, services, delivered };
}

export function member(name: string, roles: PartnerRole[], approver = false): Member {
  return { name, userId: `29:${name.toLowerCase()}`, roles, approver };
}

export function actorOf(m: Member): Actor {
  return { name: m.name, userId: m.userId };
}

export const sales = member('Alex', ['salesAgent']);
export const helpdesk = member('Adele', ['helpdeskAgent']);
export const admin = member('Megan', ['adminAgent'], true);

export const resellerFixture = 'services/partner-center/emulator/fixture/demoResellerTenant.json';

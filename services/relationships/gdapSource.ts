/**
 * GDAP relationships of a customer, shown for information: removing the reseller relationship does not
 * remove them (docs/partner-center.md §10). They live in Microsoft Graph, not Partner Center. The sandbox
 * reads them from the emulator's sandbox-only route; live mode has no Graph access yet and says so.
 */
export interface GdapRelationshipInfo {
  name: string;
  status: string;
  endsAt?: string;
  roles: string[];
}

export interface GdapLookup {
  available: boolean;
  relationships: GdapRelationshipInfo[];
}

export interface GdapSource {
  relationships(customerId: string): Promise<GdapLookup>;
}

export const unavailableGdap: GdapSource = {
  relationships: () => Promise.resolve({ available: false, relationships: [] }),
};

interface SandboxGdap {
  displayName: string;
  status: string;
  endDateTime?: string;
  roles: string[];
}

export function sandboxGdap(emulatorUrl: string): GdapSource {
  return {
    async relationships(customerId) {
      try {
        const response = await fetch(
          `${emulatorUrl}/sandbox/customers/${encodeURIComponent(customerId)}/gdapRelationships`,
        );
        if (!response.ok) return { available: false, relationships: [] };
        const { value } = (await response.json()) as { value: SandboxGdap[] };
        return {
          available: true,
          relationships: value.map((r) => ({
            name: r.displayName,
            status: r.status,
            endsAt: r.endDateTime,
            roles: r.roles,
          })),
        };
      } catch {
        return { available: false, relationships: [] };
      }
    },
  };
}

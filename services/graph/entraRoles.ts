/**
 * The Microsoft Entra built-in roles partners commonly ask for in GDAP relationships, by role template
 * id (a GDAP relationship names its roles by `roleDefinitionId`, the built-in role's template id).
 * Source: "Microsoft Entra built-in roles", https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/permissions-reference
 * (the "All roles" table, ms.date 01/20/2026).
 *
 * The model carries a role as its key (`globalAdministrator`); cards translate the key. The English
 * names here are Microsoft's and serve until the cards localize them. A role not in this table stays
 * its template id (shown as is, never dropped).
 */

export const ENTRA_ROLES = {
  '62e90394-69f5-4237-9190-012177145e10': ['globalAdministrator', 'Global Administrator'],
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451': ['globalReader', 'Global Reader'],
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b': ['directoryReaders', 'Directory Readers'],
  '9360feb5-f418-4baa-8175-e2a00bac4301': ['directoryWriters', 'Directory Writers'],
  'fe930be7-5e62-47db-91af-98c3a49a38b1': ['userAdministrator', 'User Administrator'],
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': ['helpdeskAdministrator', 'Helpdesk Administrator'],
  '966707d0-3269-4727-9be2-8c3a10f19b9d': ['passwordAdministrator', 'Password Administrator'],
  'c4e39bd9-1100-46d3-8c65-fb160da0071f': ['authenticationAdministrator', 'Authentication Administrator'],
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13': [
    'privilegedAuthenticationAdministrator',
    'Privileged Authentication Administrator',
  ],
  'e8611ab8-c189-46e8-94e1-60213ab1f814': ['privilegedRoleAdministrator', 'Privileged Role Administrator'],
  'fdd7a751-b60b-444a-984c-02652fe8fa1c': ['groupsAdministrator', 'Groups Administrator'],
  '4d6ac14f-3453-41d0-bef9-a3e0c569773a': ['licenseAdministrator', 'License Administrator'],
  'b0f54661-2d74-4c50-afa3-1ec803f12efe': ['billingAdministrator', 'Billing Administrator'],
  'f023fd81-a637-4b56-95fd-791ac0226033': ['serviceSupportAdministrator', 'Service Support Administrator'],
  '29232cdf-9323-42fd-ade2-1d097af3e4de': ['exchangeAdministrator', 'Exchange Administrator'],
  '31392ffb-586c-42d1-9346-e59415a2cc4e': [
    'exchangeRecipientAdministrator',
    'Exchange Recipient Administrator',
  ],
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': ['sharePointAdministrator', 'SharePoint Administrator'],
  '69091246-20e8-4a56-aa4d-066075b2a7a8': ['teamsAdministrator', 'Teams Administrator'],
  '3a2c62db-5318-420d-8d74-23affee5d9d5': ['intuneAdministrator', 'Intune Administrator'],
  '194ae4cb-b126-40b2-bd5b-6091b380977d': ['securityAdministrator', 'Security Administrator'],
  '5d6b6bb7-de71-4623-b4af-96380a352509': ['securityReader', 'Security Reader'],
  '158c047a-c907-4556-b7ef-446551a6b5f7': [
    'cloudApplicationAdministrator',
    'Cloud Application Administrator',
  ],
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3': ['applicationAdministrator', 'Application Administrator'],
  '7698a772-787b-4ac8-901f-60d6b08affd2': ['cloudDeviceAdministrator', 'Cloud Device Administrator'],
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9': [
    'conditionalAccessAdministrator',
    'Conditional Access Administrator',
  ],
  '44367163-eba1-44c3-98af-f5787879f96a': ['dynamics365Administrator', 'Dynamics 365 Administrator'],
  '11648597-926c-4cf3-9c36-bcebb0ba8dcc': ['powerPlatformAdministrator', 'Power Platform Administrator'],
  '4a5d8f65-41da-4de4-8968-e035b65339cf': ['reportsReader', 'Reports Reader'],
  'e6d1a23a-da11-4be4-9570-befc86d067a7': ['complianceDataAdministrator', 'Compliance Data Administrator'],
} as const satisfies Record<string, readonly [string, string]>;

type RoleTable = typeof ENTRA_ROLES;
/** A built-in role by key, e.g. `globalAdministrator`. */
export type EntraRoleKey = RoleTable[keyof RoleTable][0];

const byId = new Map<string, readonly [EntraRoleKey, string]>(
  Object.entries(ENTRA_ROLES).map(([id, entry]) => [id, entry]),
);
const idByName = new Map<string, string>(
  Object.entries(ENTRA_ROLES).map(([id, [, name]]) => [name.toLowerCase(), id]),
);

/** The template id of Global Administrator (GDAP relationships holding it cannot auto-extend). */
export const GLOBAL_ADMINISTRATOR_ROLE_ID = '62e90394-69f5-4237-9190-012177145e10';

/** The known built-in role a template id names, if it is in the table. */
export function entraRoleOf(roleDefinitionId: string): EntraRoleKey | undefined {
  return byId.get(roleDefinitionId.toLowerCase())?.[0];
}

/** Microsoft's English name of a role, or its template id when the role is not in the table. */
export function entraRoleName(roleDefinitionId: string): string {
  return byId.get(roleDefinitionId.toLowerCase())?.[1] ?? roleDefinitionId;
}

/** The template id of a role named in English (case-insensitive), for fixtures written by hand. */
export function entraRoleIdByName(name: string): string | undefined {
  return idByName.get(name.trim().toLowerCase());
}

/** A role as the cards name it: its key when known (cards translate it), else Microsoft's English name or the id. */
export interface NamedRole {
  key?: EntraRoleKey;
  /** Microsoft's English name, or the template id of a role not in the table. */
  name: string;
}

export function namedRole(roleDefinitionId: string): NamedRole {
  const key = entraRoleOf(roleDefinitionId);
  return key ? { key, name: entraRoleName(roleDefinitionId) } : { name: roleDefinitionId };
}

/** What an emulated endpoint answers, and the Partner Center error body (`code`, `description`, `data`, `source`). */
export interface EmulatorResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function ok(body: unknown, status = 200): EmulatorResult {
  return { status, body };
}

export function pcError(
  status: number,
  code: string | number,
  description: string,
  data: unknown[] = [],
): EmulatorResult {
  return { status, body: { code, description, data, source: 'PartnerFD' } };
}

/** 404 60003, as for an unknown customer tenant. */
export function tenantNotFound(customerId: string): EmulatorResult {
  return pcError(404, 60003, `Tenant not found: ${customerId}.`);
}

/** 403 20002: the partner has no (more) relationship with the customer. */
export function noRelationship(partnerTenantId: string, customerId: string): EmulatorResult {
  return pcError(
    403,
    20002,
    `The partner ID ${partnerTenantId} has no commerce relationship with the customer ID ${customerId}`,
  );
}

/** 400 3000 "Invalid property": a query or body value the call does not accept (docs/partner-center.md §8). */
export function invalidProperty(detail: string): EmulatorResult {
  return pcError(400, 3000, `Invalid property: ${detail}`);
}

/** 400 800002 "Invalid request input": a value that cannot be read at all (not JSON, unknown token). */
export function badInput(detail: string): EmulatorResult {
  return pcError(400, 800002, `Invalid request input: ${detail}`);
}

/** 403 2032 "Access denied": the partner's type may not make this call (Assumption, docs/partner-center.md §8). */
export function forbiddenForPartnerType(detail: string): EmulatorResult {
  return pcError(403, 2032, `Access denied: ${detail}`);
}

/**
 * Partner Center webhook events the bot acts on: a customer accepting a reseller relationship
 * (`reseller-relationship-accepted-by-customer`, `indirect-reseller-relationship-accepted-by-customer`).
 * The customer is read back from Partner Center (never trusted from the event) and reported once.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';
import type { PartnerCenterClient } from '../partner-center';
import { normalizeKeys } from '../partner-center/model/normalizeKeys';
import type { AcceptanceWatcher } from './acceptanceWatcher';
import type { CustomerDirectory } from './customerDirectory';

const ACCEPTED = new Set([
  'reseller-relationship-accepted-by-customer',
  'indirect-reseller-relationship-accepted-by-customer',
]);
const CUSTOMER_IN_URI = /\/customers\/([0-9a-f-]{36})/i;

export type WebhookOutcome = 'accepted' | 'ignored' | 'invalid';

export async function handleWebhookEvent(
  deps: {
    client: PartnerCenterClient;
    acceptances: AcceptanceWatcher;
    directory: CustomerDirectory;
    logger: Logger;
  },
  body: unknown,
): Promise<WebhookOutcome> {
  const event = normalizeKeys(body) as { eventName?: unknown; resourceUri?: unknown } | undefined;
  if (!event || typeof event.eventName !== 'string') return 'invalid';
  const name = event.eventName.toLowerCase();
  deps.logger.info({ event: name }, 'Partner Center webhook event');
  if (!ACCEPTED.has(name)) return 'ignored';
  const customerId =
    typeof event.resourceUri === 'string' ? CUSTOMER_IN_URI.exec(event.resourceUri)?.[1] : undefined;
  if (!customerId) return 'invalid';
  const customer = await deps.client.getCustomer({ correlationId: randomUUID() }, customerId);
  await deps.acceptances.accepted(
    {
      id: customer.id,
      name: customer.companyProfile.companyName || customer.id,
      domain: customer.companyProfile.domain ?? '',
    },
    'webhook',
  );
  deps.directory.reload().catch(() => undefined);
  return 'accepted';
}

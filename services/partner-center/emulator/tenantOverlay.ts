/**
 * The emulator's mutable state: everything that differs from the immutable fixture. Kept in memory
 * (the emulator is one process) and written through to the RecordStore under `pc-sandbox/{ns}/…`,
 * so removals, status changes, accepted invitations, GDAP terminations and request-id replays survive
 * a restart.
 *
 * The store has no listing, so `pc-sandbox/{ns}/index` names the customers and subscriptions that
 * have an overlay record; it is read once at start. Replay records are read on demand.
 */
import type { RecordStore } from '../../store/recordStore';
import type { SandboxCustomer } from './fixture/sandboxTenant';

export interface CustomerOverlay {
  relationshipToPartner: 'reseller' | 'none';
  allowDelegatedAccess?: boolean;
  changedAt: string;
  /** A customer that is not in the fixture: created by a simulated acceptance. */
  created?: SandboxCustomer;
}

export interface SubscriptionOverlay {
  status: 'active' | 'suspended' | 'deleted';
  /** Set once a PATCH changed it; the fixture's value otherwise. */
  autoRenewEnabled?: boolean;
  /** Bumped on every change; part of the subscription etag. */
  revision: number;
  changedAt: string;
}

export interface EntitlementOverlay {
  fulfillmentState: 'cancelled';
  changedAt: string;
}

/** A terminate request accepted for a GDAP relationship (Graph); the status follows from `requestedAt`. */
export interface GdapTerminationOverlay {
  /** The delegatedAdminRelationshipRequest's id. */
  requestId: string;
  requestedAt: string;
}

/** The first answer to a mutation, returned again for the same MS-RequestId. */
export interface ReplayRecord {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

interface OverlayIndex {
  customers: string[];
  subscriptions: string[];
  entitlements: string[];
  /** Absent in overlays written before the sandbox served Graph. */
  gdapTerminations?: string[];
}

export class TenantOverlay {
  private readonly customers = new Map<string, CustomerOverlay>();
  private readonly subscriptions = new Map<string, SubscriptionOverlay>();
  private readonly entitlements = new Map<string, EntitlementOverlay>();
  private readonly gdapTerminations = new Map<string, GdapTerminationOverlay>();
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly store: RecordStore,
    private readonly prefix: string,
  ) {}

  /** Loads the overlay of namespace `namespace` (e.g. the partner tenant id). */
  static async load(store: RecordStore, namespace: string): Promise<TenantOverlay> {
    const overlay = new TenantOverlay(store, `pc-sandbox/${namespace}`);
    const index = (await store.get<OverlayIndex>(`${overlay.prefix}/index`))?.value;
    for (const id of index?.customers ?? []) {
      const record = await store.get<CustomerOverlay>(`${overlay.prefix}/customer/${id}`);
      if (record) overlay.customers.set(id, record.value);
    }
    for (const key of index?.subscriptions ?? []) {
      const record = await store.get<SubscriptionOverlay>(`${overlay.prefix}/subscription/${key}`);
      if (record) overlay.subscriptions.set(key, record.value);
    }
    for (const key of index?.entitlements ?? []) {
      const record = await store.get<EntitlementOverlay>(`${overlay.prefix}/entitlement/${key}`);
      if (record) overlay.entitlements.set(key, record.value);
    }
    for (const key of index?.gdapTerminations ?? []) {
      const record = await store.get<GdapTerminationOverlay>(`${overlay.prefix}/gdapTermination/${key}`);
      if (record) overlay.gdapTerminations.set(key, record.value);
    }
    return overlay;
  }

  customer(id: string): CustomerOverlay | undefined {
    return this.customers.get(id.toLowerCase());
  }

  /** Customers created by simulated acceptances (not in the fixture). */
  createdCustomers(): SandboxCustomer[] {
    return [...this.customers.values()].flatMap((overlay) => (overlay.created ? [overlay.created] : []));
  }

  subscription(customerId: string, subscriptionId: string): SubscriptionOverlay | undefined {
    return this.subscriptions.get(subscriptionKey(customerId, subscriptionId));
  }

  entitlement(customerId: string, orderId: string): EntitlementOverlay | undefined {
    return this.entitlements.get(subscriptionKey(customerId, orderId));
  }

  gdapTermination(relationshipId: string): GdapTerminationOverlay | undefined {
    return this.gdapTerminations.get(relationshipId.toLowerCase());
  }

  async setGdapTermination(relationshipId: string, value: GdapTerminationOverlay): Promise<void> {
    const key = relationshipId.toLowerCase();
    this.gdapTerminations.set(key, value);
    await this.write(`gdapTermination/${key}`, value);
  }

  async setCustomer(id: string, value: CustomerOverlay): Promise<void> {
    const key = id.toLowerCase();
    this.customers.set(key, value);
    await this.write(`customer/${key}`, value);
  }

  async setSubscription(
    customerId: string,
    subscriptionId: string,
    value: SubscriptionOverlay,
  ): Promise<void> {
    const key = subscriptionKey(customerId, subscriptionId);
    this.subscriptions.set(key, value);
    await this.write(`subscription/${key}`, value);
  }

  async setEntitlement(customerId: string, orderId: string, value: EntitlementOverlay): Promise<void> {
    const key = subscriptionKey(customerId, orderId);
    this.entitlements.set(key, value);
    await this.write(`entitlement/${key}`, value);
  }

  async replay(requestId: string): Promise<ReplayRecord | undefined> {
    return (await this.store.get<ReplayRecord>(`${this.prefix}/request/${requestId}`))?.value;
  }

  async rememberReplay(requestId: string, record: ReplayRecord): Promise<void> {
    await this.store.put(`${this.prefix}/request/${requestId}`, record);
  }

  /** Writes the record, then the index; serialised so two index writes never interleave. */
  private write(key: string, value: unknown): Promise<void> {
    const next = this.writes.then(async () => {
      await this.store.put(`${this.prefix}/${key}`, value);
      await this.store.put<OverlayIndex>(`${this.prefix}/index`, {
        customers: [...this.customers.keys()],
        subscriptions: [...this.subscriptions.keys()],
        entitlements: [...this.entitlements.keys()],
        gdapTerminations: [...this.gdapTerminations.keys()],
      });
    });
    this.writes = next.catch(() => undefined);
    return next;
  }
}

function subscriptionKey(customerId: string, subscriptionId: string): string {
  return `${customerId.toLowerCase()}/${subscriptionId.toLowerCase()}`;
}

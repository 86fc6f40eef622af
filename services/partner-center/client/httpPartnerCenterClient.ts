/**
 * PartnerCenterClient over HTTP (global fetch). Used for PARTNER_CENTER=live against the real base URL
 * and for sandbox against the in-process emulator: one code path.
 *
 * Every logical call runs inside the resilience policy (retryPolicy.ts). A retry after a timeout, a
 * network failure or a 5xx sends the same MS-RequestId (the same operation); a retry after a 429 is a
 * new request with a new id, since Partner Center answered it (docs/partner-center.md §2). Responses
 * are read case-insensitively (normalizeKeys) and validated.
 * Logs carry method, path template, status, attempt and ids; never tokens, bodies or customer data.
 *
 * Long because it has one short method per documented endpoint over one shared request path.
 */
import { randomUUID } from 'node:crypto';
import { BrokenCircuitError, TaskCancelledError } from 'cockatiel';
import { z } from 'zod';
import type { Logger } from 'pino';
import type { PartnerCenterTokenProvider } from '../auth/tokenProvider';
import {
  PartnerCenterApiError,
  PartnerCenterResponseError,
  PartnerCenterUnavailableError,
  errorForResponse,
  parseErrorBody,
} from '../errors';
import type { PartnerCenterErrorDetails } from '../errors';
import { collectionEnvelopeSchema } from '../model/collection';
import type { Link } from '../model/collection';
import { customerRelationshipUpdateSchema, customerSchema } from '../model/customer';
import type { Customer, CustomerRelationshipUpdate } from '../model/customer';
import { entitlementSchema } from '../model/entitlement';
import type { Entitlement } from '../model/entitlement';
import { normalizeKeys } from '../model/normalizeKeys';
import { partnerRelationshipSchema } from '../model/partnerRelationship';
import type { PartnerRelationship, PartnerRelationshipQuery } from '../model/partnerRelationship';
import { relationshipRequestSchema } from '../model/relationshipRequest';
import type { RelationshipRequest } from '../model/relationshipRequest';
import { orderSchema, type Order, type OrderLineToCancel } from '../model/order';
import { subscriptionSchema } from '../model/subscription';
import type { Subscription, SubscriptionStatusChange } from '../model/subscription';
import { customerFilterFor } from './customerFilter';
import type {
  CallContext,
  CustomerPage,
  CustomerQuery,
  EntitlementQuery,
  PartnerCenterClient,
} from './partnerCenterClient';
import { createResiliencePolicy, parseRetryAfter } from './retryPolicy';
import type { CircuitBreakerOptions, ResiliencePolicy, RetryOptions } from './retryPolicy';

/** The global cloud. 21Vianet: https://partner.partnercenterapi.microsoftonline.cn */
export const GLOBAL_PARTNER_CENTER_URL = 'https://api.partnercenter.microsoft.com';

export interface PartnerCenterClientOptions {
  /** e.g. https://api.partnercenter.microsoft.com or the emulator's http://127.0.0.1:port */
  baseUrl: string;
  tokenProvider: PartnerCenterTokenProvider;
  logger: Logger;
  /** X-Locale (default en-US). */
  locale?: string;
  /** MS-PartnerCenter-Application (default "Reseller Desk"). */
  applicationName?: string;
  /** Per attempt (default 30 s). */
  timeoutMs?: number;
  retry?: RetryOptions;
  circuitBreaker?: CircuitBreakerOptions;
}

interface Request {
  operation: string;
  method: 'GET' | 'PATCH' | 'POST' | 'DELETE';
  /** A path under /v1 (with query) or an absolute URL of the same origin (paging links). */
  path: string;
  /** Extra headers (paging continuation, If-Match). */
  headers?: Record<string, string>;
  body?: unknown;
  /** Keep the caller's request id (mutations); otherwise a fresh one for this call. */
  useCallerRequestId: boolean;
}

interface Response<T> {
  value: T;
  headers: Headers;
}

/** A response schema on zod's v3 or v4 engine (the Customer is on v4): all the client needs is a safe parse. */
interface ResponseSchema<T> {
  safeParse(
    raw: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

const DEFAULT_PAGE_SIZE = 100;
/** The most customers Partner Center returns in one call (docs/partner-center.md §8). */
export const MAX_CUSTOMER_PAGE_SIZE = 500;

/** The subscription as read, keys camelCased, every field kept (sent back whole by E10). */
const subscriptionResourceSchema = z.record(z.unknown());

export class HttpPartnerCenterClient implements PartnerCenterClient {
  private readonly baseUrl: URL;
  private readonly resilience: ResiliencePolicy;
  private readonly timeoutMs: number;

  constructor(private readonly options: PartnerCenterClientOptions) {
    this.baseUrl = new URL(options.baseUrl);
    this.resilience = createResiliencePolicy(options.retry, options.circuitBreaker);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.resilience.breaker.onBreak(() =>
      options.logger.warn({ partnerCenter: this.baseUrl.origin }, 'Partner Center circuit opened'),
    );
    this.resilience.breaker.onReset(() =>
      options.logger.info({ partnerCenter: this.baseUrl.origin }, 'Partner Center circuit closed'),
    );
  }

  async *listCustomerPages(context: CallContext, query: CustomerQuery = {}): AsyncIterable<CustomerPage> {
    const size = Math.min(
      Math.max(1, Math.trunc(query.pageSize ?? DEFAULT_PAGE_SIZE)),
      MAX_CUSTOMER_PAGE_SIZE,
    );
    const params = new URLSearchParams({ size: String(size) });
    const filter = customerFilterFor(query);
    if (filter) params.set('filter', JSON.stringify(filter));
    let next: { path: string; headers: Record<string, string> } | undefined = {
      path: `/v1/customers?${params.toString()}`,
      headers: {},
    };
    while (next) {
      const { value: envelope, headers } = await this.send(
        context,
        {
          operation: 'list customers',
          method: 'GET',
          path: next.path,
          headers: next.headers,
          useCallerRequestId: false,
        },
        collectionEnvelopeSchema,
      );
      const items = (envelope.items ?? []).map((item) =>
        this.parse(customerSchema, item, {
          operation: 'list customers',
          correlationId: context.correlationId,
        }),
      );
      yield { items, totalCount: envelope.totalCount ?? undefined };
      next = this.nextPage(envelope.links?.next ?? undefined, headers.get('MS-ContinuationToken'));
    }
  }

  async *listCustomers(context: CallContext, query?: CustomerQuery): AsyncIterable<Customer> {
    for await (const page of this.listCustomerPages(context, query)) yield* page.items;
  }

  async getCustomer(context: CallContext, customerId: string): Promise<Customer> {
    return this.getOne(context, 'get customer', `/v1/customers/${seg(customerId)}`, customerSchema);
  }

  async getRelationshipRequest(context: CallContext): Promise<RelationshipRequest> {
    return this.getOne(
      context,
      'get relationship request',
      '/v1/customers/relationshiprequests',
      relationshipRequestSchema,
    );
  }

  async removeResellerRelationship(
    context: CallContext,
    customerId: string,
  ): Promise<CustomerRelationshipUpdate> {
    const { value } = await this.send(
      context,
      {
        operation: 'remove reseller relationship',
        method: 'PATCH',
        path: `/v1/customers/${seg(customerId)}`,
        body: { relationshipToPartner: 'none', attributes: { objectType: 'Customer' } },
        useCallerRequestId: true,
      },
      customerRelationshipUpdateSchema,
    );
    if (value.relationshipToPartner !== 'none') {
      throw new PartnerCenterResponseError(
        `relationshipToPartner is "${value.relationshipToPartner}", not "none"`,
        {
          operation: 'remove reseller relationship',
          correlationId: context.correlationId,
          requestId: context.requestId,
        },
      );
    }
    return value;
  }

  async listSubscriptions(context: CallContext, customerId: string): Promise<Subscription[]> {
    return this.getCollection(
      context,
      'list subscriptions',
      `/v1/customers/${seg(customerId)}/subscriptions`,
      subscriptionSchema,
    );
  }

  async getSubscription(
    context: CallContext,
    customerId: string,
    subscriptionId: string,
  ): Promise<Subscription> {
    return this.getOne(
      context,
      'get subscription',
      `/v1/customers/${seg(customerId)}/subscriptions/${seg(subscriptionId)}`,
      subscriptionSchema,
    );
  }

  async changeSubscriptionStatus(
    context: CallContext,
    customerId: string,
    subscriptionId: string,
    status: SubscriptionStatusChange,
  ): Promise<Subscription> {
    return this.patchSubscription(
      context,
      customerId,
      subscriptionId,
      `change subscription status to ${status}`,
      {
        status,
      },
    );
  }

  async setSubscriptionAutoRenew(
    context: CallContext,
    customerId: string,
    subscriptionId: string,
    autoRenewEnabled: boolean,
  ): Promise<Subscription> {
    const operation = `turn auto-renew ${autoRenewEnabled ? 'on' : 'off'}`;
    const value = await this.patchSubscription(context, customerId, subscriptionId, operation, {
      autoRenewEnabled,
    });
    // Done only on Partner Center's word: the answer must carry the new setting.
    if (value.autoRenewEnabled !== autoRenewEnabled) {
      throw new PartnerCenterResponseError(`autoRenewEnabled is ${String(value.autoRenewEnabled)}`, {
        operation,
        correlationId: context.correlationId,
        requestId: context.requestId,
      });
    }
    return value;
  }

  /**
   * E10: GET the subscription, change `change`'s fields, PATCH the full resource as read with its etag
   * (docs/partner-center.md §1, §9). The PATCH carries `context.requestId`.
   */
  private async patchSubscription(
    context: CallContext,
    customerId: string,
    subscriptionId: string,
    operation: string,
    change: Record<string, unknown>,
  ): Promise<Subscription> {
    const path = `/v1/customers/${seg(customerId)}/subscriptions/${seg(subscriptionId)}`;
    const { value: resource } = await this.send(
      context,
      { operation: 'get subscription', method: 'GET', path, useCallerRequestId: false },
      subscriptionResourceSchema,
    );
    const current = this.parse(subscriptionSchema, resource, {
      operation: 'get subscription',
      correlationId: context.correlationId,
    });
    const etag = current.attributes?.etag;
    const { value } = await this.send(
      context,
      {
        operation,
        method: 'PATCH',
        path,
        headers: etag ? { 'If-Match': quotedEtag(etag) } : {},
        body: { ...resource, ...change },
        useCallerRequestId: true,
      },
      subscriptionSchema,
    );
    return value;
  }

  async getOrder(context: CallContext, customerId: string, orderId: string): Promise<Order> {
    return this.getOne(
      context,
      'get order',
      `/v1/customers/${seg(customerId)}/orders/${seg(orderId)}`,
      orderSchema,
    );
  }

  async cancelSoftwareOrder(
    context: CallContext,
    customerId: string,
    orderId: string,
    lineItems: readonly OrderLineToCancel[],
  ): Promise<Order> {
    // Without lineItems Partner Center cancels the whole order (docs/partner-center.md §4).
    if (!lineItems.length) throw new Error('cancelSoftwareOrder needs the line items to cancel.');
    const { value } = await this.send(
      context,
      {
        operation: 'cancel software order',
        method: 'PATCH',
        path: `/v1/customers/${seg(customerId)}/orders/${seg(orderId)}`,
        body: {
          id: orderId,
          status: 'cancelled',
          lineItems: lineItems.map(({ lineItemNumber, offerId }) => ({ lineItemNumber, offerId })),
        },
        useCallerRequestId: true,
      },
      orderSchema,
    );
    return value;
  }

  async listEntitlements(
    context: CallContext,
    customerId: string,
    query: EntitlementQuery = {},
  ): Promise<Entitlement[]> {
    const params = new URLSearchParams();
    if (query.type) params.set('entitlementType', query.type);
    if (query.showExpiry ?? true) params.set('showExpiry', 'true');
    const search = params.size ? `?${params.toString()}` : '';
    return this.getCollection(
      context,
      'list entitlements',
      `/v1/customers/${seg(customerId)}/entitlements${search}`,
      entitlementSchema,
    );
  }

  async listCustomerPartnerRelationships(
    context: CallContext,
    customerId: string,
  ): Promise<PartnerRelationship[]> {
    return this.getCollection(
      context,
      'list customer partner relationships',
      `/v1/customers/${seg(customerId)}/relationships`,
      partnerRelationshipSchema,
    );
  }

  async listPartnerRelationships(
    context: CallContext,
    relationshipType: PartnerRelationshipQuery,
  ): Promise<PartnerRelationship[]> {
    return this.getCollection(
      context,
      'list partner relationships',
      `/v1/relationships?relationship_type=${encodeURIComponent(relationshipType)}`,
      partnerRelationshipSchema,
    );
  }

  /** One resource (E2, E3, E9, an order). */
  private async getOne<T>(
    context: CallContext,
    operation: string,
    path: string,
    schema: ResponseSchema<T>,
  ): Promise<T> {
    const { value } = await this.send(
      context,
      { operation, method: 'GET', path, useCallerRequestId: false },
      schema,
    );
    return value;
  }

  /** A non-paged collection (E6, E7, E8, E11). A `null` body or missing items is an empty list. */
  private async getCollection<T>(
    context: CallContext,
    operation: string,
    path: string,
    itemSchema: ResponseSchema<T>,
  ): Promise<T[]> {
    const { value } = await this.send(
      context,
      { operation, method: 'GET', path, useCallerRequestId: false },
      collectionEnvelopeSchema.nullable(),
    );
    return (value?.items ?? []).map((item) =>
      this.parse(itemSchema, item, { operation, correlationId: context.correlationId }),
    );
  }

  private nextPage(
    link: Link | undefined,
    continuationHeader: string | null,
  ): { path: string; headers: Record<string, string> } | undefined {
    if (!link) return undefined;
    const headers: Record<string, string> = {};
    for (const header of link.headers ?? []) headers[header.key] = header.value;
    if (
      continuationHeader &&
      !Object.keys(headers).some((key) => key.toLowerCase() === 'ms-continuationtoken')
    ) {
      headers['MS-ContinuationToken'] = continuationHeader;
    }
    return { path: link.uri, headers };
  }

  /** Resolves a path or link against the base URL; `/v1` is added when a link lacks it (invoice links do). */
  private resolve(path: string, operation: string): URL {
    if (/^https?:\/\//i.test(path)) {
      const absolute = new URL(path);
      if (absolute.origin !== this.baseUrl.origin) {
        // Never send the bearer token to another host.
        throw new PartnerCenterResponseError(`a link points to another host (${absolute.origin})`, {
          operation,
        });
      }
      return absolute;
    }
    const relative = path.startsWith('/') ? path : `/${path}`;
    const withVersion = /^\/v1(\/|\?|$)/i.test(relative) ? relative : `/v1${relative}`;
    const basePath = this.baseUrl.pathname.replace(/\/+$/, '');
    return new URL(`${basePath}${withVersion}`, this.baseUrl.origin);
  }

  private parse<T>(schema: ResponseSchema<T>, raw: unknown, details: PartnerCenterErrorDetails): T {
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new PartnerCenterResponseError(
        `${issue?.path.map(String).join('.') || '(body)'}: ${issue?.message ?? 'invalid'}`,
        details,
      );
    }
    return result.data;
  }

  private async send<T>(
    context: CallContext,
    request: Request,
    schema: ResponseSchema<T>,
  ): Promise<Response<T>> {
    let requestId = request.useCallerRequestId && context.requestId ? context.requestId : randomUUID();
    const details: PartnerCenterErrorDetails = {
      operation: request.operation,
      correlationId: context.correlationId,
      requestId,
    };
    const url = this.resolve(request.path, request.operation);
    try {
      return await this.resilience.policy.execute(async ({ signal }) => {
        try {
          return await this.attempt(
            url,
            request,
            context,
            requestId,
            { ...details, requestId },
            schema,
            signal,
          );
        } catch (error) {
          // Partner Center answered 4xx: whatever comes next is a new request.
          if (error instanceof PartnerCenterApiError && error.status < 500) requestId = randomUUID();
          throw error;
        }
      }, context.signal);
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        throw new PartnerCenterUnavailableError('circuit-open', details, error);
      }
      if (error instanceof TaskCancelledError) {
        throw new PartnerCenterUnavailableError('timeout', details, error);
      }
      throw error;
    }
  }

  private async attempt<T>(
    url: URL,
    request: Request,
    context: CallContext,
    requestId: string,
    details: PartnerCenterErrorDetails,
    schema: ResponseSchema<T>,
    policySignal: AbortSignal,
  ): Promise<Response<T>> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = AbortSignal.any([timeout, policySignal]);
    const token = await this.options.tokenProvider.getAccessToken(signal);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'MS-CorrelationId': context.correlationId,
      'MS-RequestId': requestId,
      'MS-PartnerCenter-Application': this.options.applicationName ?? 'Reseller Desk',
      'X-Locale': this.options.locale ?? 'en-US',
      ...request.headers,
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
    const log = {
      method: request.method,
      path: url.pathname,
      correlationId: context.correlationId,
      requestId,
    };
    let response: globalThis.Response;
    try {
      response = await fetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal,
      });
    } catch (error) {
      if (policySignal.aborted) throw error;
      const reason = timeout.aborted ? 'timeout' : 'network';
      this.options.logger.warn({ ...log, reason }, 'Partner Center call failed without an answer');
      throw new PartnerCenterUnavailableError(reason, details, error);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (policySignal.aborted) throw error;
      throw new PartnerCenterUnavailableError(timeout.aborted ? 'timeout' : 'network', details, error);
    }
    this.options.logger.debug({ ...log, status: response.status }, 'Partner Center call');
    if (!response.ok) {
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      throw errorForResponse(response.status, parseErrorBody(text), details, retryAfter);
    }
    let json: unknown = null;
    if (text.trim()) {
      try {
        json = JSON.parse(text);
      } catch {
        throw new PartnerCenterResponseError('the body is not JSON', details);
      }
    }
    return { value: this.parse(schema, normalizeKeys(json), details), headers: response.headers };
  }
}

/** ETag values go in double quotes (docs/partner-center.md §8); weak or quoted ones are kept. */
function quotedEtag(etag: string): string {
  return etag.startsWith('"') || etag.startsWith('W/') ? etag : `"${etag}"`;
}

function seg(value: string): string {
  return encodeURIComponent(value);
}

export function createPartnerCenterClient(options: PartnerCenterClientOptions): PartnerCenterClient {
  return new HttpPartnerCenterClient(options);
}

/**
 * The shape of a Bot Framework activity this bot can answer, checked at the HTTP edge before the
 * adapter sees it. Teams always sends these fields with these types; anything else is a malformed or
 * forged body and is answered 400 without running a turn (see server.ts). Without the check,
 * botbuilder and teams-ai fail inside the turn on wrong types (a numeric `locale` or `text`, a
 * `conversation.id` that is not a string, `entities` that is not an array), and an activity without
 * a `serviceUrl` makes the adapter reply to Bot Framework's public default host.
 *
 * Only types are checked here: values (ids, text, card data) stay untrusted and are validated by the
 * handlers (verbs/) and the services.
 */
import { z } from 'zod/v4';

const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);
const account = object({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

/** http(s) URL: replies go there. */
const serviceUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'not an http(s) URL');

const entity = object({ type: z.string() });
const member = object({ id: z.string() });

const activitySchema = object({
  type: z.string().min(1),
  serviceUrl,
  // teams-ai keys turn state by channel, bot (recipient), conversation and user.
  channelId: z.string().min(1),
  id: z.string().optional(),
  name: z.string().optional(),
  from: account,
  recipient: account,
  conversation: object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  text: z.string().optional(),
  locale: z.string().optional(),
  replyToId: z.string().optional(),
  entities: z.array(entity).optional(),
  attachments: z.array(object({ contentType: z.string() })).optional(),
  membersAdded: z.array(member).optional(),
  membersRemoved: z.array(member).optional(),
  channelData: object({}).optional(),
});

/** The `value` of the invokes the bot routes; other invoke names are answered 501 by the adapter. */
const invokeValues = new Map<string, z.ZodTypeAny>(
  Object.entries({
    'adaptiveCard/action': object({
      action: object({ type: z.literal('Action.Execute'), verb: z.unknown(), data: z.unknown() }),
    }),
    'application/search': object({
      queryText: z.string().optional(),
      dataset: z.string().optional(),
      queryOptions: object({
        skip: z.number().int().min(0).optional(),
        top: z.number().int().min(0).optional(),
      }).optional(),
    }),
  }),
);

export type ShapeCheck = { ok: true } | { ok: false; problem: string };

/** Whether `body` is an activity the adapter and the handlers can process; `problem` names the field. */
export function checkActivityShape(body: unknown): ShapeCheck {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) return { ok: false, problem: describe(parsed.error) };
  const { type, name } = parsed.data;
  const valueSchema = type === 'invoke' && name ? invokeValues.get(name) : undefined;
  if (valueSchema) {
    const value = valueSchema.safeParse((body as { value?: unknown }).value);
    if (!value.success) return { ok: false, problem: describe(value.error, 'value') };
  }
  return { ok: true };
}

/** The first issue, by field path only: the body's content is never echoed or logged. */
function describe(error: z.ZodError, prefix?: string): string {
  const issue = error.issues[0];
  const path = [...(prefix ? [prefix] : []), ...issue.path].join('.') || '(body)';
  return `${path}: ${issue.code}`;
}

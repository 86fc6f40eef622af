/** Bot Framework activities as Teams sends them, for tests that POST to /api/messages. */
import { randomUUID } from 'node:crypto';

export interface ActivityOptions {
  serviceUrl: string;
  locale?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  userId?: string;
  aadObjectId?: string;
  tenantId?: string;
}

export function messageActivity(text: string, options: ActivityOptions): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    from: {
      id: options.userId ?? '29:user-alex',
      name: 'Alex Wilber',
      aadObjectId: options.aadObjectId ?? 'aad-alex',
    },
    recipient: { id: '28:reseller-desk-bot', name: 'Reseller Desk' },
    conversation: {
      id: options.conversationId ?? 'a:personal-alex',
      conversationType: options.conversationType ?? 'personal',
      tenantId: options.tenantId ?? 'tenant-contoso-partner',
    },
    text,
    textFormat: 'plain',
    locale: options.locale ?? 'en-US',
  };
}

export async function postActivity(
  botUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}

/** All text a user would read on an Adaptive Card: TextBlock texts and TextRun texts, in order. */
export function cardTexts(card: any): string[] {
  const texts: string[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ((node.type === 'TextBlock' || node.type === 'TextRun') && typeof node.text === 'string')
        texts.push(node.text);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return texts;
}

export function adaptiveCardOf(activity: any): any {
  const attachment = activity?.attachments?.find(
    (item: any) => item.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  if (!attachment) throw new Error(`no Adaptive Card in ${JSON.stringify(activity).slice(0, 200)}`);
  return attachment.content;
}

export interface Persona {
  userId: string;
  aadObjectId: string;
}

/** The Agents Playground personas and their demo roles (services/access/demoRoles.json). */
export const PERSONAS = {
  alexSales: { userId: 'user-id-0', aadObjectId: '00000000-0000-0000-0000-0000000000020' },
  meganAdminApprover: { userId: 'user-id-1', aadObjectId: '00000000-0000-0000-0000-0000000000021' },
  adeleHelpdesk: { userId: 'user-id-2', aadObjectId: '00000000-0000-0000-0000-0000000000022' },
  isaiahGlobalApprover: { userId: 'user-id-3', aadObjectId: '00000000-0000-0000-0000-0000000000023' },
  lynneUnknown: { userId: 'user-id-5', aadObjectId: '00000000-0000-0000-0000-0000000000025' },
} satisfies Record<string, Persona>;

/** An Action.Execute click as Teams sends it; the invoke response carries the new card. */
export function actionActivity(
  verb: string,
  data: Record<string, unknown>,
  options: ActivityOptions,
): Record<string, unknown> {
  const base = messageActivity('', options);
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function searchActivity(
  queryText: string,
  options: ActivityOptions,
  dataset = 'customers',
): Record<string, unknown> {
  const base = messageActivity('', options);
  return {
    ...base,
    type: 'invoke',
    name: 'application/search',
    text: undefined,
    value: { queryText, queryOptions: { skip: 0, top: 15 }, dataset },
  };
}

/** POSTs an invoke and returns its invoke response body ({ statusCode, type, value }). */
export async function invoke(botUrl: string, activity: unknown): Promise<any> {
  const response = await postActivity(botUrl, activity);
  if (response.status !== 200) throw new Error(`invoke answered ${response.status}: ${response.body}`);
  return JSON.parse(response.body);
}

/** The team channel of the scale-out tests, where approvers act on approval cards. */
export const TEAM_CHANNEL = '19:reseller-desk-team@thread.tacv2';

/** Activity options for a persona in their personal chat with the bot, or in the team channel. */
export function personaIn(serviceUrl: string, who: Persona, place: 'personal' | 'channel'): ActivityOptions {
  return {
    serviceUrl,
    conversationId:
      place === 'channel' ? `${TEAM_CHANNEL};messageid=1700000000000` : `a:personal-${who.userId}`,
    conversationType: place,
    ...who,
  };
}

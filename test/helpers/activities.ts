/** Bot Framework activities as Teams sends them, for tests that POST to /api/messages. */
import { randomUUID } from 'node:crypto';

export interface ActivityOptions {
  serviceUrl: string;
  locale?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  userId?: string;
  aadObjectId?: string;
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
      tenantId: 'tenant-contoso-partner',
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

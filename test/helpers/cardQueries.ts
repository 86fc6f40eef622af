/** Reading a card the way a user meets it: its texts, buttons and inputs. */
export function walk(node: unknown, visit: (node: Record<string, any>) => void): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, any>);
    Object.values(node).forEach((value) => walk(value, visit));
  }
}

export interface CardAction {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, any>;
  url?: string;
  isEnabled?: boolean;
  /** Action.Execute: "auto" (the default: it sends the card's inputs) or "none". */
  associatedInputs?: string;
}

export function actionsOf(card: unknown): CardAction[] {
  const found: CardAction[] = [];
  walk(card, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && node !== card) {
      found.push({
        type: node.type,
        title: node.title,
        verb: node.verb,
        data: node.data,
        url: node.url,
        isEnabled: node.isEnabled,
        associatedInputs: node.associatedInputs,
      });
    }
  });
  return found;
}

export function actionWithVerb(
  card: unknown,
  verb: string,
  match: (data: Record<string, any>) => boolean = () => true,
): CardAction {
  const action = actionsOf(card).find((a) => a.verb === verb && match(a.data ?? {}));
  if (!action)
    throw new Error(
      `no ${verb} button in ${JSON.stringify(actionsOf(card).map((a) => `${a.verb}:${a.title}`))}`,
    );
  return action;
}

export function inputOf(card: unknown, id: string): Record<string, any> | undefined {
  let found: Record<string, any> | undefined;
  walk(card, (node) => {
    if (node.id === id && typeof node.type === 'string' && node.type.startsWith('Input.')) found = node;
  });
  return found;
}

/**
 * What a client sends for a button, as Adaptive Cards renderers do: its `data`, plus (unless its
 * associatedInputs is "none") the value of every input of the card that is set, `typed` being what the
 * user changed in them.
 */
export function sentBy(
  card: unknown,
  action: CardAction,
  typed: Record<string, string> = {},
): Record<string, any> {
  if (action.associatedInputs === 'none') return { ...action.data };
  const values: Record<string, string> = {};
  walk(card, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string')
      values[node.id] = String(node.value ?? '');
  });
  Object.assign(values, typed);
  const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  return { ...action.data, ...set };
}

/** Every TextBlock and TextRun text, joined: what a user reads. */
export function readableText(card: unknown): string {
  const texts: string[] = [];
  walk(card, (node) => {
    if ((node.type === 'TextBlock' || node.type === 'TextRun') && typeof node.text === 'string')
      texts.push(node.text);
  });
  return texts.join('\n');
}

/** The text of each paragraph as a person reads it: a RichTextBlock's runs joined, or a TextBlock. */
export function paragraphsOf(card: unknown): string[] {
  const paragraphs: string[] = [];
  walk(card, (node) => {
    if (node.type === 'RichTextBlock' && Array.isArray(node.inlines))
      paragraphs.push(
        node.inlines.map((inline: any) => (typeof inline === 'string' ? inline : inline.text)).join(''),
      );
    if (node.type === 'TextBlock' && typeof node.text === 'string') paragraphs.push(node.text);
  });
  return paragraphs;
}

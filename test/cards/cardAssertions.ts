/**
 * Checks every card must pass: schema 1.5, under 28 KB, nothing unresolved, known verbs with id-only
 * data, untrusted text only where hosts show it literally, and a clean parse by the official
 * `adaptivecards` package (its package main is ESM that Node 20 cannot load, so the UMD bundle is used).
 */
import assert from 'node:assert/strict';
import type * as ACTypes from 'adaptivecards';
import { MAX_CARD_BYTES } from '../../cards/cardTemplate';
import { VERBS } from '../../cards/verbs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC: typeof ACTypes = require('adaptivecards/dist/adaptivecards.min.js');

export const HOSTILE = '*Bold* ${x} <at>y</at> [a](b)';
export const LONG = `${HOSTILE} ${'Contoso Long Name Holdings '.repeat(5)}`.slice(0, 120);

export interface FoundAction {
  type: string;
  verb?: string;
  title?: string;
  data?: any;
  isEnabled?: boolean;
  associatedInputs?: string;
  url?: string;
}

function walk(
  node: any,
  visit: (node: any, parent: any, key: string) => void,
  parent: any = null,
  key = '',
): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit, parent, key));
  else if (node && typeof node === 'object') {
    visit(node, parent, key);
    for (const [childKey, child] of Object.entries(node)) walk(child, visit, node, childKey);
  }
}

export function actions(card: object): FoundAction[] {
  const found: FoundAction[] = [];
  walk(card, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) found.push(node);
  });
  return found;
}

export function executeActions(card: object): FoundAction[] {
  return actions(card).filter((action) => action.type === 'Action.Execute');
}

export function elements(card: object, type: string): any[] {
  const found: any[] = [];
  walk(card, (node) => {
    if (node.type === type) found.push(node);
  });
  return found;
}

export function inputById(card: object, id: string): any {
  let found: any;
  walk(card, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id === id) found = node;
  });
  return found;
}

/** Every place where `needle` appears in a string: `type.key` of the object holding it. */
export function placesOf(card: object, needle: string): string[] {
  const places: string[] = [];
  const visit = (node: any, parentType: string, parentKey: string) => {
    if (typeof node === 'string') {
      if (node.includes(needle)) places.push(`${parentType}.${parentKey}`);
    } else if (Array.isArray(node)) node.forEach((item) => visit(item, parentType, parentKey));
    else if (node && typeof node === 'object') {
      const type =
        typeof node.type === 'string'
          ? node.type
          : parentKey === 'choices'
            ? 'Choice'
            : parentKey === 'data'
              ? 'data'
              : '?';
      for (const [key, value] of Object.entries(node)) visit(value, type, key);
    }
  };
  visit(card, 'root', '');
  return places;
}

// Where untrusted text may appear: shown literally (TextRun, input value, choice title), or sent back
// unshown as the `query` of the customers.page verb (the contract in cards/verbs.ts).
const LITERAL_PLACES = new Set(['TextRun.text', 'Input.Text.value', 'Choice.title', 'data.query']);
const VERB_VALUES = new Set<string>(Object.values(VERBS));
const ID_KEYS = new Set([
  'customerId',
  'blockerId',
  'blockerIds',
  'remedy',
  'draftId',
  'command',
  'target',
  'providerId',
  'query',
  'page',
  'next',
  'requestId',
  // The removal.request button of a removal only dates block (a fixed 'true', never data).
  'scheduled',
]);
// Markdown that Teams would interpret in a TextBlock.
const MARKDOWN = /[*_[\]`<>#]|^\s*([-+]|\d+\.)\s/m;

/** Parse events and validation events of the official renderer's object model. */
export function adaptiveCardProblems(card: object): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++) {
    const event = context.getEventAt(index);
    problems.push(`parse ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents)
    problems.push(`validate ${AC.ValidationEvent[event.event]}: ${event.message}`);
  return problems;
}

export function assertValidCard(card: any, hostile?: string): void {
  assert.equal(card.type, 'AdaptiveCard');
  assert.equal(card.version, '1.5');
  const json = JSON.stringify(card);
  assert.ok(Buffer.byteLength(json) < MAX_CARD_BYTES, `card is ${Buffer.byteLength(json)} bytes`);
  for (const action of actions(card)) {
    assert.notEqual(action.type, 'Action.Submit', 'no Action.Submit');
    if (action.type !== 'Action.Execute') continue;
    assert.ok(action.verb && VERB_VALUES.has(action.verb), `unknown verb ${action.verb}`);
    assert.ok(action.data && typeof action.data === 'object', `${action.verb} has no data`);
    for (const key of Object.keys(action.data))
      assert.ok(ID_KEYS.has(key), `${action.verb} data carries ${key}`);
  }
  for (const block of elements(card, 'TextBlock'))
    assert.ok(!MARKDOWN.test(block.text), `TextBlock with markdown characters: ${block.text}`);
  if (hostile) {
    const places = placesOf(card, hostile);
    assert.ok(places.length > 0, 'the hostile text is not shown literally');
    for (const place of places) assert.ok(LITERAL_PLACES.has(place), `hostile text in ${place}`);
  }
  assert.deepEqual(adaptiveCardProblems(card), []);
}

/**
 * Microsoft's documented Microsoft Graph examples, transcribed into the JSON files of this folder
 * (one per call, each example naming its learn page, its file in Microsoft's Graph documentation
 * repository and the commit read). The shapes follow test/partner-center/contract/documentedExample.ts;
 * where a published example is not valid JSON or had to be adapted, `publishedBody` keeps the text as
 * printed and `cleaned` says what changed. See docs/graph.md §7.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentedRequest, DocumentedResponse } from '../../partner-center/contract/documentedExample';

export interface GraphExample {
  name: string;
  source: { learn: string; docsFile: string; commit: string; section: string };
  request?: DocumentedRequest;
  response?: DocumentedResponse;
  notes?: string[];
  sandboxMayOmit?: Record<string, string>;
  sandboxMayAdd?: Record<string, string>;
  sandboxNotCompared?: string;
}

export interface GraphEndpoint {
  endpoint: string;
  title: string;
  clientMethod?: string;
  examples: GraphExample[];
}

/** The folder of the JSON files (the tests run from dist/, the fixtures stay in the source tree). */
const FOLDER = path.resolve(__dirname, '../../../../test/graph/contract');

export const GRAPH_FILES = [
  'list-delegatedadminrelationships.json',
  'get-delegatedadminrelationship.json',
  'list-accessassignments.json',
  'create-delegatedadminrelationshiprequest.json',
  'errors.json',
];

export function graphEndpoint(file: string): GraphEndpoint {
  return JSON.parse(readFileSync(path.join(FOLDER, file), 'utf8')) as GraphEndpoint;
}

export function graphExample(file: string, name?: string): GraphExample {
  const examples = graphEndpoint(file).examples;
  const example = name === undefined ? examples[0] : examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No documented example "${name}" in ${file}`);
  return example;
}

/** The documented URL's path after `/v1.0` (e.g. `/tenantRelationships/…`). */
export function graphPath(request: DocumentedRequest): string {
  return new URL(request.url ?? '/', 'https://graph.microsoft.com').pathname.replace(/^\/v1\.0/, '');
}

/**
 * The Microsoft Graph paths the sandbox serves under /graph/v1.0 (docs/graph.md §6): the same paths
 * and shapes as https://graph.microsoft.com/v1.0, so the one Graph client talks to either.
 */
import { SANDBOX_GRAPH_PATH } from '../../graph/graphHttp';
import type { EmulatedGraph } from './emulatedGraph';
import { ID } from './emulatorRoute';
import type { Route } from './emulatorRoute';

const RELATIONSHIPS = `${SANDBOX_GRAPH_PATH}/tenantRelationships/delegatedAdminRelationships`.replace(
  /\//g,
  '\\/',
);

export function graphRoutes(graph: EmulatedGraph): Route[] {
  return [
    {
      method: 'GET',
      pattern: new RegExp(`^${RELATIONSHIPS}/?$`),
      name: 'listGdapRelationships',
      api: 'graph',
      handle: (_m, r) => graph.listRelationships(r.graphBase, r.query),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${RELATIONSHIPS}/${ID}/?$`),
      name: 'getGdapRelationship',
      api: 'graph',
      handle: ([id], r) => graph.getRelationship(r.graphBase, id),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${RELATIONSHIPS}/${ID}/accessAssignments/?$`),
      name: 'listGdapAccessAssignments',
      api: 'graph',
      handle: ([id], r) => graph.listAccessAssignments(r.graphBase, id, r.query),
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${RELATIONSHIPS}/${ID}/requests/?$`),
      name: 'createGdapRequest',
      api: 'graph',
      handle: ([id], r) => graph.createRequest(r.graphBase, id, r.body),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${RELATIONSHIPS}/${ID}/requests/${ID}/?$`),
      name: 'getGdapRequest',
      api: 'graph',
      handle: ([id, requestId], r) => graph.getRequest(r.graphBase, id, requestId),
    },
  ];
}

/** The GDAP part of a request as the approval card and the requester's card show it. */
import type { GdapEndView } from '../../cards/views';
import { kindOf, type RemovalRequest } from '../../services/workflows/removalRequest';

export function gdapEndView(request: RemovalRequest): GdapEndView | undefined {
  if (!request.gdap && kindOf(request) !== 'gdap') return undefined;
  return {
    kind: kindOf(request),
    removedAt: request.execution?.removedAt,
    targets: (request.gdap?.targets ?? []).map(({ name, roles, outcome, status, confirmedAt, error }) => ({
      name,
      roles,
      outcome,
      status,
      confirmedAt,
      error,
    })),
  };
}

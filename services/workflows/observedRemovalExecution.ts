/**
 * A removal execution that reports each step it reaches to an observer, for crash trials
 * (docs/reliability.md "Crashes"): the observer kills the process at a chosen step. It wraps the three
 * steps of RemovalExecution that store or call out, so the execution itself carries no hook.
 */
import type { CustomerRelationshipUpdate } from '../partner-center';
import type { StoredRecord } from '../store/recordStore';
import type { ExecutionObserver } from './executionStep';
import { RemovalExecution, type RemovalExecutionDependencies } from './removalExecution';
import type { RemovalRequest } from './removalRequest';

export class ObservedRemovalExecution extends RemovalExecution {
  constructor(
    deps: RemovalExecutionDependencies,
    private readonly observe: ExecutionObserver,
  ) {
    super(deps);
  }

  protected override async storeClaim(
    current: StoredRecord<RemovalRequest>,
    claimed: RemovalRequest,
  ): Promise<boolean> {
    const stored = await super.storeClaim(current, claimed);
    if (stored) this.observe('claimed', claimed.id);
    return stored;
  }

  protected override async callRemoval(request: RemovalRequest): Promise<CustomerRelationshipUpdate> {
    this.observe('beforePartnerCenterCall', request.id);
    const answer = await super.callRemoval(request);
    this.observe('afterPartnerCenterCall', request.id);
    return answer;
  }

  protected override storeResult(
    latest: StoredRecord<RemovalRequest>,
    finished: RemovalRequest,
  ): Promise<boolean> {
    this.observe('beforeRecordingResult', finished.id);
    return super.storeResult(latest, finished);
  }
}

/**
 * The points of a removal's execution, in order, where crash trials (TEST_CRASH_AT,
 * docs/reliability.md "Crashes") stop the process: the claim is stored, the removal call is about to
 * leave, its answer is in, and the result is about to be stored. A leaf module: the configuration
 * reads these names without loading the workflow.
 */
export const EXECUTION_STEPS = [
  'claimed',
  'beforePartnerCenterCall',
  'afterPartnerCenterCall',
  'beforeRecordingResult',
] as const;
export type ExecutionStep = (typeof EXECUTION_STEPS)[number];

/** Told each step an execution reaches (see ObservedRemovalExecution). */
export type ExecutionObserver = (step: ExecutionStep, requestId: string) => void;

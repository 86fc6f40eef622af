/**
 * Every card verb the bot answers, one module each (verb, data schema, handler): app.ts registers
 * this list, and test/bot/cardVerbs.test.ts holds it equal to the verbs the cards carry.
 */
import { approvalApprove } from './approvalApprove';
import { approvalCancel } from './approvalCancel';
import { approvalRefresh } from './approvalRefresh';
import { approvalReject } from './approvalReject';
import { auditShow } from './auditShow';
import type { CardVerb } from './cardVerb';
import { customerShow } from './customerShow';
import { customersPage } from './customersPage';
import { inviteDone } from './inviteDone';
import { inviteKeepEdit } from './inviteKeepEdit';
import { inviteStart } from './inviteStart';
import { removalAskProvider } from './removalAskProvider';
import { removalPreflight } from './removalPreflight';
import { removalRemedy } from './removalRemedy';
import { removalRemedyAll } from './removalRemedyAll';
import { removalRemedyConfirm } from './removalRemedyConfirm';
import { removalRequest } from './removalRequest';
import { gdapTerminationRequest } from './gdapTerminationRequest';
import { gdapTerminationStart } from './gdapTerminationStart';
import { requestCancel } from './requestCancel';
import { runCommand } from './runCommand';

export const CARD_VERBS: readonly CardVerb[] = [
  runCommand,
  customersPage,
  customerShow,
  auditShow,
  inviteStart,
  inviteDone,
  inviteKeepEdit,
  removalPreflight,
  removalRemedy,
  removalRemedyAll,
  removalRemedyConfirm,
  removalRequest,
  gdapTerminationStart,
  gdapTerminationRequest,
  removalAskProvider,
  approvalRefresh,
  approvalApprove,
  approvalReject,
  approvalCancel,
  requestCancel,
];

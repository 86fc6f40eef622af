/**
 * The `verb` of every Action.Execute the cards carry, shared by the card builders (cards/) and the
 * handlers (bot/). Card `data` carries ids only (inputs arrive beside them); handlers reload the
 * records and re-check the role.
 */
export const VERBS = {
  /** data: { command: string } — runs a typed command from a button (help card). */
  runCommand: 'command.run',
  /** data: { query: string, page: number } — another page of the customer list. */
  customersPage: 'customers.page',
  /** data: { customerId?: string }, or the picker's `customerId` input. */
  customerShow: 'customer.show',
  /** data: { target: 'existing', customerId } | { target: 'new' } | { target: 'newWithProvider', providerId? }, or the picker input. */
  inviteStart: 'invite.start',
  /** data: { draftId }, input `emailBody`. */
  inviteDone: 'invite.done',
  /** data: { draftId }, input `emailBody` — keeps the edit so the mail button carries it. */
  inviteKeepEdit: 'invite.keepEdit',
  /**
   * data: { customerId }, or the picker input. From the pre-flight card (Check again, Keep it) it also
   * carries the card's inputs `attested` and `reason`, which the redrawn card shows again.
   */
  removalPreflight: 'removal.preflight',
  /** data: { customerId } — the customer's history. */
  auditShow: 'audit.show',
  /**
   * Asks to confirm a blocker's remedy; nothing is sent yet. data: { customerId, blockerId, remedy:
   * 'suspend' | 'cancel' | 'cancelSoftwareOrder' | 'autoRenewOff' }, inputs `attested` and `reason`.
   */
  removalRemedy: 'removal.remedy',
  /** Asks one confirmation for every blocker offering the remedy. data: { customerId, remedy }, the inputs. */
  removalRemedyAll: 'removal.remedyAll',
  /** Runs a confirmed remedy. data: { customerId, remedy, blockerIds: string[] }, the inputs. */
  removalRemedyConfirm: 'removal.remedyConfirm',
  /** data: { customerId }, inputs `attested` ('true' when checked) and `reason`. */
  removalRequest: 'removal.request',
  /** data: { customerId } — an indirect reseller asks its provider to remove the relationship. */
  removalAskProvider: 'removal.askProvider',
  /** Universal Actions refresh of an approval card. data: { requestId }. */
  approvalRefresh: 'approval.refresh',
  /** data: { requestId }. */
  approvalApprove: 'approval.approve',
  /** data: { requestId }, input `rejectReason` (required). */
  approvalReject: 'approval.reject',
  /** The requester withdraws the request. data: { requestId }. */
  approvalCancel: 'approval.cancel',
  /** The requester withdraws the request from their own "Removal requested" card. data: { requestId }. */
  requestCancel: 'request.cancel',
  /** The card to end a customer's GDAP relationships alone. data: { customerId }, its inputs on Check again. */
  gdapTerminationStart: 'gdap.terminationStart',
  /** data: { customerId }, inputs `gdapToEnd` (ids, comma-separated), `reason`, `confirmed`. */
  gdapTerminationRequest: 'gdap.terminationRequest',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** The Data.Query dataset the customer picker's typeahead asks for. */
export const CUSTOMER_DATASET = 'customers';

/** Input ids the handlers read. */
export const INPUTS = {
  customerId: 'customerId',
  emailBody: 'emailBody',
  attested: 'attested',
  reason: 'reason',
  rejectReason: 'rejectReason',
} as const;

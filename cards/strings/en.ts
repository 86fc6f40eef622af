/**
 * English strings: the reference set. Every other locale must have exactly these keys.
 * Keys are grouped by card (`help.`, `picker.`, `details.`, `invite.`, `removal.`, `notice.`, `email.` …).
 * `{name}` placeholders are filled by `format`/`formatParts` (cards/strings/index.ts); a placeholder that
 * carries data (a customer name, a query) is always rendered as its own TextRun, never as markdown.
 * No string may contain markdown-significant characters (* _ [ ] < > ` #) or start a line with "- " or "1.".
 *
 * Long because it holds every text of every card, one line each.
 */
export const en = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'I help you manage reseller relationships with your customers in Partner Center. Here is what you can ask me:',
  'help.unknownCommand': 'I do not know this command:',
  'didYouMean.one': 'Did you mean {command}?',
  'didYouMean.several': 'Did you mean one of these?',
  'didYouMean.help': 'All commands',
  'help.footer': 'Type help at any time to see this list again.',
  'help.greeting': 'Hello {name}. Your Partner Center roles here: {roles}.',
  'help.greetingNoRoles':
    'Hello {name}. You are not in the roles file yet, so you can only ask for help. Ask your admin to add you.',
  'help.approver': 'You also approve removal requests.',
  'help.otherCommands': 'These need another role:',
  'help.needsRole': ' (needs another role)',
  'help.button.customers': 'Customers',
  'help.button.inviteNew': 'Invite a new customer',
  'command.help.description': 'Show what you can do here.',
  'command.customers.description': 'List your customers, or search them by name or domain.',
  'command.customer.description': 'Show a customer: relationship, other partners, subscriptions and GDAP.',
  'command.invite.description': 'Prepare the invitation e-mail for an existing customer.',
  'command.inviteNew.description': 'Prepare the invitation e-mail for a new customer.',
  'command.inviteNewWithProvider.description':
    'Prepare the invitation e-mail for a new customer, for you and your indirect provider together.',
  'command.remove.description':
    'Check what blocks removing the reseller relationship with a customer, then request the removal.',
  'command.requests.description': 'Open and recent removal requests, with their state.',
  'command.audit.description': 'A customer’s history: invitations, fixes, requests, decisions, execution.',
  'command.auditExport.description':
    'Every customer’s history over a period, as CSV and JSON files (UTC days, yyyy-mm-dd).',
  'command.notify.description':
    'In a channel: post notifications here (add provider for resellers’ requests), or off to stop.',
  'error.generic': 'Something went wrong on my side. Nothing was changed; please try again.',
  'error.storeUnavailable':
    'I cannot reach my storage right now. Nothing was changed; please try again in a minute.',

  // words
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.unknown': 'Unknown',
  'common.none': 'none',
  'common.label': '{label}:',
  'common.separator': '; ',
  'role.globalAdmin': 'Global admin',
  'role.adminAgent': 'Admin agent',
  'role.salesAgent': 'Sales agent',
  'role.helpdeskAgent': 'Helpdesk agent',
  'relationship.none': 'No relationship',
  'relationship.reseller': 'Reseller',
  'relationship.advisor': 'Advisor',
  'relationship.syndication': 'Syndication partner',
  'relationship.microsoft_support': 'Microsoft support',
  'relationship.unknown': 'Unknown',
  'status.none': 'No status',
  'status.active': 'Active',
  'status.pending': 'Pending',
  'status.suspended': 'Suspended',
  'status.expired': 'Expired',
  'status.disabled': 'Disabled',
  'status.deleted': 'Cancelled',
  'status.unknown': 'Unknown',
  'commerce.legacy': 'Legacy',
  'commerce.nce': 'New commerce (NCE)',
  'commerce.azurePlan': 'Azure plan',
  'commerce.software': 'Software',
  'partnerRole.indirectReseller': 'Indirect reseller',
  'partnerRole.indirectProvider': 'Indirect provider',
  'permission.viewCustomers': 'view customers',
  'permission.viewAudit': 'see the audit trail',
  'permission.invite': 'invite customers',
  'permission.remediate': 'suspend or cancel subscriptions',
  'permission.requestRemoval': 'request the removal of a reseller relationship',
  'permission.approveRemoval': 'approve the removal of a reseller relationship',
  'permission.notify': 'choose where notifications are posted',
  'fact.customer': 'Customer',
  'fact.domain': 'Domain',
  'fact.tenantId': 'Tenant ID',
  'fact.relationship': 'Relationship to you',
  'fact.dap': 'Delegated admin privileges (DAP)',
  'fact.country': 'Country',
  'fact.mpnId': 'MPN ID',
  'fact.requestId': 'Request ID',
  'fact.requestedBy': 'Requested by',
  'fact.time': 'Time',
  'fact.reason': 'Reason',
  'fact.errorCode': 'Error code',
  'fact.errorDescription': 'Description',
  'fact.correlationId': 'Correlation ID',
  'fact.reseller': 'Reseller',

  // customer picker
  'picker.title': 'Customers',
  'picker.searched': 'Search: {query}',
  'picker.all': 'All your customers, in name order.',
  'picker.for.customer.show': 'Choose the customer whose details you want to see.',
  'picker.for.invite.start': 'Choose the customer to invite.',
  'picker.for.removal.preflight': 'Choose the customer whose removal you want to check.',
  'picker.count': 'Matching customers: {total}. Showing {from} to {to}.',
  'picker.noMatch': 'No customer matches this search. Try part of the name or of the domain.',
  'picker.noCustomers': 'You have no customers in Partner Center yet.',
  'picker.loading':
    'Still reading your customer list from Partner Center (customers read so far: {count}): this list may be incomplete. Ask again in a moment for all of them.',
  'picker.noMatchYet': 'No customer read so far matches this search.',
  'picker.label': 'Customer',
  'picker.placeholder': 'Type to search by name or domain',
  'picker.required': 'Choose a customer first.',
  'picker.listHeading': 'On this page:',
  'picker.details': 'Details',
  'picker.invite': 'Invite',
  'picker.remove': 'Remove',
  'picker.previous': 'Previous',
  'picker.next': 'Next',

  // several matches
  'choice.title': 'Several customers match “{query}”. Which one do you mean?',
  'choice.more': 'And {count} more. Type more of the name or the domain to narrow the search.',
  'providerChoice.title': 'Which indirect provider should the invitation name?',
  'providerChoice.text':
    'You work with several indirect providers. The customer accepts you and the provider you choose here.',
  'providerChoice.button': 'Invite with this provider',
  'choice.button.show': 'Show',
  'choice.button.invite': 'Invite',
  'choice.button.remove': 'Check removal',
  'choice.button.audit': 'History',

  // customer details
  'details.partnersHeading': 'Other partners of this customer',
  'details.partnersNone': 'No other partner has a relationship with this customer.',
  'details.subscriptionsHeading': 'Subscriptions',
  'details.subscriptionsNone': 'This customer has no subscriptions.',
  'details.subscriptionsShown': 'Showing {shown} of {total} subscriptions.',
  'details.quantity': 'Quantity {quantity}',
  'details.cancelUntil': 'Can be cancelled until {date}.',
  'details.cancelClosed': 'Cancellation window closed on {date}.',
  'details.reservationsHeading': 'Azure reservations',
  'details.reservationsNote':
    'Partner Center gives no product name for a reservation: each is shown by its product id.',
  'details.reservation': 'Product {product}',
  'details.reservationExpires': 'Expires {date}.',
  'details.termEnd': 'Term ends {date}.',
  'details.gdapHeading': 'GDAP relationships',
  'details.gdapNote': 'For information only: GDAP relationships are separate from the reseller relationship.',
  'details.gdapUnavailable':
    'GDAP relationships are not available here, because Microsoft Graph cannot be read. Check them in Partner Center.',
  'details.gdapNone': 'No GDAP relationship.',
  'details.gdapEnds': 'ends {date}',
  'details.invite': 'Invite',
  'details.remove': 'Remove the reseller relationship',

  // invitation draft
  'invite.title': 'Invitation e-mail',
  'invite.forExisting': 'For the existing customer {name}.',
  'invite.alreadyReseller':
    ' This customer already has a reseller relationship with you: there is nothing for them to accept.',
  'invite.forNew': 'For a new customer.',
  'invite.forNewWithProvider': 'For a new customer, together with your indirect provider {provider}.',
  'invite.subject': 'Subject: {subject}',
  'invite.bodyLabel':
    'E-mail text. You can edit it, but keep the link: it is personalized and links the customer directly to your account.',
  'invite.link': 'Invitation link, to copy into your own e-mail:',
  'invite.unofficial':
    'Test this link before you send it. The combined link for you and your indirect provider is built in a format that Microsoft does not document.',
  'invite.problem.urlMissing':
    'The invitation link is missing from your text. Put it back unchanged, then press Done again. Your edit is kept.',
  'invite.problem.urlChanged':
    'The invitation link in your text was changed. Put it back exactly as shown below, then press Done again. Your edit is kept.',
  'invite.open': 'Open in mail app',
  'invite.done': 'Done',
  'invite.openLink': 'Open the link',
  'invite.keepEdit': 'Put my edits in the e-mail',
  'invite.keepEditHint':
    'After editing, press “Put my edits in the e-mail”: “Open in mail app” then opens your text.',
  'invite.completed': 'Recorded by {by} on {at}.',
  'invite.nextSteps':
    'Now send the e-mail to your customer. They must be a Global admin of their tenant to accept. After they accept, they appear in your customer list.',

  // removal pre-flight
  'removal.title': 'Remove the reseller relationship',
  'removal.done.suspend': '{name} is now suspended.',
  'removal.done.cancel': '{name} is now cancelled.',
  'removal.done.cancelSoftwareOrder': 'The software order {name} is now cancelled.',
  'removal.done.autoRenewOff': 'Auto-renew of {name} is now off.',
  'removal.failed': 'Partner Center refused the change to {name}. Nothing was changed.',
  'removal.blockersHeading': 'What blocks the removal',
  'removal.noBlockers': 'Nothing blocks the removal.',
  'removal.quantity': ' (quantity {quantity})',
  'removal.blocker.activeLegacySubscription': '{name} is an active legacy subscription. Suspend it first.',
  'removal.blocker.activeAzurePlan':
    '{name} is an active Azure plan. Suspend it first; cancel its Azure subscriptions if needed.',
  'removal.blocker.cancellable': '{commerce}: {name} must be cancelled.',
  'removal.blocker.cancellableUntil':
    'Cancelling is allowed until {date}, with a prorated refund; after that it cannot be cancelled before the end of its term.',
  'removal.blocker.locked': '{commerce}: {name} cannot be cancelled until its term ends on {date}.',
  'removal.blocker.lockedNoDate': '{commerce}: {name} cannot be cancelled before the end of its term.',
  'removal.blocker.lockedAutoRenew': 'Turn off auto-renew so that it ends then.',
  'removal.blocker.lockedAutoRenewOff': 'Auto-renew is off: it ends then instead of renewing.',
  'removal.blocker.lockedAutoRenewSuspended':
    'Auto-renew is on. Reseller Desk changes it only on an active subscription: turn it off in Partner Center.',
  'removal.blocker.pending': '{name} is still being provisioned. Try again later.',
  'removal.blocker.reservation':
    '{name} is an active Azure reservation until {date}. To cancel or exchange it, open the customer in Partner Center, then Azure reservations, then Manage: the reservation opens in the Azure portal. An Admin agent, Helpdesk agent or Sales agent can do this.',
  'removal.blocker.reservationNoDate':
    '{name} is an active Azure reservation. To cancel or exchange it, open the customer in Partner Center, then Azure reservations, then Manage: the reservation opens in the Azure portal. An Admin agent, Helpdesk agent or Sales agent can do this.',
  'removal.blocker.software':
    '{name} is a software purchase. Cancel it first: only the lines of its order that are this purchase are cancelled.',
  'removal.blocker.softwareUntil': 'Cancelling is allowed until {date}.',
  'removal.blocker.softwareNoLines':
    '{name} is a software purchase, but Partner Center does not say which lines of its order it is. Cancel it in Partner Center: cancelling the whole order from here could cancel other purchases.',
  'removal.blocker.unknownEntitlement':
    '{name} is a purchase of a kind Reseller Desk does not know: neither software nor an Azure reservation. Check it in Partner Center before requesting the removal.',
  'removal.notice.perpetualSoftware':
    '{name} is perpetual software bought on {date}. Its 30-day cancellation window closed on {closed}, so it can no longer be cancelled. Microsoft does not document whether it blocks the removal; if it does, Partner Center will refuse the removal and say so.',
  'removal.notice.savingsPlans':
    'Reseller Desk cannot see Azure savings plans: Partner Center documents no way to list them for a customer. Microsoft lists them among what to deal with before the removal; check the customer’s savings plans in the Azure portal.',
  'removal.note.legacySuspended':
    'A suspended legacy subscription is not billed. The customer’s users lose access; admins keep access to data and settings.',
  'removal.note.stillBilled':
    'It is suspended but still billed: new commerce subscriptions must be cancelled.',
  'removal.note.cannotRemediate':
    'Your role cannot suspend or cancel subscriptions. Ask a colleague whose role allows it.',
  'removal.button.suspend': 'Suspend',
  'removal.button.cancel': 'Cancel subscription',
  'removal.button.cancelSoftwareOrder': 'Cancel order',
  'removal.button.autoRenewOff': 'Turn off auto-renew',
  'removal.button.all.suspend': 'Suspend all ({count})',
  'removal.button.all.cancel': 'Cancel all ({count})',
  'removal.button.all.cancelSoftwareOrder': 'Cancel all orders ({count})',
  'removal.button.all.autoRenewOff': 'Turn off auto-renew for all ({count})',
  'removal.confirm.suspend': 'You are about to suspend:',
  'removal.confirm.cancel': 'You are about to cancel:',
  'removal.confirm.cancelSoftwareOrder': 'You are about to cancel these software purchases:',
  'removal.confirm.autoRenewOff': 'You are about to turn off auto-renew:',
  'removal.confirm.autoRenewOffItem':
    '{name} ends on {date} instead of renewing; it stays active until then.',
  'removal.confirm.autoRenewOffItemNoDate':
    '{name} ends at the end of its term instead of renewing; it stays active until then.',
  'removal.confirmNote.suspend':
    'The customer’s users lose access to what is suspended. This can be undone: a suspended subscription can be reactivated.',
  'removal.confirmNote.cancel': 'This cannot be undone. The customer gets a prorated refund.',
  'removal.confirmNote.cancelSoftwareOrder':
    'This cannot be undone. Only the lines of the order that are this purchase are cancelled; any refund follows Microsoft’s cancellation policy for software.',
  'removal.confirmNote.autoRenewOff': 'It still blocks the removal until its term ends.',
  'removal.button.confirm.suspend': 'Confirm suspension',
  'removal.button.confirm.cancel': 'Confirm cancellation',
  'removal.button.confirm.cancelSoftwareOrder': 'Confirm cancellation',
  'removal.button.confirm.autoRenewOff': 'Confirm turning off auto-renew',
  'removal.button.keep': 'Keep it',
  'removal.button.keepAll': 'Keep them',
  'removal.skipped': 'Nothing was sent for {count} of them: they no longer needed it.',
  'removal.consequencesHeading': 'What the removal does',
  'removal.consequence.list': 'The customer leaves your customer list in Partner Center.',
  'removal.consequence.support': 'You are removed from the customer’s list of support contacts.',
  'removal.consequence.dap': 'Your delegated admin privileges (DAP), if any, are removed.',
  'removal.consequence.purchases': 'You can no longer make purchases for the customer.',
  'removal.consequence.gdap':
    'GDAP relationships are not removed automatically; terminate them separately if access should end.',
  'removal.consequence.gdapList': 'GDAP relationships that stay in place:',
  'removal.consequence.gdapUnavailable':
    'GDAP relationships could not be read here; check them in Partner Center before the removal.',
  'removal.consequence.partners': 'Other partners keep their own relationship with the customer:',
  'removal.consequence.customer':
    'The customer can also remove delegated permissions from the Microsoft 365 admin center or the Azure portal.',
  'removal.attestationHeading': 'Attestation',
  'removal.attestation':
    'You represent that the decision to discontinue your relationship with customer was made in good faith, for a legitimate business purpose, and in accordance with your agreement with your customer or partner, and you agree to defend and hold Microsoft harmless from and against any third-party claims to the contrary.',
  'removal.attestLabel': 'Your agreement',
  'removal.attestToggle': 'I agree to the statement above.',
  'removal.attestError': 'You must agree to the statement to request the removal.',
  'removal.attestationVersion': 'Attestation text version {version}',
  'removal.reasonLabel': 'Reason for the removal, recorded with the request',
  'removal.reasonPlaceholder': 'For example: the customer has moved to another partner',
  'removal.reasonError': 'Give a reason of at most 500 characters.',
  'removal.askReasonLabel': 'Reason, sent to your indirect provider',
  'removal.legalNotice':
    'You must provide legal notice of termination to your customer or partner if your agreement requires it. This tool does not generate notice to the customer or partner.',
  'schedule.whenApproved':
    'Only dates block it: once approved, it is scheduled for {date} and runs by itself then.',
  'schedule.when': 'Scheduled for {date}: it runs by itself then, if nothing else blocks it.',
  'schedule.autoRenewPlanned': 'Auto-renew is turned off once approved: {names}.',
  'schedule.autoRenewDone': 'Auto-renew turned off (confirmed by Partner Center): {names}.',
  'schedule.autoRenewFailed':
    'Auto-renew could not be turned off: {names}. Turn it off in Partner Center, or they renew and block the removal.',
  'schedule.rule.wait':
    'If something new blocks it on the day: it keeps waiting, and the channel and the requester are told.',
  'schedule.rule.fail':
    'If something new blocks it on the day: the request fails, and the channel and the requester are told.',
  'schedule.stillBlocked': 'Checked on {at}: still blocked by {names}.',
  'schedule.intro':
    'Only dates block this removal; the last is {date}. You can request it now: once approved, it runs by itself after that date, if nothing else blocks it.',
  'schedule.autoRenewLabel': 'Auto-renew',
  'schedule.autoRenewToggle':
    'Turn off their auto-renew once approved, so that their terms end on {date} instead of renewing',
  'schedule.autoRenewOn': 'Auto-renew is on for {names}.',
  'schedule.autoRenewError':
    'Confirm that auto-renew is turned off, or the subscriptions renew and block the removal.',
  'schedule.onBlockedLabel': 'If something new blocks the removal on the day',
  'schedule.onBlocked.wait': 'Keep waiting, and tell us (checked again every 6 hours)',
  'schedule.onBlocked.fail': 'Fail the request, and tell us',
  'schedule.button.request': 'Request the removal for {date}',
  'removal.button.request': 'Request removal',
  'removal.button.askProvider': 'Ask the provider to remove it',
  'removal.button.checkAgain': 'Check again',
  'removal.refusal.blockers': 'You can request the removal once nothing above blocks it.',
  'removal.refusal.role': 'Your role cannot request removals. Ask a colleague whose role allows it.',
  'removal.refusal.notReseller':
    'You have no reseller relationship with this customer, so there is nothing to remove.',
  'removal.refusal.pendingRequest':
    'A removal was already requested by {by} on {at} (request {id}). It is waiting for an approver.',
  'removal.refusal.pendingRequestUnknown':
    'A removal request for this customer is already waiting for an approver.',
  'removal.refusal.indirectReseller':
    'As an indirect reseller, you cannot remove this relationship yourself: indirect resellers must work through their indirect provider. You can ask {provider} to remove it.',
  'removal.refusal.indirectResellerNoProvider':
    'As an indirect reseller, you cannot remove this relationship yourself: indirect resellers must work through their indirect provider. Contact your indirect provider.',
  'removal.checkedAt': 'Checked in Partner Center on {at}.',

  // removal requested
  'requested.title': 'Removal requested',
  'requested.next': 'An approver must approve it. Nothing has been removed yet.',
  'requested.route.channel': 'Posted for approval in the Teams channel where {names} ran “notify here”.',
  'requested.route.channels': 'Posted for approval in the Teams channels where {names} ran “notify here”.',
  'requested.route.people': 'Sent for approval in a chat to {names}.',
  'requested.route.unreachable':
    'I could not reach {names}: Reseller Desk is not installed for them and they have not written to it.',
  'requested.route.nobody':
    'No approver has received this request: no channel receives removal requests and I could not open a chat with any approver. Ask an approver ({names}) to run “notify here” in a Teams channel where Reseller Desk is installed: the request is posted there at once. Until then an approver finds it with “requests”. It expires on {expires}.',
  'requested.route.noApprovers':
    'No one in the roles file may approve removals, so nobody can decide this request. Ask your Reseller Desk administrator to mark an approver in the roles file.',
  'requested.approvers': 'Who may approve: {names}.',
  'requested.approvedBy': 'Approved by {by} on {at}.',

  // to the indirect provider
  'provider.title': 'Removal request from an indirect reseller',
  'provider.intro':
    '{reseller}, one of your indirect resellers, asks you to remove the reseller relationship with this customer.',
  'provider.todo':
    'What to do: first cancel or suspend the customer’s subscriptions, then in Partner Center go to Customers, select the customer, select Account, then Remove reseller relationship.',
  'provider.open': 'Open Partner Center',

  // notices
  'notice.notAllowed.title': 'Not allowed',
  'notice.notAllowed.text': 'You cannot {permission} with your roles: {roles}.',
  'notice.notAllowed.required': 'This needs one of these roles: {roles}.',
  'notice.unknownUser.title': 'You are not in the roles file',
  'notice.unknownUser.text':
    'You are not in the roles file, so you cannot {permission}. Ask your admin to add you.',
  'notice.customerNotFound.title': 'Customer not found',
  'notice.customerNotFound.text': 'No customer matches “{query}”. Try part of the name or of the domain.',
  'notice.customerNotFound.inviteNew': 'If this is a new customer, invite them with a new invitation.',
  'notice.customerNotFound.inviteNewButton': 'Invite a new customer',
  'notice.customerQueryMissing.title': 'Which customer?',
  'notice.customerQueryMissing.audit': 'Type audit followed by the customer’s name, domain or tenant id.',
  'notice.customerGone.title': 'Customer no longer listed',
  'notice.customerGone.text':
    '{name} is no longer in your customer list. Partner Center may have changed since this card was sent.',
  'notice.partnerCenterError.title': 'Partner Center error',
  'notice.partnerCenterError.text': 'Partner Center returned an error. Nothing more was changed.',
  'notice.partnerCenterError.hint': 'If it happens again, give the correlation ID to Microsoft support.',
  'notice.partnerCenterRefused.title': 'Partner Center refused the request',
  'notice.partnerCenterRefused.text':
    'Partner Center refused this request for the account Reseller Desk signs in with: code {code} (“{description}”), correlation ID {correlationId}.',
  'notice.partnerCenterRefused.textNoDescription':
    'Partner Center refused this request for the account Reseller Desk signs in with: code {code}, correlation ID {correlationId}.',
  'notice.partnerCenterBusy.title': 'Partner Center is busy',
  'notice.partnerCenterBusy.text': 'Partner Center is busy right now. Try again in {seconds} seconds.',
  'notice.partnerCenterBusy.textNoDelay': 'Partner Center is busy right now. Try again in a minute.',
  'notice.partnerCenterUnavailable.title': 'Partner Center is unavailable',
  'notice.partnerCenterUnavailable.text':
    'Partner Center is failing on its side right now: it answered with a server error, even after a few tries. Try again in a few minutes.',
  'notice.storeUnavailable.title': 'Storage unavailable',
  'notice.staleAction.title': 'This card is out of date',
  'notice.staleAction.text': 'This card is out of date. Run the command again to get a fresh one.',
  'notice.resellerCannotRemove.title': 'Only your indirect provider can remove it',
  'notice.resellerCannotRemove.text':
    'As an indirect reseller, you cannot remove reseller relationships yourself: {provider}, your indirect provider, must do it.',
  'notice.resellerCannotRemove.textNoProvider':
    'As an indirect reseller, you cannot remove reseller relationships yourself: your indirect provider must do it.',
  'notice.providerAsked.title': 'Request sent to your provider',
  'notice.providerAsked.text':
    'I asked {provider} to remove the reseller relationship with {customer}. They do it in Partner Center.',
  'notice.noProviderChannel.title': 'Provider not reachable here',
  'notice.noProviderChannel.text':
    'I cannot reach {provider}: no Teams channel is set up for them. Contact them directly.',
  'notice.noProvider.title': 'No indirect provider',
  'notice.noProvider.text':
    'No indirect provider is configured for you, so I cannot forward the request. Ask your admin.',
  'notice.notifyOn.title': 'Notifications on',
  'notice.notifyOn.events':
    'This channel will get Reseller Desk notifications: invitations, customers who accepted, removal requests and approvals, results.',
  'notice.notifyOn.provider': 'This channel will receive removal requests from your indirect resellers.',
  'notice.notifyOff.title': 'Notifications off',
  'notice.notifyOff.text': 'This channel will no longer get Reseller Desk notifications.',
  'notice.notifyNeedsChannel.title': 'Run this in a channel',
  'notice.notifyNeedsChannel.text':
    'Notifications go to a team channel or a group chat. Run this command there, in the conversation that should get them.',
  'notice.requestNotFound.title': 'Request not found',
  'notice.requestNotFound.text': 'I cannot find this removal request. Nothing was changed.',

  // approval card
  'approval.title': 'Removal request — {customer}',
  'approval.status': 'Status: {state}',
  'approval.state.pending': 'Waiting for approval',
  'approval.state.approved': 'Approved',
  'approval.state.scheduled': 'Scheduled',
  'approval.state.executing': 'Being removed',
  'approval.state.completed': 'Removed',
  'approval.state.rejected': 'Rejected',
  'approval.state.cancelled': 'Cancelled',
  'approval.state.expired': 'Expired',
  'approval.state.failed': 'Failed',
  'approval.stateText.pending': 'An approver must approve or reject it. Nothing has been removed yet.',
  'approval.stateText.approved': 'The removal in Partner Center follows.',
  'approval.stateText.scheduled':
    'Approved. The removal runs by itself once the last blocking date has passed and nothing else blocks it.',
  'approval.stateText.executing': 'The reseller relationship is being removed in Partner Center.',
  'approval.stateText.completed': 'The reseller relationship was removed in Partner Center.',
  'approval.stateText.rejected': 'Nothing was removed.',
  'approval.stateText.cancelled': 'The requester withdrew the request. Nothing was removed.',
  'approval.stateText.expired': 'No approver decided in time. Nothing was removed.',
  'approval.stateText.failed':
    'Partner Center refused the removal. The reseller relationship is still in place.',
  'approval.requestedAt': 'Requested on',
  'approval.attestationVersion': 'Attestation text version',
  'approval.remediesBefore': 'Done before the request:',
  'approval.remedy.suspend': 'Suspended {name}',
  'approval.remedy.cancel': 'Cancelled {name}',
  'approval.remedy.cancelSoftwareOrder': 'Cancelled the software purchase {name}',
  'approval.remedy.autoRenewOff': 'Turned off auto-renew of {name}',
  'approval.expiresAt': 'Approval deadline',
  'approval.approvals': 'Approvals: {count} of {required}',
  'approval.decision.rejected': 'Rejected by {by} on {at}.',
  'approval.decision.cancelled': 'Cancelled by {by} on {at}.',
  'approval.decision.expired': 'Expired on {at} without a decision.',
  'approval.decision.at': 'Decided on {at}.',
  'approval.decisionReason': 'Reason given',
  'approval.execution.started': 'Removal started',
  'approval.execution.finished': 'Removal finished',
  'approval.execution.retrying':
    'Partner Center has not accepted the removal yet; I will try again automatically. Its last answer:',
  'approval.execution.error': 'Partner Center answered:',
  'approval.confirm':
    'Approving removes the reseller relationship in Partner Center at once; it cannot be undone from here.',
  'approval.button.approve': 'Approve',
  'approval.rejectLabel': 'Reason for rejecting, recorded with the request',
  'approval.rejectPlaceholder': 'For example: the customer still has open orders with us',
  'approval.rejectError': 'Give a reason of at most 500 characters to reject the request.',
  'approval.button.reject': 'Reject',
  'approval.note.ownRequest': 'You requested this removal; another approver must decide.',
  'approval.note.alreadyApproved': 'You approved this request. Approvals still needed: {count}.',
  'approval.requester': 'You requested this removal. You can withdraw it while it waits for an approver.',
  'approval.button.cancel': 'Cancel request',
  'approval.readOnly': 'Only approvers can approve or reject this request.',
  'approval.button.refresh': 'Refresh',

  // channel notifications
  'event.invitationRecorded.title': 'Invitation recorded',
  'event.invitationRecorded.existing': '{by} recorded an invitation for {customer}.',
  'event.invitationRecorded.new': '{by} recorded an invitation for a new customer.',
  'event.invitationRecorded.newWithProvider':
    '{by} recorded an invitation for a new customer, together with the indirect provider {provider}.',
  'event.invitationRecorded.next': 'The customer appears in your customer list once they accept.',
  'event.customerAccepted.title': 'Customer accepted',
  'event.customerAccepted.text':
    '{customer} accepted the reseller relationship and is now in your customer list.',
  'event.customerAccepted.invitedBy': 'Invited by {by}.',
  'event.removalDecided.approved.title': 'Removal approved',
  'event.removalDecided.approved':
    '{by} approved the removal of the reseller relationship with {customer}. The removal in Partner Center follows.',
  'event.removalDecided.approvedNoBy':
    'The removal of the reseller relationship with {customer} was approved. The removal in Partner Center follows.',
  'event.removalDecided.rejected.title': 'Removal rejected',
  'event.removalDecided.rejected': '{by} rejected the removal request for {customer}. Nothing was removed.',
  'event.removalDecided.rejectedNoBy':
    'The removal request for {customer} was rejected. Nothing was removed.',
  'event.removalDecided.expired.title': 'Removal request expired',
  'event.removalDecided.expired':
    'The removal request for {customer} expired without a decision. Nothing was removed.',
  'event.removalDecided.cancelled.title': 'Removal request cancelled',
  'event.removalDecided.cancelled':
    '{by}, who requested it, cancelled the removal request for {customer}. Nothing was removed.',
  'event.removalDecided.cancelledNoBy':
    'The requester cancelled the removal request for {customer}. Nothing was removed.',
  'event.removalExecuted.title': 'Reseller relationship removed',
  'event.removalExecuted.text': 'The reseller relationship with {customer} was removed in Partner Center.',
  'event.removalFailed.title': 'Removal failed',
  'event.removalFailed.text':
    'Partner Center refused to remove the reseller relationship with {customer}. The relationship is still in place.',
  'event.removalFailed.todo':
    'What to do: check the customer again for what blocks the removal, fix it, then request the removal again.',
  'event.removalScheduled.title': 'Removal scheduled',
  'event.removalScheduled.text':
    'The removal of the reseller relationship with {customer} is approved and scheduled for {date}, when the last date that blocks it has passed. It then runs by itself if nothing else blocks it.',
  'event.removalScheduled.autoRenewOff':
    'Auto-renew is now off for {names}: their terms end instead of renewing.',
  'event.removalScheduled.autoRenewFailed':
    'Auto-renew could not be turned off for {names}: they would renew and block the removal. Turn it off in Partner Center.',
  'event.removalReminder.title': 'Scheduled removal coming up',
  'event.removalReminder.days':
    'The removal of the reseller relationship with {customer} is scheduled for {date}, in {days} days.',
  'event.removalReminder.tomorrow':
    'The removal of the reseller relationship with {customer} is scheduled for {date}, tomorrow.',
  'event.removalReminder.check':
    'Nothing to do if nothing new was bought for this customer; to stop it, cancel the request.',
  'event.removalStillBlocked.title': 'Scheduled removal still blocked',
  'event.removalStillBlocked.failedTitle': 'Scheduled removal failed',
  'event.removalStillBlocked.text':
    'On its scheduled day, the removal of the reseller relationship with {customer} is blocked by:',
  'event.removalStillBlocked.waiting':
    'It keeps waiting and is checked again every 6 hours: fix what blocks it, or cancel the request.',
  'event.removalStillBlocked.failed':
    'As chosen when it was requested, the request failed. Nothing was removed.',
  'event.cancellationWindow.title': 'Cancellation window closing',
  'event.cancellationWindow.text':
    '{commerce}: the subscription {subscription} of {customer} can be cancelled only until {date}.',
  'event.cancellationWindow.after':
    'After that, it cannot be cancelled before the end of its term, and the removal must wait until then.',

  // removal requests list
  'requests.title': 'Removal requests',
  'requests.none': 'No removal requests.',
  'requests.scheduledFor': 'runs on {date}',
  'requests.requestedBy': 'requested by {by} on {at}',
  'requests.button.decide': 'Review and decide',
  'requests.button.open': 'Open',
  'requests.requestId': 'Request {id}',
  'requests.shown': 'Showing {shown} of {total} requests.',

  // audit trail
  'audit.title': 'History of {customer}',
  'audit.none': 'Nothing is recorded for this customer yet.',
  'audit.shown': 'Showing {shown} of {total} entries, newest first.',
  'audit.action.invitation.drafted': 'Prepared an invitation e-mail',
  'audit.action.invitation.recorded': 'Recorded an invitation',
  'audit.action.customer.accepted': 'The customer accepted the invitation',
  'audit.action.subscription.suspended': 'Suspended a subscription',
  'audit.action.subscription.cancelled': 'Cancelled a subscription',
  'audit.action.softwareOrder.cancelled': 'Cancelled a software order',
  'audit.action.subscription.autoRenewOff': 'Turned off auto-renew of a subscription',
  'audit.action.remedy.failed': 'Suspending, cancelling or turning off auto-renew failed',
  'audit.action.removal.requested': 'Requested the removal',
  'audit.action.removal.providerAsked': 'Asked the indirect provider to remove it',
  'audit.action.removal.approval': 'Approved the removal',
  'audit.action.removal.approved': 'The removal was approved',
  'audit.action.removal.scheduled': 'The removal was scheduled for its date',
  'audit.action.removal.stillBlocked': 'On the scheduled day something still blocked the removal',
  'audit.action.removal.rejected': 'Rejected the removal',
  'audit.action.removal.cancelled': 'Cancelled the removal request',
  'audit.action.removal.expired': 'The removal request expired',
  'audit.action.removal.executing': 'The removal started in Partner Center',
  'audit.action.removal.completed': 'The reseller relationship was removed',
  'audit.action.removal.failed': 'The removal failed',
  'audit.action.audit.exported': 'Exported the audit trail',
  'audit.detail.invitationId': 'Invitation ID',
  'audit.detail.target': 'Invitation for',
  'audit.detail.unofficialUrl': 'Unofficial link',
  'audit.detail.withProvider': 'With the indirect provider',
  'audit.detail.id': 'ID',
  'audit.detail.name': 'Name',
  'audit.detail.remedy': 'Action',
  'audit.detail.provider': 'Indirect provider',
  'audit.detail.delivered': 'Delivered',

  // the invitation e-mail (plain text)
  'email.subject': '{partner} invites you to a reseller relationship in Microsoft Partner Center',
  'email.subjectWithProvider':
    '{partner} and {provider} invite you to a reseller relationship in Microsoft Partner Center',
  'email.greeting': 'Hello,',
  'email.intro':
    '{partner} invites you to authorize us as your Microsoft Cloud Solution Provider reseller. This lets us manage your Microsoft subscriptions, licenses and users on your behalf.',
  'email.introWithProvider':
    '{partner} invites you to authorize both us and our indirect provider {provider} as your Microsoft Cloud Solution Provider resellers. This lets us manage your Microsoft subscriptions, licenses and users on your behalf, and lets {provider} place orders for you.',
  'email.action': 'To accept, please open this link and follow the steps in the Microsoft 365 admin center:',
  'email.conditions':
    'You must be a Global admin of your organization’s Microsoft tenant to accept. If your organization has not yet accepted the Microsoft Customer Agreement, you will be asked to accept it.',
  'email.questions': 'If you have any questions, simply reply to this e-mail.',
  'email.closing': 'Kind regards,',
  // Evidence packs (the page bot/evidence/evidencePage.ts serves) and audit exports
  'evidence.button': 'Open the evidence pack',
  'evidence.title': 'Evidence pack: removal of the reseller relationship with {customer}',
  'evidence.generated': 'Made by Reseller Desk from its records on {at}.',
  'evidence.json': 'The same as JSON',
  'evidence.section.request': 'The request',
  'evidence.section.before': 'The customer when the removal was requested',
  'evidence.section.remedies': 'What was done before the removal',
  'evidence.section.attestation': 'The attestation',
  'evidence.section.approvals': 'Approvals',
  'evidence.section.removal': 'The removal in Partner Center',
  'evidence.section.after': 'The state after',
  'evidence.section.trail': 'The audit entries',
  'evidence.before.none': 'No snapshot was recorded: the request was made before Reseller Desk kept one.',
  'evidence.before.subscriptions': 'Subscriptions ({count})',
  'evidence.before.more': '{count} more subscriptions are not listed.',
  'evidence.before.blockers': 'Still blocking',
  'evidence.before.notices': 'Noted',
  'evidence.before.gdap': 'GDAP relationships',
  'evidence.before.otherPartners': 'Other partners',
  'evidence.before.checkedAt': 'Read from Partner Center',
  'evidence.remedies.none': 'No suspension or cancellation was recorded for this request.',
  'evidence.remedy.done': 'Done',
  'evidence.remedy.failed': 'Refused, error {code}',
  'evidence.col.time': 'Time',
  'evidence.col.by': 'By',
  'evidence.col.action': 'Action',
  'evidence.col.target': 'Subscription or order',
  'evidence.col.answer': 'Partner Center’s answer',
  'evidence.col.name': 'Name',
  'evidence.col.status': 'Status',
  'evidence.col.commerce': 'Kind',
  'evidence.col.id': 'ID',
  'evidence.col.details': 'Details',
  'evidence.col.hash': 'Hash (SHA-256)',
  'evidence.attestation.by': 'Attested by',
  'evidence.attestation.at': 'Attested on',
  'evidence.attestation.text': 'Text agreed to',
  'evidence.attestation.otherVersion':
    'The running Reseller Desk no longer keeps this version’s text; the version names it.',
  'evidence.approvals.required': 'Approvals required',
  'evidence.approvals.none': 'No approval was recorded.',
  'evidence.removal.none': 'The removal was never sent to Partner Center.',
  'evidence.removal.msRequestId': 'MS-RequestId',
  'evidence.removal.attempts': 'Attempts',
  'evidence.removal.started': 'First attempt',
  'evidence.removal.lastAttempt': 'Last attempt',
  'evidence.removal.finished': 'Finished',
  'evidence.removal.confirmedBy': 'Confirmed by',
  'evidence.confirmedBy.answer': 'Partner Center’s answer to the removal',
  'evidence.confirmedBy.reRead': 'A new read of the customer after the call',
  'evidence.after.relationshipNone':
    'Partner Center answered the removal with no relationship left (relationshipToPartner none).',
  'evidence.after.relationshipGone':
    'Partner Center’s read of the customer after the call found no reseller relationship.',
  'evidence.after.error': 'Partner Center did not remove the relationship. Its last answer:',
  'evidence.integrity.ok': 'The hash chain of this customer’s audit trail holds: {count} entries verified.',
  'evidence.integrity.unverified':
    '{count} older entries were written before the chain began and cannot be verified.',
  'evidence.integrity.broken':
    'The hash chain of this customer’s audit trail is broken at entry {index}: {problem}',
  'evidence.integrity.changed': 'an entry was changed.',
  'evidence.integrity.missing': 'an entry is missing.',
  'evidence.integrity.reordered': 'entries are out of order.',
  'evidence.integrity.unreadable': 'the trail cannot be read.',
  'evidence.trail.none': 'No audit entry names this request.',
  'evidence.denied.title': 'This link does not work',
  'evidence.denied.text': 'The link was not made by Reseller Desk, or it was changed. Nothing is shown.',
  'evidence.expired.title': 'This link has expired',
  'evidence.expired.text':
    'Ask Reseller Desk again for a new link: open the request from requests, or run the export again.',
  'evidence.notFound.title': 'Nothing to show',
  'evidence.notFound.text':
    'There is no such request, or it has not finished: an evidence pack exists once a removal is completed or has failed.',
  'auditExport.title': 'Audit export',
  'auditExport.period': 'Every customer’s audit entries from {from} to {to} (UTC days, both included).',
  'auditExport.validUntil':
    'The links work until {date}. Whoever has them can download the entries: share them only with people who may see the audit.',
  'auditExport.csv': 'Download CSV',
  'auditExport.json': 'Download JSON',
  'auditExport.usage':
    'Type {example}: two days as yyyy-mm-dd, the first not after the second, at most {days} days in all.',
  'auditExport.invalid.format': 'These are not two dates in the form yyyy-mm-dd.',
  'auditExport.invalid.order': 'The first day is after the second.',
  'auditExport.invalid.tooLong': 'The period is longer than {days} days.',
  'auditExport.unavailable': 'I cannot make links: no signing key is configured.',
  // GDAP health (`gdap`), its weekly digest, and the GDAP section of the customer card
  'command.gdap.description':
    'GDAP health: relationships ending soon or unable to auto-extend, GDAP without a reseller relationship, customers without GDAP.',
  'gdap.title': 'GDAP health',
  'gdap.checked': 'Checked',
  'gdap.activeRelationships': 'Active GDAP relationships',
  'gdap.customers': 'Customers in your list',
  'gdap.section.endingSoon': 'Ending within 30 days',
  'gdap.section.endingSoon.note':
    'Active relationships whose end date is within 30 days. One that does not auto-extend ends then: ask the customer to approve a new one before.',
  'gdap.section.cannotAutoExtend': 'Cannot auto-extend',
  'gdap.section.cannotAutoExtend.note':
    'These hold the Global Administrator role, which Microsoft does not auto-extend: each ends on its end date. Prefer a relationship with fewer roles.',
  'gdap.section.notCustomers': 'GDAP without a reseller relationship',
  'gdap.section.notCustomers.note':
    'Active GDAP relationships with a customer tenant that is not in your customer list.',
  'gdap.section.withoutGdap': 'Customers without GDAP',
  'gdap.section.withoutGdap.note':
    'Customers in your list with no active GDAP relationship: their tenant cannot be administered through GDAP.',
  'gdap.none': 'None.',
  'gdap.more': 'And {count} more.',
  'gdap.failed': 'Microsoft Graph could not be read, so the report cannot be made now. Try again later.',
  'gdap.unavailable':
    'GDAP health is not available here, because Microsoft Graph is not set up for Reseller Desk. Check GDAP relationships in Partner Center.',
  'gdap.autoExtend.extends': 'auto-extends by 6 months',
  'gdap.autoExtend.off': 'does not auto-extend',
  'gdap.autoExtend.notPossible': 'cannot auto-extend (Global Administrator)',
  'gdapStatus.activating': 'Activating',
  'gdapStatus.active': 'Active',
  'gdapStatus.approvalPending': 'Awaiting approval',
  'gdapStatus.approved': 'Approved',
  'gdapStatus.created': 'Created',
  'gdapStatus.expired': 'Expired',
  'gdapStatus.expiring': 'Expiring',
  'gdapStatus.terminated': 'Terminated',
  'gdapStatus.terminating': 'Terminating',
  'gdapStatus.terminationRequested': 'Termination requested',
  'entraRole.globalAdministrator': 'Global Administrator',
  'entraRole.globalReader': 'Global Reader',
  'entraRole.userAdministrator': 'User Administrator',
  'entraRole.helpdeskAdministrator': 'Helpdesk Administrator',
  'entraRole.directoryReaders': 'Directory Readers',
  'entraRole.directoryWriters': 'Directory Writers',
  'entraRole.licenseAdministrator': 'License Administrator',
  'entraRole.serviceSupportAdministrator': 'Service Support Administrator',
  'entraRole.privilegedRoleAdministrator': 'Privileged Role Administrator',
  'entraRole.securityAdministrator': 'Security Administrator',
  'entraRole.exchangeAdministrator': 'Exchange Administrator',
  'entraRole.billingAdministrator': 'Billing Administrator',
  'details.gdapWarnEndsSoon':
    'Ends within 30 days and does not auto-extend: ask the customer to approve a new relationship, or turn auto-extend on in Partner Center.',
  'details.gdapWarnGlobalAdmin':
    'Holds Global Administrator, which Microsoft does not auto-extend: it ends on its end date.',
  'details.gdapWarnGlobalAdminEndsSoon':
    'Ends within 30 days and holds Global Administrator, which Microsoft does not auto-extend: before then, ask the customer to approve a new relationship with fewer roles.',
  'event.gdapDigest.title': 'Weekly GDAP check',
  'event.gdapDigest.text': 'What needs attention in your GDAP relationships this week:',
  'event.gdapDigest.allClear': 'Nothing in your GDAP relationships needs attention this week.',
  'event.gdapDigest.next': 'Type gdap to see every finding.',
  'fact.decidedBy': 'Decided by',
  'gdapEnd.reasonLabel': 'Reason for ending them, recorded with the request',
  'gdapEnd.reasonPlaceholder': 'For example: the customer now administers its tenant itself',
  'gdapEnd.relationshipsHeading': 'GDAP relationships of this customer',
  'evidence.after.kept': 'The reseller relationship was not part of this request: it is kept.',
  'evidence.section.gdap': 'GDAP relationships ended through Microsoft Graph',
  'evidence.gdap.relationship': 'Relationship',
  'evidence.gdap.status': 'Last read status',
  'evidence.gdap.requested': 'Termination accepted',
  'evidence.gdap.confirmed': 'Read as ended',
  'evidence.gdap.graphRequestId': 'Graph request ID',
  'gdapEnd.confirm':
    'Approving ends the chosen GDAP relationships through Microsoft Graph at once. It cannot be undone: a new relationship needs the customer’s approval.',
  'gdapEnd.confirmWithRemoval':
    'Approving removes the reseller relationship in Partner Center at once, then ends the chosen GDAP relationships; neither can be undone from here.',
  'gdapEnd.note.ownRequest': 'You requested this GDAP termination; another approver must decide.',
  'gdapEnd.requester':
    'You requested this GDAP termination. You can withdraw it while it waits for an approver.',
  'fact.week': 'Week',
  'gdapEnd.choiceHeading': 'End GDAP relationships too',
  'gdapEnd.choiceIntro':
    'Removing the reseller relationship does not end GDAP. Choose the relationships to end once the removal is confirmed; the approver sees your choice.',
  'gdapEnd.choiceLabel': 'GDAP relationships to end',
  'gdapEnd.stale': 'A GDAP relationship you chose is no longer active. Check the list and choose again.',
  'gdapEnd.title': 'GDAP termination request — {customer}',
  'gdapEnd.requestedTitle': 'GDAP termination requested',
  'gdapEnd.heading.planned': 'GDAP relationships to end after the removal:',
  'gdapEnd.heading.plannedAlone': 'GDAP relationships to end (the reseller relationship is kept):',
  'gdapEnd.heading.progress': 'GDAP relationships:',
  'gdapEnd.outcome.pending': 'not ended yet',
  'gdapEnd.outcome.requested': 'termination requested; Microsoft Graph reads {status}',
  'gdapEnd.outcome.terminated': 'ended on {at}, as Microsoft Graph reads it',
  'gdapEnd.outcome.failed': 'not ended: {code}, {description}',
  'gdapEnd.removedAt': 'Reseller relationship removed on {at}, confirmed by Partner Center.',
  'gdapEnd.state.executing': 'Being ended',
  'gdapEnd.state.completed': 'Ended',
  'gdapEnd.stateText.pending': 'An approver must approve or reject it. Nothing has been ended yet.',
  'gdapEnd.stateText.approved': 'The GDAP relationships are ended through Microsoft Graph next.',
  'gdapEnd.stateText.executing': 'The GDAP relationships are being ended through Microsoft Graph.',
  'gdapEnd.stateText.completed': 'Every chosen GDAP relationship was ended, as Microsoft Graph reads it.',
  'gdapEnd.stateText.rejected': 'Nothing was ended.',
  'gdapEnd.stateText.cancelled': 'The requester withdrew the request. Nothing was ended.',
  'gdapEnd.stateText.expired': 'No approver decided in time. Nothing was ended.',
  'gdapEnd.stateText.failed': 'Some GDAP relationships could not be ended: see below.',
  'gdapEnd.stateText.removedExecuting':
    'The reseller relationship was removed; the GDAP relationships are being ended through Microsoft Graph.',
  'gdapEnd.stateText.removedThenFailed':
    'The reseller relationship was removed, but some GDAP relationships could not be ended: see below.',
  'gdapEnd.stateText.removedCompleted':
    'The reseller relationship was removed in Partner Center and every chosen GDAP relationship was ended, as Microsoft Graph reads it.',
  'gdapEnd.cardTitle': 'End GDAP relationships — {customer}',
  'gdapEnd.cardIntro':
    'Ending a GDAP relationship removes the admin roles it gives your security groups in the customer’s tenant. It cannot be undone: a new relationship needs the customer’s approval. The reseller relationship is kept. An approver decides.',
  'gdapEnd.confirmLabel': 'Confirmation',
  'gdapEnd.confirmToggle':
    'I understand that our admin access through these relationships ends and cannot be restored without the customer.',
  'gdapEnd.button.request': 'Request the termination',
  'gdapEnd.refusal.role':
    'Your role may not request a GDAP termination; the roles that may request a removal can.',
  'gdapEnd.refusal.unavailable':
    'Microsoft Graph could not be read, so GDAP relationships cannot be ended from here now.',
  'gdapEnd.refusal.noActive': 'This customer has no active GDAP relationship to end.',
  'gdapEnd.refusal.pendingRequest':
    'A request for this customer is already open ({id}): decide on it or withdraw it first.',
  'gdapEnd.problem.noneChosen': 'Choose at least one relationship to end.',
  'gdapEnd.problem.notConfirmed': 'Tick the confirmation to request the termination.',
  'details.button.endGdap': 'End GDAP relationships…',
  'event.gdapEnd.decided.title': 'GDAP termination request',
  'event.gdapEnd.decided.text': 'The request to end GDAP relationships of {customer}: {state}.',
  'event.gdapEnd.ended.title': 'GDAP relationships ended',
  'event.gdapEnd.ended.text':
    'The GDAP relationships of {customer} chosen in the request were ended, as Microsoft Graph reads them:',
  'event.gdapEnd.endedToo': 'GDAP relationships ended too, as Microsoft Graph reads them:',
  'event.gdapEnd.failed.title': 'GDAP relationships not ended',
  'event.gdapEnd.failed.text': 'Some GDAP relationships of {customer} could not be ended.',
  'event.gdapEnd.failed.removed':
    'The reseller relationship with {customer} was removed, but some GDAP relationships could not be ended.',
  'event.gdapEnd.failed.todo':
    'End them in Partner Center (the customer’s admin relationships), or request it again from the customer card.',
  'audit.action.removal.removed': 'Reseller relationship removed (GDAP next)',
  'audit.action.gdap.terminationRequested': 'GDAP termination requested',
  'audit.action.gdap.terminated': 'GDAP relationship ended',
  'audit.action.gdap.terminationFailed': 'GDAP termination failed',
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

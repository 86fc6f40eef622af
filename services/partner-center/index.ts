/** The Partner Center layer's public surface: client, models, errors, auth, emulator. */
export type {
  CallContext,
  CustomerPage,
  CustomerQuery,
  EntitlementQuery,
  PartnerCenterClient,
} from './client/partnerCenterClient';
export { createPartnerCenterClient, GLOBAL_PARTNER_CENTER_URL } from './client/httpPartnerCenterClient';
export type { PartnerCenterClientOptions } from './client/httpPartnerCenterClient';
export type { CircuitBreakerOptions, RetryOptions } from './client/retryPolicy';
export * from './errors';
export * from './failure';
export * from './model/customer';
export * from './model/subscription';
export * from './model/entitlement';
export * from './model/order';
export * from './model/partnerRelationship';
export * from './model/relationshipRequest';
export * from './model/partnerProfile';
export type { PartnerCenterTokenProvider } from './auth/tokenProvider';
export { staticTokenProvider } from './auth/tokenProvider';
export { readPartnerCenterSettings, describePartnerCenterSettings } from './auth/partnerCenterSettings';
export type { PartnerCenterSettings, PartnerCenterSettingsResult } from './auth/partnerCenterSettings';
export { createSecureAppModelTokenProvider, PARTNER_CENTER_SCOPE } from './auth/secureAppModelTokenProvider';
export type { SecureAppModelOptions } from './auth/secureAppModelTokenProvider';
export { startEmulator } from './emulator/startEmulator';
export type { EmulatorOptions, RunningEmulator } from './emulator/startEmulator';
export type { FaultConfig, RouteFaults, RouteName } from './emulator/faultInjector';
export type { InvitationAccepted } from './emulator/emulatedPartnerCenter';
export { generateTenant } from './emulator/fixture/generateTenant';
export type { SandboxTenant, SandboxTenantInput } from './emulator/fixture/sandboxTenant';
export { openPartnerCenter } from './openPartnerCenter';
export type { OpenPartnerCenterOptions, OpenedPartnerCenter } from './openPartnerCenter';

/**
 * The attestation a user agrees to when requesting a removal: Microsoft's wording from the Partner
 * Center documentation (docs/partner-center.md §3), translated per locale in cards/strings
 * (`removal.attestation`). Bump the version whenever any locale's text changes; it is recorded with
 * each request.
 */
export const ATTESTATION_VERSION = 'pc-docs-2021-09/v1';

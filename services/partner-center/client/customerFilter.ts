/** The E1 `filter` parameter: JSON `{"Field","Value","Operator":"starts_with"}`, URL-encoded by the caller. */
import type { CustomerQuery } from './partnerCenterClient';

export type CustomerSearchField =
  'CompanyName' | 'Domain' | 'IndirectReseller' | 'IndirectCloudSolutionProvider';

export interface CustomerFilter {
  Field: CustomerSearchField;
  Value: string;
  Operator: 'starts_with';
}

/** The filter for a query, or undefined for "all customers". Throws if more than one is set. */
export function customerFilterFor(query: CustomerQuery): CustomerFilter | undefined {
  const filters: CustomerFilter[] = [];
  if (query.companyNamePrefix !== undefined) {
    filters.push({ Field: 'CompanyName', Value: query.companyNamePrefix, Operator: 'starts_with' });
  }
  if (query.domainPrefix !== undefined) {
    filters.push({ Field: 'Domain', Value: query.domainPrefix, Operator: 'starts_with' });
  }
  if (query.indirectResellerId !== undefined) {
    filters.push({ Field: 'IndirectReseller', Value: query.indirectResellerId, Operator: 'starts_with' });
  }
  if (filters.length > 1) throw new Error('Partner Center accepts one customer filter at a time.');
  return filters[0];
}

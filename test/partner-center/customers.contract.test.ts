import assert from 'node:assert/strict';
import {
  PartnerCenterNoRelationshipError,
  PartnerCenterNotFoundError,
} from '../../services/partner-center/errors';
import { collect, context, demoCustomer, listedDemoCustomers, startHarness } from './emulatorHarness';
import { eachTest } from '../helpers/eachTest';

describe('Partner Center customers against the emulator', () => {
  const harness = eachTest(startHarness);

  it('pages through every related customer exactly once, following links.next', async () => {
    const pages = await collect(harness().client.listCustomerPages(context(), { pageSize: 7 }));
    const ids = pages.flatMap((page) => page.items.map((customer) => customer.id));
    assert.ok(pages.length >= 5, `expected several pages, got ${pages.length}`);
    assert.equal(new Set(ids).size, ids.length, 'no customer appears twice');
    assert.deepEqual(new Set(ids), new Set(listedDemoCustomers.map((c) => c.id)));
    const names = pages.flatMap((page) => page.items.map((c) => c.companyProfile.companyName!.toLowerCase()));
    assert.deepEqual(names, [...names].sort(), 'ordered by company name');
  });

  it('does not list tenants that have no reseller relationship', async () => {
    const names = (await collect(harness().client.listCustomers(context()))).map(
      (c) => c.companyProfile.companyName,
    );
    assert.ok(!names.includes('Blue Yonder Airlines'));
    assert.ok(!names.includes('City Power & Light'));
  });

  it('filters by company name prefix, case-insensitively', async () => {
    const names = (
      await collect(harness().client.listCustomers(context(), { companyNamePrefix: 'contoso', pageSize: 2 }))
    ).map((c) => c.companyProfile.companyName);
    assert.deepEqual(names, ['Contoso Bank', 'Contoso Ltd', 'Contoso Pharmaceuticals', 'Contoso Suites']);
  });

  it('filters by domain prefix', async () => {
    const domains = (
      await collect(harness().client.listCustomers(context(), { domainPrefix: 'wingtip' }))
    ).map((c) => c.companyProfile.domain);
    assert.deepEqual(domains, ['wingtipsolutions.onmicrosoft.com', 'wingtiptoys.onmicrosoft.com']);
  });

  it("lists an indirect reseller's customers", async () => {
    const northwind = demoCustomer('Southridge Video').associatedPartnerId!;
    const names = (
      await collect(harness().client.listCustomers(context(), { indirectResellerId: northwind }))
    ).map((c) => c.companyProfile.companyName);
    assert.deepEqual(names, ['Southridge Video', 'Tailwind Traders', 'The Phone Company']);
  });

  it('returns allowDelegatedAccess and the DAP-only fields from get-by-id, not from the list', async () => {
    const wideWorld = demoCustomer('Wide World Importers');
    const customer = await harness().client.getCustomer(context(), wideWorld.id);
    assert.equal(customer.allowDelegatedAccess, true);
    assert.equal(customer.companyProfile.email, wideWorld.companyProfile.email);
    assert.equal(customer.relationshipToPartner, 'reseller');

    const withoutDap = await harness().client.getCustomer(context(), demoCustomer('Woodgrove Bank').id);
    assert.equal(withoutDap.allowDelegatedAccess, false);
    assert.equal(withoutDap.companyProfile.email, undefined);

    const listed = await collect(
      harness().client.listCustomers(context(), { companyNamePrefix: 'Wide World' }),
    );
    assert.equal(listed[0].allowDelegatedAccess, undefined);
  });

  it('answers "no relationship" (403 20002) for a known tenant without one, and 404 for an unknown one', async () => {
    await assert.rejects(
      harness().client.getCustomer(context(), demoCustomer('Blue Yonder Airlines').id),
      (error: unknown) =>
        error instanceof PartnerCenterNoRelationshipError && error.status === 403 && error.hasCode(20002),
    );
    await assert.rejects(
      harness().client.getCustomer(context(), '00000000-0000-4000-8000-000000000000'),
      (error: unknown) => error instanceof PartnerCenterNotFoundError && error.hasCode('60003'),
    );
  });

  it("returns the documented invitation URL with the partner's tenant id", async () => {
    const { url } = await harness().client.getRelationshipRequest(context());
    assert.equal(
      url,
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${harness().emulator.partner.tenantId}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
    );
  });

  it("lists the partner's indirect resellers (E7) and a customer's indirect reseller (E6)", async () => {
    const resellers = await harness().client.listPartnerRelationships(
      context(),
      'IsIndirectCloudSolutionProviderOf',
    );
    assert.deepEqual(
      resellers.map((r) => [r.name, r.relationshipType]),
      [
        ['Northwind Resellers', 'is_indirect_cloud_solution_provider_of'],
        ['Tailspin IT Services', 'is_indirect_cloud_solution_provider_of'],
      ],
    );
    const ofCustomer = await harness().client.listCustomerPartnerRelationships(
      context(),
      demoCustomer('Trey Research').id,
    );
    assert.deepEqual(
      ofCustomer.map((r) => r.name),
      ['Tailspin IT Services'],
    );
  });
});

/** The customer details on the demo tenant: cancellation windows as of now, and Azure reservations. */
import assert from 'node:assert/strict';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { sales, startDesk } from '../helpers/deskHarness';
import { customerDetails } from '../../services/relationships/customerDetails';
import { eachTest } from '../helpers/eachTest';

describe('customer details on the demo tenant', () => {
  const desk = eachTest(startDesk);

  async function detailsOf(name: string, now?: Date) {
    const { client, directory, gdap, partner } = desk().services;
    const result = await customerDetails(
      { client, directory, gdap, partner, now: now && (() => now) },
      sales,
      demoCustomer(name).id,
    );
    assert.ok(result.ok, JSON.stringify(result));
    return result.details;
  }

  it('lists the active Azure reservations by product id', async () => {
    const details = await detailsOf('Lucerne Publishing');
    assert.ok(details.reservations.length > 0);
    assert.ok(details.reservations.every((row) => row.productId !== ''));
  });

  it('says a cancellation window is closed once its date has passed', async () => {
    const details = await detailsOf('Fourth Coffee');
    const open = details.subscriptions.find((row) => row.cancellation && !row.cancellation.closed);
    assert.ok(open, JSON.stringify(details.subscriptions));
    const later = new Date(Date.parse(open.cancellation!.at) + 1000);
    const after = await detailsOf('Fourth Coffee', later);
    assert.deepEqual(after.subscriptions.find((row) => row.id === open.id)?.cancellation, {
      closed: true,
      at: open.cancellation!.at,
    });
  });
});

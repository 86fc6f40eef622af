/**
 * Inner e2e suite (run inside a loopback-only network namespace by playground.test.ts): the Agents
 * Playground's own web UI in headless Debian Chromium. Types in the chat box like a user, reads the
 * cards the Playground renders and clicks their buttons. Skips when /usr/bin/chromium is missing.
 * With UPDATE_SCREENSHOTS=1 it also refreshes docs/cards/playground-removal.png.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { chromiumMissing, launchChromium, type ChromiumSession } from './browser';
import { PlaygroundSession } from './playgroundSession';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const TIMEOUT = 60_000;

/** The newest card the Playground shows that contains `text`. */
function cardWith(page: Page, text: string): Locator {
  return page.locator('.ac-adaptiveCard', { hasText: text }).last();
}

async function type(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-lexical-editor="true"]');
  await box.click();
  await box.pressSequentially(text);
  await box.press('Enter');
}

describe('in the Agents Playground UI (headless Chromium)', function () {
  this.timeout(4 * TIMEOUT);
  let session: PlaygroundSession | undefined;
  let browser: ChromiumSession | undefined;
  let page: Page;
  const shots = mkdtempSync(path.join(tmpdir(), 'rd-ui-e2e-'));

  before(async function () {
    const missing = chromiumMissing();
    if (missing) {
      process.stdout.write(`      skipped: ${missing}\n`);
      this.skip();
    }
    session = new PlaygroundSession({ botPort: 3990, playgroundPort: 56170, conversationId: 'e2e-ui' });
    await session.start();
    // Tall enough that a whole card fits in the chat pane, so its screenshot is not covered by the toolbar.
    browser = await launchChromium({ viewport: { width: 1280, height: 2400 } });
    page = await browser.context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(session.playgroundUrl);
    await page.locator('[data-lexical-editor="true"]').waitFor();
  });

  after(async () => {
    await browser?.close();
    await session?.stop();
    rmSync(shots, { recursive: true, force: true });
  });

  it('`customers contoso` shows a card listing Contoso Pharmaceuticals', async () => {
    await type(page, 'customers contoso');
    const card = cardWith(page, 'Contoso Pharmaceuticals');
    await card.waitFor();
    assert.match(await card.innerText(), /Contoso Pharmaceuticals/);
  });

  it('`remove Contoso Ltd`, then Suspend and its confirmation: the blocker goes and the request can be made', async () => {
    const before = await page.locator('.ac-adaptiveCard').count();
    await type(page, 'remove Contoso Ltd');
    await page.locator('.ac-adaptiveCard').nth(before).waitFor();
    const card = page.locator('.ac-adaptiveCard').nth(before);
    const suspend = card.getByRole('button', { name: 'Suspend', exact: true });
    const request = card.getByRole('button', { name: 'Request removal', exact: true });
    await suspend.waitFor();
    assert.equal(await request.isDisabled(), true, 'blocked at first: Request removal is disabled');

    await suspend.click();
    const confirm = card.getByRole('button', { name: 'Confirm suspension', exact: true });
    await confirm.waitFor();
    await card.getByText('can be reactivated', { exact: false }).waitFor();
    await confirm.click();
    await confirm.waitFor({ state: 'detached' });
    await card.getByText('is now suspended').waitFor();
    assert.equal(await suspend.count(), 0, 'no blocker left to suspend');
    assert.equal(await request.isEnabled(), true, 'Request removal is enabled once nothing blocks it');
    assert.equal(await card.getByRole('checkbox').count(), 1, 'the attestation is there to tick');

    const shot = path.join(shots, 'playground-removal.png');
    await card.screenshot({ path: shot, animations: 'disabled' });
    assert.ok(existsSync(shot) && statSync(shot).size > 0, 'the screenshot is a non-empty file');
    if (process.env.UPDATE_SCREENSHOTS === '1')
      copyFileSync(shot, path.join(repoRoot, 'docs', 'cards', 'playground-removal.png'));
  });
});

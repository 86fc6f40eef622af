/**
 * `npm run cards:screenshots`: renders the main cards with representative data (views.ts) through the
 * official `adaptivecards` renderer in headless Debian Chromium (/usr/bin/chromium, no network) and
 * writes one PNG per card, cropped to the card, to docs/cards/, plus docs/cards/README.md listing them.
 *
 * Usage: node dist/scripts/cardScreenshots/renderCards.js [outDir]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildGdapTerminationCard } from '../../cards/gdapTerminationCard';
import { buildApprovalCard } from '../../cards/approvalCard';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildCustomerDetailsCard } from '../../cards/customerDetailsCard';
import { buildCustomerPickerCard } from '../../cards/customerPickerCard';
import { buildDidYouMeanCard } from '../../cards/didYouMeanCard';
import { buildEventCard } from '../../cards/eventCard';
import { buildHelpCard } from '../../cards/helpCard';
import { buildInvitationDraftCard } from '../../cards/invitationDraftCard';
import { buildRemovalPreflightCard } from '../../cards/removalPreflightCard';
import { buildRemovalRequestedCard } from '../../cards/removalRequestedCard';
import type { Locale } from '../../cards/strings';
import { chromiumMissing, launchChromium } from '../../test/e2e/browser';
import { cardPage, CARD_WIDTH } from './page';
import * as views from './views';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

export interface CardShot {
  name: string;
  title: string;
  locale: Locale;
  card: AdaptiveCardJson;
}

export const CARD_SHOTS: CardShot[] = [
  { name: 'help', title: 'Help (`help`)', locale: 'en', card: buildHelpCard(views.helpView('en')) },
  {
    name: 'customer-picker',
    title: 'Customer picker (`customers contoso`)',
    locale: 'en',
    card: buildCustomerPickerCard(views.pickerView('en')),
  },
  {
    name: 'customer-picker-remove',
    title: 'Customer picker for a command without a name (`remove`)',
    locale: 'en',
    card: buildCustomerPickerCard({ ...views.pickerView('en'), query: '', next: 'removal.preflight' }),
  },
  {
    name: 'did-you-mean',
    title: 'A typo (`custmers contoso`)',
    locale: 'en',
    card: buildDidYouMeanCard({
      locale: 'en',
      typed: 'custmers contoso',
      suggestions: ['customers contoso'],
      helpCommand: 'help',
    }),
  },
  {
    name: 'customer-details',
    title: 'Customer details (`customer Contoso Pharmaceuticals`)',
    locale: 'en',
    card: buildCustomerDetailsCard(views.detailsView('en')),
  },
  {
    name: 'invitation-draft',
    title: 'Invitation draft (`invite Contoso Ltd`)',
    locale: 'en',
    card: buildInvitationDraftCard(views.draftView('en')),
  },
  {
    name: 'removal-preflight',
    title: 'Removal pre-flight with blockers (`remove Contoso Ltd`)',
    locale: 'en',
    card: buildRemovalPreflightCard(views.preflightView('en')),
  },
  {
    name: 'removal-preflight.fr',
    title: 'Removal pre-flight with blockers, in French (`supprimer Contoso Ltd`)',
    locale: 'fr',
    card: buildRemovalPreflightCard(views.preflightView('fr')),
  },
  {
    name: 'removal-schedule-offer',
    title: 'Removal pre-flight when only a term blocks it: request it for its date (`remove Contoso Bank`)',
    locale: 'en',
    card: buildRemovalPreflightCard(views.scheduleOfferView('en')),
  },
  {
    name: 'removal-requested-stranded',
    title: 'The requester’s card when no approver could be reached',
    locale: 'en',
    card: buildRemovalRequestedCard(views.strandedRequestView('en')),
  },
  {
    name: 'approval-scheduled',
    title: 'Approval card of a scheduled removal, with the remedies done before it',
    locale: 'en',
    card: buildApprovalCard(views.scheduledApprovalView('en')),
  },
  {
    name: 'approval-approver',
    title: 'Approval card, as an approver sees it (approvers’ channel)',
    locale: 'en',
    card: buildApprovalCard(views.approvalView('en')),
  },
  {
    name: 'removal-preflight-gdap',
    title: 'Removal pre-flight, nothing blocking: the request also ends two of three GDAP relationships',
    locale: 'en',
    card: buildRemovalPreflightCard(views.gdapChoiceView('en')),
  },
  {
    name: 'approval-gdap',
    title: 'Approval card after approval: removed, one GDAP relationship ended, one ending (read from Graph)',
    locale: 'en',
    card: buildApprovalCard(views.gdapApprovalView('en')),
  },
  {
    name: 'gdap-termination.pl',
    title: 'Ending a GDAP relationship alone, the customer kept (Polish)',
    locale: 'pl',
    card: buildGdapTerminationCard(views.gdapTerminationView('pl')),
  },
  {
    name: 'event-customer-accepted',
    title: 'Event card: a customer accepted the invitation (notification channel)',
    locale: 'en',
    card: buildEventCard(views.eventView('en')),
  },
];

/** The ids of every input a card declares, to check that each one was rendered. */
function inputIds(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => inputIds(item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.type === 'string' && record.type.startsWith('Input.') && typeof record.id === 'string')
      found.push(record.id);
    Object.values(record).forEach((item) => inputIds(item, found));
  }
  return found;
}

/** In the page: text that is cut off (wider than its box, or ellipsised) inside the card. */
const CLIPPED_TEXT = `(() => {
  const clipped = [];
  for (const el of document.querySelectorAll('#frame *')) {
    if (el.children.length > 0 && !el.matches('button, label, p')) continue;
    const style = getComputedStyle(el);
    const hides = style.overflow !== 'visible' || style.textOverflow === 'ellipsis';
    if (hides && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim())
      clipped.push(el.tagName.toLowerCase() + ': ' + el.textContent.trim().slice(0, 60));
  }
  for (const area of document.querySelectorAll('#frame textarea'))
    if (area.scrollHeight > area.clientHeight + 1) clipped.push('textarea: ' + area.value.slice(0, 60));
  return clipped;
})()`;

const RENDERED_INPUTS = `Array.from(document.querySelectorAll('#frame input, #frame textarea, #frame select'))
  .map((el) => el.id || el.getAttribute('aria-label') || el.tagName)`;

function readme(shots: CardShot[], outDir: string): string {
  const lines = [
    '# Card screenshots',
    '',
    'The main Adaptive Cards of Reseller Desk with representative data, rendered by the official',
    '`adaptivecards` renderer with a Teams-like light host config in headless Chromium (Teams itself renders',
    'slightly differently: Segoe UI, its own buttons). Regenerate with `npm run cards:screenshots`',
    '(needs `/usr/bin/chromium`, Debian package `chromium`).',
    '',
  ];
  for (const shot of shots) lines.push(`## ${shot.title}`, '', `![${shot.name}](${shot.name}.png)`, '');
  if (existsSync(path.join(outDir, 'playground-removal.png')))
    lines.push(
      '## In the Agents Playground: `remove Contoso Ltd` after Suspend',
      '',
      'Taken by the UI e2e test (test/e2e/ui.e2e.ts) when run with `UPDATE_SCREENSHOTS=1`.',
      '',
      '![playground-removal](playground-removal.png)',
      '',
    );
  return lines.join('\n');
}

export async function renderCards(outDir: string, shots = CARD_SHOTS): Promise<string[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'rd-cards-'));
  const browser = await launchChromium({ viewport: { width: CARD_WIDTH + 64, height: 800 } });
  const problems: string[] = [];
  try {
    mkdirSync(outDir, { recursive: true });
    const page = await browser.context.newPage();
    for (const shot of shots) {
      const htmlPath = path.join(work, `${shot.name}.html`);
      writeFileSync(htmlPath, cardPage(shot.card, shot.locale));
      await page.goto(pathToFileURL(htmlPath).href);
      await page.waitForFunction('window.cardRendered === true', undefined, { timeout: 30_000 });
      const cardProblems = await page.evaluate<string[]>('window.cardProblems');
      const clipped = await page.evaluate<string[]>(CLIPPED_TEXT);
      const rendered = await page.evaluate<string[]>(RENDERED_INPUTS);
      const declared = inputIds(shot.card);
      const missing =
        declared.length > rendered.length ? [`${declared.length} inputs, ${rendered.length} rendered`] : [];
      for (const message of [...cardProblems, ...clipped.map((c) => `clipped ${c}`), ...missing])
        problems.push(`${shot.name}: ${message}`);
      const file = path.join(outDir, `${shot.name}.png`);
      await page.locator('#frame').screenshot({ path: file, animations: 'disabled' });
      process.stdout.write(`${path.relative(repoRoot, file)}\n`);
    }
    writeFileSync(path.join(outDir, 'README.md'), readme(shots, outDir));
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  return problems;
}

async function main(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) {
    process.stderr.write(`cards:screenshots: ${missing}\n`);
    process.exit(1);
  }
  const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'docs', 'cards'));
  const problems = await renderCards(outDir);
  if (problems.length > 0) {
    process.stderr.write(`Rendering problems:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}

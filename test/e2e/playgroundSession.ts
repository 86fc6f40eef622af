/**
 * Drives the real Microsoft 365 Agents Playground against the real bot process, browserless, through
 * the Playground's conversation API. Bot replies are read from the Playground's
 * events recording. Must run inside a loopback-only network namespace (see playground.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const playgroundBin = path.join(repoRoot, 'node_modules', '.bin', 'agentsplayground');
const botMain = path.join(repoRoot, 'dist', 'bot', 'main.js');
const BOT_TO_PLAYGROUND = 'User Application -> Microsoft 365 Agents Playground';

export interface RecordedExchange {
  direction: string;
  activityName?: string;
  request: { body: any; url: string };
  response?: { statusCode: number; body: any };
}

export interface SessionOptions {
  botPort: number;
  playgroundPort: number;
  conversationId: string;
  botEnv?: Record<string, string>;
  /** false: the bot is already running (another session started it). Default true. */
  startBot?: boolean;
  /** The signed-in Playground user: index among its default people (0 Alex … 5 Lynne). */
  persona?: number;
}

/** The Playground's default people (user-id-0 … user-id-5), as in its built-in configuration. */
const PEOPLE = [
  ['Alex', 'Wilber'],
  ['Megan', 'Bowen'],
  ['Adele', 'Vance'],
  ['Isaiah', 'Langer'],
  ['Patti', 'Fernandez'],
  ['Lynne', 'Robbins'],
].map(([given, surname], i) => ({
  id: `user-id-${i}`,
  name: `${given} ${surname}`,
  email: `${given.toLowerCase()}${surname[0].toLowerCase()}@example.com`,
  aad: `00000000-0000-0000-0000-00000000000${20 + i}`,
  given: given,
  surname: surname,
}));

export const TEAM_CHANNEL_ID = 'channel-partner-desk-id';

/** The conversation a connector URL posts to, without a thread's `;messageid=…`. */
function conversationOf(url: string): string | undefined {
  const match = /\/conversations\/([^/]+)/.exec(decodeURIComponent(url));
  return match?.[1]?.split(';')[0];
}

/** A Playground configuration where person `current` is signed in and everyone shares one team channel. */
function playgroundConfig(current: number, personalChatId: string): string {
  const lines = (p: (typeof PEOPLE)[number]) => [
    `id: ${p.id}`,
    `name: ${p.name}`,
    `userPrincipleName: ${p.email}`,
    `aadObjectId: ${p.aad}`,
    `givenName: ${p.given}`,
    `surname: ${p.surname}`,
    `email: ${p.email}`,
  ];
  const me = PEOPLE[current];
  return [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    'bot:',
    '  id: 00000000-0000-0000-0000-00000000000011',
    '  name: Test Bot',
    'currentUser:',
    ...lines(me).map((line) => `  ${line}`),
    'users:',
    ...PEOPLE.filter((p) => p !== me).flatMap((p) =>
      lines(p).map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)),
    ),
    'personalChat:',
    `  id: ${personalChatId}`,
    'groupChat:',
    '  id: group-chat-id',
    '  name: Group Chat',
    'team:',
    '  id: team-id',
    '  name: Reseller Desk Team',
    '  aadGroupId: 00000000-0000-0000-0000-000000000031',
    '  channels:',
    `    - id: ${TEAM_CHANNEL_ID}`,
    '      name: Partner desk',
    '',
  ].join('\n');
}

async function waitUntil(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export class PlaygroundSession {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'rd-e2e-'));
  private readonly recording = path.join(this.dir, 'recording.txt');
  private bot?: ChildProcess;
  private playground?: ChildProcess;
  botLog = '';

  constructor(private readonly options: SessionOptions) {}

  get playgroundUrl(): string {
    return `http://127.0.0.1:${this.options.playgroundPort}`;
  }

  async start(): Promise<void> {
    const { botPort, playgroundPort, conversationId, botEnv } = this.options;
    if (this.options.startBot !== false) await this.startBot(botPort, botEnv);
    const configPath = path.join(this.dir, 'playground.yml');
    writeFileSync(configPath, playgroundConfig(this.options.persona ?? 0, conversationId));
    this.playground = spawn(
      playgroundBin,
      [
        '--disable-telemetry',
        '-p',
        String(playgroundPort),
        '-e',
        `http://127.0.0.1:${botPort}/api/messages`,
        '-c',
        'msteams',
        '--conversation-id',
        conversationId,
        '--enable-events-recording',
      ],
      {
        cwd: this.dir,
        env: {
          ...process.env,
          TEAMSAPPTESTER_BROWSER: 'none',
          M365_AGENTS_PLAYGROUND_RECORDING_FILE: this.recording,
          M365_AGENTS_PLAYGROUND_LOGFILE: path.join(this.dir, 'playground.log'),
          M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        },
        stdio: 'ignore',
      },
    );
    await waitUntil('the Agents Playground', () => answers(`${this.playgroundUrl}/_debug/ping`));
  }

  private async startBot(botPort: number, botEnv: Record<string, string> | undefined): Promise<void> {
    this.bot = spawn(process.execPath, ['--disable-warning=DEP0111', botMain], {
      cwd: this.dir,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(botPort),
        STORE_URL: `sqlite://${path.join(this.dir, 'bot.sqlite')}`,
        LOG_LEVEL: 'info',
        ...botEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.bot.stdout?.on('data', (chunk: Buffer) => (this.botLog += chunk.toString()));
    this.bot.stderr?.on('data', (chunk: Buffer) => (this.botLog += chunk.toString()));
    await waitUntil('the bot', () => answers(`http://127.0.0.1:${botPort}/readyz`));
  }

  /** Stops the bot this session started and starts it again on the same store with `env` added (e.g. SANDBOX_NOW). */
  async restartBot(env: Record<string, string>): Promise<void> {
    const bot = this.bot;
    if (!bot) throw new Error('this session did not start the bot');
    if (bot.exitCode === null) {
      bot.kill('SIGTERM');
      await new Promise((resolve) => bot.once('exit', resolve));
    }
    await this.startBot(this.options.botPort, { ...this.options.botEnv, ...env });
  }

  async install(): Promise<void> {
    await this.post(`/_debug/conversation/${this.options.conversationId}/installation`, {});
  }

  /** The signed-in persona's user id. */
  get userId(): string {
    return `user-id-${this.options.persona ?? 0}`;
  }

  async say(text: string, fromUserId = this.userId): Promise<void> {
    await this.post(`/_conversation/v1/conversations/${this.options.conversationId}/messages`, {
      type: 'text',
      text,
      textFormat: 'plain',
      from: { id: fromUserId },
    });
  }

  /** Posts in the team channel, @mentioning the bot (channels only deliver mentions to bots). */
  async sayInChannel(text: string): Promise<void> {
    await this.post(`/_conversation/v1/conversations/${TEAM_CHANNEL_ID}/messages`, {
      type: 'text',
      text: `<at>Test Bot</at> ${text}`,
      textFormat: 'plain',
      from: { id: this.userId },
      mentions: [
        {
          mentioned: { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' },
          text: '<at>Test Bot</at>',
        },
      ],
    });
  }

  /** The bot's messages in one conversation (e.g. the team channel). */
  botMessagesIn(conversationId: string): { id: string; activity: any }[] {
    return this.exchanges()
      .filter(
        (exchange) =>
          exchange.direction === BOT_TO_PLAYGROUND &&
          exchange.response?.body?.id &&
          conversationOf(exchange.request.url) === conversationId,
      )
      .map((exchange) => ({ id: String(exchange.response!.body.id), activity: exchange.request.body }));
  }

  async waitForBotMessageIn(conversationId: string, matches: (activity: any) => boolean, timeoutMs = 20_000) {
    await waitUntil(
      `a bot message in ${conversationId}`,
      () => this.botMessagesIn(conversationId).some((m) => matches(m.activity)),
      timeoutMs,
    );
    return this.botMessagesIn(conversationId).find((m) => matches(m.activity))!;
  }

  /** The activities the bot sent to replace message `activityId` in place (a card updated), oldest first. */
  updatesOf(activityId: string): any[] {
    return this.exchanges()
      .filter((exchange) => exchange.request.url.includes(`/activities/${activityId}`))
      .map((exchange) => exchange.request.body);
  }

  /** The first update of message `activityId` that `matches`, waiting up to `timeoutMs`; undefined if none came. */
  async waitForUpdateOf(activityId: string, matches: (activity: any) => boolean, timeoutMs = 30_000) {
    const found = () => this.updatesOf(activityId).find(matches);
    await waitUntil(`an update of ${activityId}`, () => !!found(), timeoutMs).catch(() => undefined);
    return found();
  }

  /** Every exchange the Playground recorded so far. */
  exchanges(): RecordedExchange[] {
    if (!existsSync(this.recording)) return [];
    return readFileSync(this.recording, 'utf8')
      .split(/\n---\n?/)
      .map((chunk) => chunk.trim())
      .filter(Boolean)
      .map((chunk) => JSON.parse(chunk) as RecordedExchange);
  }

  /** The bot's messages with the ids the Playground gave them (what a card click replies to). */
  botMessages(): { id: string; activity: any }[] {
    return this.exchanges()
      .filter((exchange) => exchange.direction === BOT_TO_PLAYGROUND && exchange.response?.body?.id)
      .map((exchange) => ({ id: String(exchange.response!.body.id), activity: exchange.request.body }));
  }

  /** Sends what `say` would and returns the card of the bot's answer with the message id it got. */
  async ask(text: string, fromUserId = this.userId): Promise<{ id: string; card: any }> {
    const chat = this.options.conversationId;
    const before = this.botMessagesIn(chat).length;
    await this.say(text, fromUserId);
    await waitUntil('the bot to answer', () => this.botMessagesIn(chat).length > before, 15_000);
    const { id, activity } = this.botMessagesIn(chat)[before];
    const attachment = activity.attachments?.find(
      (a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive',
    );
    return { id, card: attachment?.content };
  }

  /** Clicks an Action.Execute button on the bot message `replyToId`; returns the card the bot answered with. */
  async click(
    replyToId: string,
    verb: string,
    data: Record<string, unknown>,
    fromUserId = this.userId,
    conversationId = this.options.conversationId,
  ): Promise<any> {
    const response = await fetch(`${this.playgroundUrl}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data } },
        from: { id: fromUserId },
        conversation: { id: conversationId },
        replyToId,
      }),
    });
    if (!response.ok)
      throw new Error(`Playground invoke answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { type: string; value: any };
    if (body.type !== 'application/vnd.microsoft.card.adaptive')
      throw new Error(`expected a card, got ${JSON.stringify(body).slice(0, 300)}`);
    return body.value;
  }

  /** The activities the bot sent, in order. */
  botActivities(): any[] {
    return this.exchanges()
      .filter((exchange) => exchange.direction === BOT_TO_PLAYGROUND)
      .map((exchange) => exchange.request.body);
  }

  async waitForBotActivities(count: number, timeoutMs = 15_000): Promise<any[]> {
    await waitUntil(`${count} bot activities`, () => this.botActivities().length >= count, timeoutMs);
    return this.botActivities();
  }

  async stop(): Promise<void> {
    for (const child of [this.playground, this.bot]) {
      if (child && child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    }
  }

  private async post(pathname: string, body: unknown): Promise<void> {
    const response = await fetch(`${this.playgroundUrl}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`Playground ${pathname} answered ${response.status}: ${await response.text()}`);
  }
}

/**
 * Drives the real Microsoft 365 Agents Playground against the real bot process, browserless, through
 * the Playground's conversation API (stack-compat.md §4). Bot replies are read from the Playground's
 * events recording. Must run inside a loopback-only network namespace (see playground.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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
        },
        stdio: 'ignore',
      },
    );
    await waitUntil('the Agents Playground', () => answers(`${this.playgroundUrl}/_debug/ping`));
  }

  async install(): Promise<void> {
    await this.post(`/_debug/conversation/${this.options.conversationId}/installation`, {});
  }

  async say(text: string, fromUserId = 'user-id-0'): Promise<void> {
    await this.post(`/_conversation/v1/conversations/${this.options.conversationId}/messages`, {
      type: 'text',
      text,
      textFormat: 'plain',
      from: { id: fromUserId },
    });
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
  async ask(text: string, fromUserId = 'user-id-0'): Promise<{ id: string; card: any }> {
    const before = this.botMessages().length;
    await this.say(text, fromUserId);
    await waitUntil('the bot to answer', () => this.botMessages().length > before, 15_000);
    const { id, activity } = this.botMessages()[before];
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
    fromUserId = 'user-id-0',
  ): Promise<any> {
    const response = await fetch(`${this.playgroundUrl}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data } },
        from: { id: fromUserId },
        conversation: { id: this.options.conversationId },
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

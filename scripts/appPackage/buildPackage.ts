/**
 * `npm run package`: builds appPackage/build/appPackage.zip, the Teams app package to upload in the
 * Teams admin center or the Developer Portal. Reads appPackage/manifest.json, fills its `${{NAME}}`
 * placeholders from the environment, checks everything (validatePackage.ts) and zips the manifest,
 * its localization files and its two icons at the zip root. Any problem: one line each on stderr,
 * exit code 1, no zip.
 *
 *   BOT_ID      required, the bot's Microsoft Entra app id (a GUID), as in MicrosoftAppId
 *   TEAMS_APP_ID   the Teams app id (a GUID); default BOT_ID
 *   BOT_DOMAIN     host name of the bot (e.g. reseller-desk.azurewebsites.net) for validDomains; default none
 *   APP_VERSION    the manifest version (x.y.z); default package.json's version
 *   APP_WEBSITE_URL, APP_PRIVACY_URL, APP_TERMS_URL   https URLs of the developer's pages; default the
 *                  repository's docs (DEFAULT_REPOSITORY_URL), see docs/teams-app.md
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ZipFile } from 'yazl';
import { packageProblems, type Json } from './validatePackage';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SOURCE_DIR = path.join(REPO_ROOT, 'appPackage');
export const DEFAULT_OUT_FILE = path.join(SOURCE_DIR, 'build', 'appPackage.zip');

/** Where the developer links point when APP_*_URL are not set: replace it with your fork's address. */
/** A placeholder on the reserved .invalid domain: set APP_WEBSITE_URL, APP_PRIVACY_URL and APP_TERMS_URL for a real package. */
export const DEFAULT_REPOSITORY_URL = 'https://reseller-desk.invalid';
const DOC = `${DEFAULT_REPOSITORY_URL}/blob/main/docs/teams-app.md`;
export const DEFAULT_URLS = {
  APP_WEBSITE_URL: DEFAULT_REPOSITORY_URL,
  APP_PRIVACY_URL: `${DOC}#privacy`,
  APP_TERMS_URL: `${DOC}#terms-of-use`,
} as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(:\d+)?$/i;
const VERSION = /^\d+\.\d+\.\d+$/;

/** A problem with the settings or the package: its message is what the user reads. */
export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'PackageError';
  }
}

export type Env = Record<string, string | undefined>;

/** The placeholder values from the environment; throws PackageError with one line per bad variable. */
export function placeholderValues(env: Env, packageVersion: string): Record<string, string> {
  const value = (name: string) => env[name]?.trim() || undefined;
  const problems: string[] = [];
  const botId = value('BOT_ID');
  if (!botId) {
    problems.push(
      "BOT_ID is required: the bot's Microsoft Entra app id (a GUID), e.g. BOT_ID=<guid> npm run package",
    );
  } else if (!GUID.test(botId)) {
    problems.push(`BOT_ID must be a GUID (the bot's Microsoft Entra app id), got "${botId}"`);
  }
  const teamsAppId = value('TEAMS_APP_ID') ?? botId;
  if (value('TEAMS_APP_ID') && !GUID.test(teamsAppId!)) {
    problems.push(`TEAMS_APP_ID must be a GUID, got "${teamsAppId}"`);
  }
  const domain = value('BOT_DOMAIN');
  if (domain && !HOST.test(domain)) {
    problems.push(
      `BOT_DOMAIN must be a host name like reseller-desk.azurewebsites.net (no https://, no path), got "${domain}"`,
    );
  }
  const version = value('APP_VERSION') ?? packageVersion;
  if (!VERSION.test(version)) problems.push(`APP_VERSION must look like 1.2.3, got "${version}"`);
  const urls = Object.fromEntries(
    Object.entries(DEFAULT_URLS).map(([name, fallback]) => [name, value(name) ?? fallback]),
  );
  for (const [name, url] of Object.entries(urls)) {
    if (!URL.canParse(url) || new URL(url).protocol !== 'https:') {
      problems.push(`${name} must be an https:// URL, got "${url}"`);
    }
  }
  if (problems.length) throw new PackageError(problems);
  return {
    BOT_ID: botId!.toLowerCase(),
    TEAMS_APP_ID: teamsAppId!.toLowerCase(),
    BOT_DOMAIN: domain ?? '',
    APP_VERSION: version,
    ...urls,
  };
}

/** Replaces `${{NAME}}` in every string of the manifest; an empty `validDomains` entry is dropped. */
export function substitute(manifest: Json, values: Record<string, string>): Json {
  const unknown = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(/\$\{\{(\w+)\}\}/g, (placeholder, name: string) => {
        if (name in values) return values[name];
        unknown.add(name);
        return placeholder;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child)]));
    }
    return node;
  };
  const filled = fill(manifest) as Json;
  if (unknown.size)
    throw new PackageError([`manifest.json: unknown placeholders ${[...unknown].join(', ')}`]);
  if (Array.isArray(filled.validDomains)) filled.validDomains = filled.validDomains.filter((d) => d !== '');
  return filled;
}

/** The files of the package: the manifest, its localization files and its icons, by zip name. */
export function packageFiles(manifest: Json, sourceDir: string): Map<string, Buffer> {
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const info = (manifest.localizationInfo ?? {}) as { additionalLanguages?: { file?: unknown }[] };
  const names = [
    ...(info.additionalLanguages ?? []).map((language) => language.file),
    icons.color,
    icons.outline,
  ].filter((name): name is string => typeof name === 'string');
  const files = new Map<string, Buffer>([
    ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)],
  ]);
  for (const name of names) {
    if (path.basename(name) !== name)
      throw new PackageError([`${name}: package files must sit at the zip root`]);
    try {
      files.set(name, readFileSync(path.join(sourceDir, name)));
    } catch {
      // reported by the checks as a missing file
    }
  }
  return files;
}

function zip(files: ReadonlyMap<string, Buffer>, outFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = new ZipFile();
    const mtime = new Date('2020-01-01T00:00:00Z'); // the same bytes for the same files
    for (const [name, content] of files) archive.addBuffer(content, name, { mtime });
    archive.end();
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.outputStream.on('error', reject);
    archive.outputStream.on('end', () => {
      try {
        mkdirSync(path.dirname(outFile), { recursive: true });
        writeFileSync(outFile, Buffer.concat(chunks));
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

export interface BuildOptions {
  env?: Env;
  sourceDir?: string;
  outFile?: string;
}

export interface BuildResult {
  outFile: string;
  manifest: Json;
  files: string[];
}

/** The manifest with the placeholders filled from `env`, and the files it brings, checked. */
export async function preparePackage(
  options: BuildOptions = {},
): Promise<{ manifest: Json; files: Map<string, Buffer> }> {
  const sourceDir = options.sourceDir ?? SOURCE_DIR;
  const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const values = placeholderValues(options.env ?? process.env, version);
  const source = JSON.parse(readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8')) as Json;
  const manifest = substitute(source, values);
  const files = packageFiles(manifest, sourceDir);
  const problems = await packageProblems(manifest, files);
  if (problems.length) throw new PackageError(problems);
  return { manifest, files };
}

export async function buildPackage(options: BuildOptions = {}): Promise<BuildResult> {
  const outFile = options.outFile ?? DEFAULT_OUT_FILE;
  const { manifest, files } = await preparePackage(options);
  await zip(files, outFile);
  return { outFile, manifest, files: [...files.keys()] };
}

async function main(): Promise<void> {
  try {
    const { outFile, manifest, files } = await buildPackage();
    const bot = (manifest.bots as { botId: string }[])[0];
    process.stdout.write(
      `${path.relative(process.cwd(), outFile)}: ${files.join(', ')} ` +
        `(Teams app ${String(manifest.id)}, bot ${bot.botId}, version ${String(manifest.version)})\n`,
    );
    const defaults = Object.keys(DEFAULT_URLS).filter((name) => !process.env[name]?.trim());
    if (defaults.length) {
      process.stderr.write(
        `note: ${defaults.join(', ')} not set: the developer links point to ${DEFAULT_REPOSITORY_URL}; ` +
          'set them to your own pages before publishing to your organization\n',
      );
    }
  } catch (error) {
    const lines = error instanceof PackageError ? error.problems : [String(error)];
    process.stderr.write(lines.map((line) => `appPackage: ${line}\n`).join(''));
    process.exitCode = 1;
  }
}

if (require.main === module) void main();

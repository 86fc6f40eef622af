/**
 * Checks a Teams app package before it is zipped: the manifest against the JSON schema that
 * @microsoft/app-manifest bundles (offline), the localization files against the bundled localization
 * schema, and what no schema can check — icon sizes, a white-on-transparent outline icon, command
 * lists that are exactly the commands the bot routes, complete translations that match the bot's own
 * words and help texts. Every check returns plain sentences; an empty list means the package is good.
 *
 * Long because each check is a short function and they are read together as the package's checklist.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { COMMANDS, type CommandId } from '../../bot/commands/commandCatalog';
import { parseCommand } from '../../bot/commands/parseCommand';
import { LOCALES, STRINGS, type Locale, type StringKey } from '../../cards/strings';
import { decodePng, pngSize } from './png';

/** The commands offered in each scope, in the order Teams shows them. */
export const PERSONAL_COMMANDS: readonly CommandId[] = [
  'help',
  'customers',
  'customer',
  'invite',
  'remove',
  'requests',
  'audit',
  'gdap',
];
export const CHANNEL_COMMANDS: readonly CommandId[] = [...PERSONAL_COMMANDS, 'notify'];
export const EXPECTED_COMMANDS: Record<string, readonly CommandId[]> = {
  personal: PERSONAL_COMMANDS,
  team: CHANNEL_COMMANDS,
  groupChat: CHANNEL_COMMANDS,
};

/** Teams' limits for bot commands (the schema allows more than Teams shows). */
export const MAX_TITLE = 32;
export const MAX_DESCRIPTION = 128;

export type Json = Record<string, unknown>;

interface Command {
  title?: unknown;
  description?: unknown;
}
interface CommandList {
  scopes?: unknown;
  commands?: Command[];
}

/** The package's files by name (the zip root), as they will be zipped. */
export type PackageFiles = ReadonlyMap<string, Buffer>;

const SCHEMA_URL =
  /\/json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/;

/** The bundled copy of a Teams schema URL, so that validation never goes to the network. */
export function bundledSchemaPath(schemaUrl: unknown): string | undefined {
  const match = typeof schemaUrl === 'string' ? SCHEMA_URL.exec(schemaUrl) : null;
  if (!match) return undefined;
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(root, 'build', 'json-schemas', 'teams', match[1], match[2]);
  return existsSync(file) ? file : undefined;
}

/**
 * Reads a bundled schema. The localization schemas (v1.8 and later) have property patterns such as
 * `activityTypes\[\b(…)\b]` whose lone `]` ajv refuses in unicode mode ("Lone quantifier brackets"):
 * it is escaped to `\]`, which matches the same literal `]`.
 */
function loadSchema(file: string): unknown {
  const escapeLoneBracket = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(escapeLoneBracket);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>).map(([key, child]) => [
        key,
        key === 'patternProperties' && child && typeof child === 'object'
          ? Object.fromEntries(
              Object.entries(child as Record<string, unknown>).map(([pattern, value]) => [
                pattern.replace(/\\b\]/g, '\\b\\]'),
                escapeLoneBracket(value),
              ]),
            )
          : escapeLoneBracket(child),
      ]),
    );
  };
  return escapeLoneBracket(JSON.parse(readFileSync(file, 'utf8')));
}

export async function schemaProblems(where: string, document: Json): Promise<string[]> {
  const schemaFile = bundledSchemaPath(document.$schema);
  if (!schemaFile) {
    return [
      `${where}: $schema ${JSON.stringify(document.$schema)} is not a schema @microsoft/app-manifest bundles`,
    ];
  }
  const schema = loadSchema(schemaFile) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  const errors = await AppManifestUtils.validateAgainstSchema(document as unknown as AppManifest, schema);
  return errors.map((error) => `${where}: schema: ${error.trim()}`);
}

export function iconProblems(manifest: Json, files: PackageFiles): string[] {
  const icons = (manifest.icons ?? {}) as { color?: unknown; outline?: unknown };
  const problems: string[] = [];
  for (const [kind, size] of [
    ['color', 192],
    ['outline', 32],
  ] as const) {
    const name = icons[kind];
    const png = typeof name === 'string' ? files.get(name) : undefined;
    if (!png) {
      problems.push(`icons.${kind}: file ${JSON.stringify(name)} is not in the package`);
      continue;
    }
    const actual = pngSize(png);
    if (!actual) problems.push(`${String(name)}: not a PNG file`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`${String(name)}: is ${actual.width}×${actual.height}, Teams needs ${size}×${size}`);
    } else if (kind === 'outline') {
      problems.push(...outlineProblems(String(name), png));
    }
  }
  return problems;
}

/** The outline icon may only hold white pixels (any opacity) and fully transparent ones. */
function outlineProblems(name: string, png: Buffer): string[] {
  let image;
  try {
    image = decodePng(png);
  } catch (error) {
    return [`${name}: ${(error as Error).message}`];
  }
  const { width, pixels } = image;
  let visible = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b, a] = pixels.subarray(i, i + 4);
    if (a === 0) continue;
    visible++;
    if (r !== 255 || g !== 255 || b !== 255) {
      const pixel = i / 4;
      return [
        `${name}: pixel (${pixel % width}, ${Math.floor(pixel / width)}) is rgba(${r}, ${g}, ${b}, ${a}); ` +
          'the outline icon must be white on transparent',
      ];
    }
  }
  return visible === 0 ? [`${name}: is fully transparent`] : [];
}

const descriptionKey = (id: CommandId) => `command.${id}.description` as StringKey;

/** Checks one command against the bot: its title must be the command's word in `locale` and route to it. */
function commandProblems(
  where: string,
  command: Command,
  id: CommandId | undefined,
  locale: Locale,
): string[] {
  const problems: string[] = [];
  const { title, description } = command;
  if (typeof title !== 'string' || !title.trim()) return [`${where}.title is missing or empty`];
  if (typeof description !== 'string' || !description.trim())
    problems.push(`${where}.description is missing or empty`);
  if (title.length > MAX_TITLE) problems.push(`${where}.title is longer than ${MAX_TITLE} characters`);
  if (typeof description === 'string' && description.length > MAX_DESCRIPTION) {
    problems.push(
      `${where}.description is longer than ${MAX_DESCRIPTION} characters (${description.length})`,
    );
  }
  const parsed = parseCommand(title);
  if (parsed.kind !== 'command') {
    return [
      ...problems,
      `${where}.title "${title}" is not a command the bot routes (bot/commands/commandCatalog.ts)`,
    ];
  }
  if (id && parsed.id !== id)
    problems.push(`${where}.title "${title}" routes to ${parsed.id}, expected ${id}`);
  const expectedId = id ?? parsed.id;
  const word = COMMANDS.find((c) => c.id === expectedId)!.words[locale];
  if (title !== word) {
    problems.push(
      `${where}.title is "${title}", the ${locale} word of ${expectedId} is "${word}" (commandCatalog.ts)`,
    );
  }
  const help = STRINGS[locale][descriptionKey(expectedId)];
  if (typeof description === 'string' && description !== help) {
    problems.push(
      `${where}.description differs from cards/strings/${locale}.ts ${descriptionKey(expectedId)}: "${help}"`,
    );
  }
  return problems;
}

export function commandListProblems(manifest: Json): string[] {
  const bot = (manifest.bots as Json[] | undefined)?.[0];
  if (!bot) return ['bots[0]: the manifest has no bot'];
  const problems: string[] = [];
  const scopes = (bot.scopes ?? []) as string[];
  for (const scope of Object.keys(EXPECTED_COMMANDS)) {
    if (!scopes.includes(scope)) problems.push(`bots[0].scopes: ${scope} is missing`);
  }
  const lists = (bot.commandLists ?? []) as CommandList[];
  for (const scope of Object.keys(EXPECTED_COMMANDS)) {
    const holding = lists.filter((list) => Array.isArray(list.scopes) && list.scopes.includes(scope));
    if (holding.length !== 1)
      problems.push(`bots[0].commandLists: ${holding.length} lists for scope ${scope}, expected 1`);
  }
  lists.forEach((list, i) => {
    const listScopes = Array.isArray(list.scopes) ? (list.scopes as string[]) : [];
    const expected = EXPECTED_COMMANDS[listScopes[0]];
    if (!expected || listScopes.some((scope) => EXPECTED_COMMANDS[scope] !== expected)) {
      problems.push(
        `bots[0].commandLists[${i}]: scopes ${JSON.stringify(list.scopes)} do not share one command set`,
      );
      return;
    }
    const commands = list.commands ?? [];
    const titles = commands.map((command) => command.title);
    const words = expected.map((id) => COMMANDS.find((c) => c.id === id)!.words.en);
    if (JSON.stringify(titles) !== JSON.stringify(words)) {
      problems.push(
        `bots[0].commandLists[${i}] (${listScopes.join(', ')}): commands ${JSON.stringify(titles)}, expected ${JSON.stringify(words)}`,
      );
    }
    commands.forEach((command, j) => {
      problems.push(
        ...commandProblems(`bots[0].commandLists[${i}].commands[${j}]`, command, expected[j], 'en'),
      );
    });
  });
  return problems;
}

/** Every string of the manifest a localization file must translate, by its localization key. */
export function localizedKeys(manifest: Json): Map<string, CommandId | undefined> {
  const keys = new Map<string, CommandId | undefined>(
    ['name.short', 'name.full', 'description.short', 'description.full'].map((key) => [key, undefined]),
  );
  const lists = ((manifest.bots as Json[] | undefined)?.[0]?.commandLists ?? []) as CommandList[];
  lists.forEach((list, i) =>
    (list.commands ?? []).forEach((command, j) => {
      const parsed = typeof command.title === 'string' ? parseCommand(command.title) : undefined;
      const id = parsed?.kind === 'command' ? parsed.id : undefined;
      keys.set(`bots[0].commandLists[${i}].commands[${j}].title`, id);
      keys.set(`bots[0].commandLists[${i}].commands[${j}].description`, id);
    }),
  );
  return keys;
}

async function localizationProblems(manifest: Json, files: PackageFiles): Promise<string[]> {
  const info = manifest.localizationInfo as
    | { defaultLanguageTag?: string; additionalLanguages?: { languageTag: string; file: string }[] }
    | undefined;
  if (!info) return ['localizationInfo is missing'];
  const problems: string[] = [];
  if (info.defaultLanguageTag !== 'en-us') problems.push('localizationInfo.defaultLanguageTag must be en-us');
  const wanted = LOCALES.filter((locale) => locale !== 'en');
  const languages = info.additionalLanguages ?? [];
  for (const locale of wanted) {
    if (!languages.some((l) => l.languageTag.toLowerCase().split('-')[0] === locale)) {
      problems.push(`localizationInfo.additionalLanguages: no ${locale} file`);
    }
  }
  const keys = localizedKeys(manifest);
  for (const { languageTag, file } of languages) {
    const locale = languageTag.toLowerCase().split('-')[0] as Locale;
    if (!LOCALES.includes(locale)) {
      problems.push(`${file}: ${languageTag} is not a language the bot speaks (${LOCALES.join(', ')})`);
      continue;
    }
    const content = files.get(file);
    if (!content) {
      problems.push(`${file}: the localization file for ${languageTag} is not in the package`);
      continue;
    }
    let strings: Json;
    try {
      strings = JSON.parse(content.toString('utf8')) as Json;
    } catch (error) {
      problems.push(`${file}: not JSON: ${(error as Error).message}`);
      continue;
    }
    problems.push(...(await schemaProblems(file, strings)));
    for (const key of keys.keys()) {
      const value = strings[key];
      if (typeof value !== 'string' || !value.trim()) {
        problems.push(`${file}: "${key}" is missing or empty`);
      }
    }
    for (const key of Object.keys(strings)) {
      if (key !== '$schema' && !keys.has(key))
        problems.push(`${file}: "${key}" is not a string of the manifest`);
    }
    const commandIndexes = new Set(
      [...keys.keys()]
        .filter((k) => k.startsWith('bots'))
        .map((k) => k.replace(/\.(title|description)$/, '')),
    );
    for (const prefix of commandIndexes) {
      const command = { title: strings[`${prefix}.title`], description: strings[`${prefix}.description`] };
      if (typeof command.title !== 'string' || typeof command.description !== 'string') continue; // reported above
      problems.push(...commandProblems(`${file}: ${prefix}`, command, keys.get(`${prefix}.title`), locale));
    }
  }
  return problems;
}

/** All problems of the package: schema, icons, commands, localizations, leftover placeholders. */
export async function packageProblems(manifest: Json, files: PackageFiles): Promise<string[]> {
  const leftover = JSON.stringify(manifest).match(/\$\{\{\w*\}\}/g);
  return [
    ...(leftover ? [`manifest.json: placeholders left: ${[...new Set(leftover)].join(', ')}`] : []),
    ...(await schemaProblems('manifest.json', manifest)),
    ...iconProblems(manifest, files),
    ...commandListProblems(manifest),
    ...(await localizationProblems(manifest, files)),
  ];
}

/**
 * The Teams app package (appPackage/): the same checks `npm run package` runs, one by one, plus the
 * built zip and the start-up errors of the packaging script.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import yauzl from 'yauzl';
import { COMMANDS } from '../../bot/commands/commandCatalog';
import { LOCALES } from '../../cards/strings';
import {
  buildPackage,
  type PackageError,
  placeholderValues,
  preparePackage,
  REPO_ROOT,
  SOURCE_DIR,
} from '../../scripts/appPackage/buildPackage';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/appPackage/drawIcons';
import { decodePng, encodePng, pngSize, type RgbaImage } from '../../scripts/appPackage/png';
import {
  bundledSchemaPath,
  CHANNEL_COMMANDS,
  commandListProblems,
  iconProblems,
  localizedKeys,
  packageProblems,
  PERSONAL_COMMANDS,
  schemaProblems,
  type Json,
} from '../../scripts/appPackage/validatePackage';

const BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const ENV = { BOT_ID };
const EXPECTED_FILES = ['color.png', 'fr.json', 'hu.json', 'manifest.json', 'outline.png', 'pl.json'];

const sourceFile = (name: string) => readFileSync(path.join(SOURCE_DIR, name));
const clone = <T>(value: T): T => structuredClone(value);

/** Some problem contains `fragment` (the failure lists them all). */
function assertMentions(problems: string[], fragment: string): void {
  assert.ok(
    problems.some((p) => p.includes(fragment)),
    problems.join('\n'),
  );
}

function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Re-encodes an image with filter types 0–4 on successive rows (our encoder only writes type 0). */
function withFilters({ width, height, pixels }: RgbaImage): Buffer {
  const png = encodePng({ width, height, pixels });
  const stride = width * 4;
  const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : pixels[y * stride + x]);
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const [left, up, upLeft] = [at(x - 4, y), at(x, y - 1), at(x - 4, y - 1)];
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter];
      raw[y * (stride + 1) + 1 + x] = (pixels[y * stride + x] - predictor) & 0xff;
    }
  }
  const idat = deflateSync(raw);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(idat.length);
  const body = Buffer.concat([Buffer.from('IDAT'), idat]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  const ihdrEnd = 8 + 12 + 13;
  return Buffer.concat([png.subarray(0, ihdrEnd), length, body, crc, png.subarray(png.length - 12)]);
}

function runPackageScript(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(BOT_|TEAMS_APP_ID|APP_)/.test(name)),
  );
  return spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'dist', 'scripts', 'appPackage', 'buildPackage.js')],
    {
      env: { ...clean, ...env },
      encoding: 'utf8',
    },
  );
}

describe('Teams app package', function () {
  this.timeout(30_000);
  let manifest: Json;
  let files: Map<string, Buffer>;

  before(async () => {
    ({ manifest, files } = await preparePackage({ env: ENV }));
  });

  describe('manifest', () => {
    it('is on a schema @microsoft/app-manifest bundles, v1.19 or later', () => {
      assert.ok(bundledSchemaPath(manifest.$schema), String(manifest.$schema));
      const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
      assert.ok(major > 1 || minor >= 19, `manifestVersion ${String(manifest.manifestVersion)}`);
      assert.match(String(manifest.$schema), new RegExp(`/v${String(manifest.manifestVersion)}/`));
    });

    it('validates against the bundled schema with zero errors', async () => {
      assert.deepEqual(await schemaProblems('manifest.json', manifest), []);
    });

    it('the schema check is live: a broken manifest gets errors', async () => {
      const broken = clone(manifest);
      delete broken.accentColor;
      (broken.name as Json).short = 'x'.repeat(31);
      const problems = await schemaProblems('manifest.json', broken);
      assertMentions(problems, "required property 'accentColor'");
      assertMentions(problems, '/name/short');
    });

    it('passes every check of npm run package', async () => {
      assert.deepEqual(await packageProblems(manifest, files), []);
    });

    it('fills the ids from BOT_ID, TEAMS_APP_ID defaulting to it, and validDomains from BOT_DOMAIN', async () => {
      assert.equal(manifest.id, BOT_ID);
      assert.equal((manifest.bots as Json[])[0].botId, BOT_ID);
      assert.deepEqual(manifest.validDomains, []);
      const appId = '0a0b0c0d-1111-4222-8333-444455556666';
      const other = await preparePackage({
        env: {
          BOT_ID,
          TEAMS_APP_ID: appId,
          BOT_DOMAIN: 'desk.contoso.com',
          APP_PRIVACY_URL: 'https://contoso.com/p',
        },
      });
      assert.equal(other.manifest.id, appId);
      assert.equal((other.manifest.bots as Json[])[0].botId, BOT_ID);
      assert.deepEqual(other.manifest.validDomains, ['desk.contoso.com']);
      assert.equal((other.manifest.developer as Json).privacyUrl, 'https://contoso.com/p');
    });

    it('keeps the placeholders in the source manifest', () => {
      const source = sourceFile('manifest.json').toString('utf8');
      for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN'])
        assert.ok(source.includes(`\${{${name}}}`), name);
    });

    it('has bot scopes personal, team and groupChat and describes the app within the limits', () => {
      const bot = (manifest.bots as Json[])[0];
      assert.deepEqual(bot.scopes, ['personal', 'team', 'groupChat']);
      const description = manifest.description as { short: string; full: string };
      assert.ok(description.short.length <= 80 && description.full.length <= 4000);
      assert.equal((manifest.developer as Json).name, 'Reseller Desk');
    });
  });

  describe('commands', () => {
    it('lists exactly the routed commands per scope, with the bot’s words and help texts', () => {
      assert.deepEqual(commandListProblems(manifest), []);
      const lists = (manifest.bots as Json[])[0].commandLists as {
        scopes: string[];
        commands: { title: string }[];
      }[];
      const titles = (scope: string) =>
        lists.find((l) => l.scopes.includes(scope))!.commands.map((c) => c.title);
      const word = (id: string) => COMMANDS.find((c) => c.id === id)!.words.en;
      assert.deepEqual(titles('personal'), PERSONAL_COMMANDS.map(word));
      assert.deepEqual(titles('team'), CHANNEL_COMMANDS.map(word));
      assert.deepEqual(titles('groupChat'), CHANNEL_COMMANDS.map(word));
    });

    it('offers every command the bot routes somewhere', () => {
      assert.deepEqual([...CHANNEL_COMMANDS].sort(), COMMANDS.map((c) => c.id).sort());
    });

    it('refuses a command the bot does not route, or a changed description', () => {
      const broken = clone(manifest);
      const commands = ((broken.bots as Json[])[0].commandLists as { commands: Json[] }[])[0].commands;
      commands[1].title = 'subscriptions';
      commands[2].description = 'Something else.';
      const problems = commandListProblems(broken);
      assertMentions(problems, '"subscriptions" is not a command the bot routes');
      assertMentions(problems, 'commands[2].description differs');
    });
  });

  describe('localizations', () => {
    const languages = () =>
      (manifest.localizationInfo as { additionalLanguages: { languageTag: string; file: string }[] })
        .additionalLanguages;

    it('are declared for fr-fr, pl-pl and hu-hu with en-us as default', () => {
      assert.equal((manifest.localizationInfo as Json).defaultLanguageTag, 'en-us');
      assert.deepEqual(
        languages().map((l) => [l.languageTag, l.file]),
        [
          ['fr-fr', 'fr.json'],
          ['pl-pl', 'pl.json'],
          ['hu-hu', 'hu.json'],
        ],
      );
      assert.deepEqual(
        languages().map((l) => l.languageTag.slice(0, 2)),
        LOCALES.filter((l) => l !== 'en'),
      );
    });

    for (const file of ['fr.json', 'pl.json', 'hu.json']) {
      it(`${file} validates against the bundled localization schema`, async () => {
        const strings = JSON.parse(sourceFile(file).toString('utf8')) as Json;
        assert.ok(bundledSchemaPath(strings.$schema), String(strings.$schema));
        assert.deepEqual(await schemaProblems(file, strings), []);
      });

      it(`${file} translates every localized string of the manifest`, () => {
        const strings = JSON.parse(sourceFile(file).toString('utf8')) as Json;
        const keys = [...localizedKeys(manifest).keys()];
        assert.equal(keys.length, 4 + 2 * (PERSONAL_COMMANDS.length + 2 * CHANNEL_COMMANDS.length));
        for (const key of keys) {
          assert.equal(typeof strings[key], 'string', `${file}: ${key}`);
          assert.notEqual((strings[key] as string).trim(), '', `${file}: ${key}`);
        }
      });
    }

    it('reports a missing translation and a title that is not the language’s command word', async () => {
      const fr = JSON.parse(sourceFile('fr.json').toString('utf8')) as Json;
      delete fr['description.short'];
      fr['bots[0].commandLists[0].commands[0].title'] = 'help';
      const problems = await packageProblems(
        manifest,
        new Map(files).set('fr.json', Buffer.from(JSON.stringify(fr))),
      );
      assert.ok(problems.includes('fr.json: "description.short" is missing or empty'), problems.join('\n'));
      assertMentions(problems, 'the fr word of help is "aide"');
    });
  });

  describe('icons', () => {
    it('are 192×192 (colour) and 32×32 (outline) PNGs', () => {
      assert.deepEqual(pngSize(sourceFile('color.png')), { width: 192, height: 192 });
      assert.deepEqual(pngSize(sourceFile('outline.png')), { width: 32, height: 32 });
      assert.deepEqual(iconProblems(manifest, files), []);
    });

    it('outline.png is white on transparent only, and has a visible glyph', () => {
      const { pixels } = decodePng(sourceFile('outline.png'));
      let visible = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3] === 0) continue;
        visible++;
        assert.deepEqual([...pixels.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4}`);
      }
      assert.ok(visible > 50, `${visible} visible pixels`);
    });

    it('color.png is opaque and uses the accent colour as its background', () => {
      const { pixels } = decodePng(sourceFile('color.png'));
      for (let i = 3; i < pixels.length; i += 4) assert.equal(pixels[i], 255);
      const corner = [...pixels.subarray(0, 3)].map((c) => c.toString(16).padStart(2, '0')).join('');
      assert.equal(`#${corner}`.toLowerCase(), String(manifest.accentColor).toLowerCase());
    });

    it('are what scripts/appPackage/drawIcons.ts draws', () => {
      assert.ok(
        encodePng(drawColorIcon()).equals(sourceFile('color.png')),
        'run node dist/scripts/appPackage/drawIcons.js',
      );
      assert.ok(
        encodePng(drawOutlineIcon()).equals(sourceFile('outline.png')),
        'run node dist/scripts/appPackage/drawIcons.js',
      );
    });

    it('a coloured or wrongly sized outline icon is refused', () => {
      const image = drawOutlineIcon();
      image.pixels.set([255, 0, 0, 255], (5 * 32 + 4) * 4);
      const problems = iconProblems(manifest, new Map(files).set('outline.png', encodePng(image)));
      assert.deepEqual(problems, [
        'outline.png: pixel (4, 5) is rgba(255, 0, 0, 255); the outline icon must be white on transparent',
      ]);
      const small = iconProblems(manifest, new Map(files).set('color.png', encodePng(drawColorIcon(96))));
      assert.deepEqual(small, ['color.png: is 96×96, Teams needs 192×192']);
    });

    it('the PNG codec round-trips and decodes every filter type', () => {
      const image = drawColorIcon(20);
      assert.deepEqual(decodePng(encodePng(image)), image);
      assert.deepEqual(decodePng(withFilters(image)), image);
    });
  });

  describe('npm run package', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'app-package-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('zips exactly the manifest, the localizations and the icons at the root, placeholders filled', async () => {
      const outFile = path.join(dir, 'appPackage.zip');
      const result = await buildPackage({ env: ENV, outFile });
      assert.equal(result.outFile, outFile);
      const entries = await unzip(outFile);
      assert.deepEqual([...entries.keys()].sort(), EXPECTED_FILES);
      const text = entries.get('manifest.json')!.toString('utf8');
      assert.ok(!text.includes('${{'), 'a placeholder is left');
      const zipped = JSON.parse(text) as Json;
      assert.equal(zipped.id, BOT_ID);
      assert.equal((zipped.bots as Json[])[0].botId, BOT_ID);
      assert.deepEqual(await packageProblems(zipped, entries), []);
      for (const name of EXPECTED_FILES.filter((n) => n !== 'manifest.json')) {
        assert.ok(entries.get(name)!.equals(sourceFile(name)), name);
      }
    });

    it('needs BOT_ID, as a GUID, and says so in one line', () => {
      assert.throws(
        () => placeholderValues({}, '1.0.0'),
        (error: PackageError) =>
          error.problems.length === 1 && error.problems[0].startsWith('BOT_ID is required'),
      );
      const bad = runPackageScript({ BOT_ID: 'my-bot' });
      assert.equal(bad.status, 1);
      assert.equal(
        bad.stderr,
        'appPackage: BOT_ID must be a GUID (the bot\'s Microsoft Entra app id), got "my-bot"\n',
      );
      const missing = runPackageScript({});
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /^appPackage: BOT_ID is required: [^\n]*\n$/);
    });

    it('refuses bad optional settings', () => {
      assert.throws(
        () =>
          placeholderValues(
            {
              BOT_ID,
              TEAMS_APP_ID: 'x',
              BOT_DOMAIN: 'https://desk.contoso.com/',
              APP_TERMS_URL: 'http://contoso.com',
            },
            '1.0.0',
          ),
        (error: PackageError) =>
          error.problems.length === 3 &&
          error.problems.some((p) => p.startsWith('TEAMS_APP_ID must be a GUID')) &&
          error.problems.some((p) => p.startsWith('BOT_DOMAIN must be a host name')) &&
          error.problems.some((p) => p.startsWith('APP_TERMS_URL must be an https:// URL')),
      );
    });
  });

  describe('Agents Playground configuration', () => {
    const yml = readFileSync(path.join(REPO_ROOT, '.m365agentsplayground.yml'), 'utf8');
    const roles = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'services', 'access', 'demoRoles.json'), 'utf8'),
    ) as {
      users: { name: string; userId: string; aadObjectId: string }[];
    };

    it('has every demo-role persona with its ids, Alex signed in, and Lynne without a role', () => {
      for (const user of roles.users) {
        assert.match(
          yml,
          new RegExp(
            `id: ${user.userId}\\n\\s+name: ${user.name}\\n[^\\n]*\\n\\s+aadObjectId: ${user.aadObjectId}\\n`,
          ),
        );
      }
      assert.match(yml, /currentUser:\n {2}id: user-id-0\n {2}name: Alex Wilber\n/);
      assert.match(yml, /id: user-id-5\n\s+name: Lynne Robbins\n/);
      assert.ok(!roles.users.some((u) => u.userId === 'user-id-5'));
    });

    it('has a personal chat, a group chat and a team with the Partner desk channel', () => {
      assert.match(yml, /^version: '0\.1\.1'$/m);
      assert.match(yml, /^personalChat:\n {2}id: /m);
      assert.match(yml, /^groupChat:\n {2}id: /m);
      assert.match(yml, /^team:\n(?: {2}.*\n)*? {2}channels:\n {4}- id: [\w-]+\n {6}name: Partner desk\n/m);
    });
  });
});

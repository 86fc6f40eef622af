/**
 * botbuilder-dialogs, loaded only when something uses more of it than its `Dialog` class.
 *
 * teams-ai's Application requires its sign-in helpers at load time, and they require botbuilder-dialogs,
 * which loads the Microsoft.Recognizers.Text number, date and choice tables: about 27 MB of resident
 * memory in a bot that configures no sign-in and runs no dialog (docs/performance.md, "Memory"). At
 * load time those helpers only extend `Dialog` and read `DialogTurnStatus`, both from the package's
 * `lib/dialog.js`, which is light. This module puts a stand-in for the package in the module cache:
 * those two names come from `lib/dialog.js`; any other name, key listing or `in` test loads the real
 * package (the same `lib/dialog.js` objects, so `instanceof` holds) and answers from it from then on.
 *
 * Imported first by bot/app.ts, before teams-ai's Application. It does nothing if botbuilder-dialogs is
 * already loaded. Versions are pinned (package.json); test/bot/lazyBotbuilderDialogs.test.ts fails if an
 * upgrade of teams-ai or botbuilder-dialogs needs more of the package at load time.
 */
import Module, { createRequire } from 'node:module';
import path from 'node:path';

type Exports = Record<string | symbol, unknown>;

/** The names teams-ai's sign-in helpers read while they load; all from `lib/dialog.js`. */
const LIGHT_NAMES: ReadonlySet<string | symbol> = new Set(['Dialog', 'DialogTurnStatus']);

/** Node's require (the same module cache), by name: the stand-in loads files at run time, not as imports. */
const load = createRequire(__filename);
const applicationFile = load.resolve('@microsoft/teams-ai/lib/Application');
const packageFile = load.resolve('botbuilder-dialogs', { paths: [path.dirname(applicationFile)] });

function installStandIn(): void {
  if (load.cache[packageFile]) return;
  const light = load(path.join(path.dirname(packageFile), 'dialog.js')) as Exports;
  const standIn = new Module(packageFile);
  let real: Exports | undefined;
  const loadReal = (): Exports => {
    if (!real) {
      delete load.cache[packageFile];
      real = load(packageFile) as Exports;
      load.cache[packageFile] = standIn;
    }
    return real;
  };
  standIn.filename = packageFile;
  standIn.loaded = true;
  standIn.exports = new Proxy<Exports>(
    {},
    {
      get: (_target, name) => (!real && LIGHT_NAMES.has(name) ? light[name] : loadReal()[name]),
      has: (_target, name) => name in loadReal(),
      ownKeys: () => Reflect.ownKeys(loadReal()),
      getOwnPropertyDescriptor: (_target, name) => {
        const descriptor = Object.getOwnPropertyDescriptor(loadReal(), name);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
  load.cache[packageFile] = standIn;
}

installStandIn();

/**
 * bot/lazyBotbuilderDialogs.ts: the bot's modules load without botbuilder-dialogs' recognizers, and
 * anything that asks for more of the package gets the real one. Each case runs in a fresh Node process,
 * since this process's module cache is shared by every test file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const dist = path.resolve(__dirname, '..', '..');

interface Report {
  heavyAfterApp: string[];
  heavyAfterLightNames: string[];
  heavyAfterOtherName: string[];
  oauthPrompt: string;
  ssoPromptIsDialog: boolean;
  sameDialogClass: boolean;
  keys: number;
  hasWaterfall: boolean;
  isProxy: boolean;
}

/** Runs `first` (module ids to require before the bot's app), then the bot's app, then asks botbuilder-dialogs. */
function probe(first: string[]): Report {
  const script = `
    const util = require('node:util');
    const heavy = () => Object.keys(require.cache).filter((k) =>
      /recognizers-text-(number|date-time|choice|suite)[\\\\/]/.test(k) || /botbuilder-dialogs[\\\\/]lib[\\\\/]prompts[\\\\/]/.test(k));
    for (const id of ${JSON.stringify(first)}) require(id);
    require(${JSON.stringify(path.join(dist, 'bot', 'app.js'))});
    const report = { heavyAfterApp: heavy() };
    const dialogs = require('botbuilder-dialogs');
    void dialogs.Dialog.EndOfTurn, dialogs.DialogTurnStatus.complete;
    report.heavyAfterLightNames = heavy();
    report.oauthPrompt = typeof dialogs.OAuthPrompt;
    report.heavyAfterOtherName = heavy();
    const { TeamsSsoPrompt } = require('@microsoft/teams-ai/lib/authentication/TeamsBotSsoPrompt');
    report.ssoPromptIsDialog = TeamsSsoPrompt.prototype instanceof dialogs.Dialog;
    report.sameDialogClass = dialogs.Dialog === require('botbuilder-dialogs/lib/dialog').Dialog;
    report.keys = Object.keys(dialogs).length;
    report.hasWaterfall = 'WaterfallDialog' in dialogs;
    report.isProxy = util.types.isProxy(dialogs);
    process.stdout.write(JSON.stringify(report));
  `;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: dist, encoding: 'utf8' });
  return JSON.parse(out) as Report;
}

describe('botbuilder-dialogs loaded only when used (bot/lazyBotbuilderDialogs.ts)', function () {
  this.timeout(30_000);

  it("loads the bot's app without the recognizers, then gives the real package to whoever asks for more", () => {
    const lazy = probe([]);
    assert.deepEqual(lazy.heavyAfterApp, [], 'loaded by the app');
    assert.deepEqual(lazy.heavyAfterLightNames, [], 'after Dialog and DialogTurnStatus');
    assert.equal(lazy.oauthPrompt, 'function');
    assert.ok(lazy.heavyAfterOtherName.length > 0, 'OAuthPrompt loads the real package');
    assert.equal(lazy.ssoPromptIsDialog, true, "teams-ai's prompt extends the real Dialog");
    assert.equal(lazy.sameDialogClass, true);
    assert.equal(lazy.hasWaterfall, true);
    assert.equal(lazy.isProxy, true);

    const eager = probe(['botbuilder-dialogs']);
    assert.equal(eager.isProxy, false, 'already loaded: left alone');
    assert.ok(eager.heavyAfterApp.length > 0);
    assert.equal(lazy.keys, eager.keys, 'the same names as the package loaded normally');
  });
});

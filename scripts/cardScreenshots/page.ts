/**
 * The HTML page that renders one card with the official `adaptivecards` renderer (its UMD bundle and
 * stylesheet, loaded by file:// URL from node_modules), a Microsoft Teams–like light host config and
 * stylesheet. Markdown processing stays off, as in Teams for the TextRuns the cards use.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const acDist = path.join(repoRoot, 'node_modules', 'adaptivecards', 'dist');

/** Width of a card in a Teams chat on the desktop client (px). */
export const CARD_WIDTH = 520;

const FONT =
  "'Segoe UI', 'Segoe UI Web (West European)', 'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', sans-serif";

const colors = (main: string, subtle: string) => ({ default: main, subtle });

/** Teams' text colours, the same on the default and the emphasis background. */
const TEXT_COLORS = {
  default: colors('#242424', '#616161'),
  dark: colors('#252423', '#484644'),
  light: colors('#FFFFFF', '#F3F2F1'),
  accent: colors('#5B5FC7', '#6264A7'),
  good: colors('#237B4B', '#3B8A5F'),
  warning: colors('#835C00', '#9D6E00'),
  attention: colors('#C4314B', '#C4314B'),
};

/** Close to Teams' own light theme host config (fonts, sizes, spacing, colours). */
export const TEAMS_HOST_CONFIG = {
  supportsInteractivity: true,
  fontFamily: FONT,
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E1DFDD' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: TEXT_COLORS,
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: TEXT_COLORS,
    },
    good: { backgroundColor: '#E7F2DA', foregroundColors: { default: colors('#242424', '#616161') } },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: { default: colors('#242424', '#616161') } },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: { default: colors('#242424', '#616161') } },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: { default: colors('#242424', '#616161') } },
  },
  actions: {
    maxActions: 6,
    spacing: 'Default',
    buttonSpacing: 8,
    showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'Horizontal',
    actionAlignment: 'Left',
    iconPlacement: 'LeftOfTitle',
    allowTitleToWrap: true,
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: {
      color: 'Default',
      size: 'Default',
      isSubtle: false,
      weight: 'Bolder',
      wrap: true,
      maxWidth: 150,
    },
    value: { color: 'Default', size: 'Default', isSubtle: false, weight: 'Default', wrap: true },
    spacing: 12,
  },
  inputs: {
    label: {
      requiredInputs: { weight: 'Bolder', suffix: ' *', suffixColor: 'Attention' },
      optionalInputs: { weight: 'Bolder' },
    },
    errorMessage: { size: 'Small', color: 'Attention' },
  },
  textBlock: { headingLevel: 2 },
};

/** Teams-like buttons, inputs and the message bubble around the card, over the renderer's own CSS. */
const TEAMS_CSS = `
  html, body { margin: 0; background: #F5F5F5; }
  body { padding: 16px; font-family: ${FONT}; }
  #frame { width: ${CARD_WIDTH}px; background: #FFFFFF; border: 1px solid #E0E0E0; border-radius: 6px;
    box-shadow: 0 1px 2px rgba(0, 0, 0, 0.14); overflow: hidden; }
  .ac-adaptiveCard { font-family: ${FONT}; }
  .ac-pushButton { font-family: ${FONT}; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
    border: 1px solid #D1D1D1; border-radius: 4px; min-height: 32px; padding: 5px 12px; cursor: pointer;
    white-space: normal; overflow: visible; text-overflow: clip; }
  .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-pushButton.style-destructive { background: #FFFFFF; color: #C4314B; border-color: #C4314B; }
  .ac-pushButton-disabled, .ac-pushButton[disabled] { font-family: ${FONT}; font-size: 14px; font-weight: 600;
    color: #BDBDBD; background: #F0F0F0; border: 1px solid #E0E0E0; border-radius: 4px; min-height: 32px;
    padding: 5px 12px; cursor: default; white-space: normal; }
  .ac-input, .ac-textInput, .ac-multichoiceInput, select.ac-input { font-family: ${FONT}; font-size: 14px;
    color: #242424; }
  .ac-textInput, select.ac-input, .ac-choiceSetInput-compact, .ac-choiceSetInput-filtered-textbox { box-sizing: border-box; width: 100%;
    min-height: 32px; padding: 5px 10px; background: #F5F5F5; border: 1px solid transparent;
    border-bottom: 1px solid #616161; border-radius: 4px; }
  .ac-textInput.ac-multiline { min-height: 96px; resize: none; line-height: 20px; }
  .ac-toggleInput input[type='checkbox'] { width: 16px; height: 16px; margin: 2px 8px 0 0; accent-color: #5B5FC7; }
  .ac-input-container label, .ac-toggleInput label { font-size: 14px; color: #242424; }
  .ac-richTextBlock, .ac-textBlock { overflow-wrap: break-word; }
`;

function escapeScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A page that renders `card` into #frame. When done, `window.cardRendered` is true and
 * `window.cardProblems` lists the parser's and validator's messages.
 */
export function cardPage(card: AdaptiveCardJson, lang: string): string {
  const script = pathToFileURL(path.join(acDist, 'adaptivecards.min.js')).href;
  const css = pathToFileURL(path.join(acDist, 'adaptivecards.css')).href;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<link rel="stylesheet" href="${css}">
<style>${TEAMS_CSS}</style>
<script src="${script}"></script>
</head>
<body>
<div id="frame"></div>
<script>
  const AC = window.AdaptiveCards;
  const problems = [];
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(${escapeScriptJson(TEAMS_HOST_CONFIG)});
  const context = new AC.SerializationContext();
  card.parse(${escapeScriptJson(card)}, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  document.getElementById('frame').appendChild(card.render());
  // Multiline inputs grow to show their whole text, so the screenshot shows it.
  for (const area of document.querySelectorAll('#frame textarea')) {
    area.style.height = 'auto';
    area.style.height = area.scrollHeight + 2 + 'px';
  }
  window.cardProblems = problems;
  window.cardRendered = true;
</script>
</body>
</html>
`;
}

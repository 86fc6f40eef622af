/**
 * Draws the app icons: `color.png` (192×192, a white "R" on the accent colour, full bleed as Teams
 * asks — Teams rounds the corners itself) and `outline.png` (32×32, the same "R" in white on
 * transparent). The glyph is built from a rectangle, two half discs and a thick stroke, sampled 4×4
 * per pixel for smooth edges.
 *
 *   node dist/scripts/appPackage/drawIcons.js   # rewrites appPackage/color.png and outline.png
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, type RgbaImage } from './png';

/** The manifest's accentColor: the background of the colour icon. */
export const ACCENT_COLOR = '#0F6CBD';

type Shape = (x: number, y: number) => boolean;

const rect =
  (left: number, top: number, right: number, bottom: number): Shape =>
  (x, y) =>
    x >= left && x <= right && y >= top && y <= bottom;
const rightHalfDisc =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    x >= cx && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** Points within `halfWidth` of the segment from (x1, y1) to (x2, y2). */
const stroke =
  (x1: number, y1: number, x2: number, y2: number, halfWidth: number): Shape =>
  (x, y) => {
    const [dx, dy] = [x2 - x1, y2 - y1];
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= halfWidth * halfWidth;
  };

/** The letter R in unit coordinates (0…1 both ways, y down), inside the central 62% safe area. */
const BASELINE = 0.78;
const outerBowl = [rect(0.3, 0.22, 0.52, 0.54), rightHalfDisc(0.52, 0.38, 0.16)];
const bowlHole = [rect(0.42, 0.33, 0.52, 0.43), rightHalfDisc(0.52, 0.38, 0.05)];
const stem = rect(0.3, 0.22, 0.42, BASELINE);
const leg = stroke(0.5, 0.5, 0.67, BASELINE - 0.04, 0.065);

export const letterR: Shape = (x, y) =>
  stem(x, y) ||
  (outerBowl.some((s) => s(x, y)) && !bowlHole.some((s) => s(x, y))) ||
  (leg(x, y) && y <= BASELINE);

/** Fraction of the pixel (px, py) of a size × size image covered by `shape`, from 4×4 samples. */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (shape((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) inside++;
    }
  }
  return inside / 16;
}

function hexToRgb(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** 192×192: the white letter over the accent colour, every pixel opaque. */
export function drawColorIcon(size = 192): RgbaImage {
  const background = hexToRgb(ACCENT_COLOR);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(letterR, x, y, size);
      const mix = background.map((channel) => Math.round(channel + (255 - channel) * c));
      pixels.set([...mix, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, pixels };
}

/** 32×32: the letter in white, its coverage as alpha; everything else fully transparent. */
export function drawOutlineIcon(size = 32): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(coverage(letterR, x, y, size) * 255);
      pixels.set(alpha > 0 ? [255, 255, 255, alpha] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, pixels };
}

export function writeIcons(directory: string): string[] {
  const files = [
    [path.join(directory, 'color.png'), encodePng(drawColorIcon())],
    [path.join(directory, 'outline.png'), encodePng(drawOutlineIcon())],
  ] as const;
  for (const [file, png] of files) writeFileSync(file, png);
  return files.map(([file]) => file);
}

if (require.main === module) {
  const appPackage = path.resolve(__dirname, '..', '..', '..', 'appPackage');
  for (const file of writeIcons(appPackage))
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

// Draws the Teams app icons (run once with `npx tsx manifest/icons.ts`; the PNGs are committed): two people joined
// by a bridge, for peer connection. Colour: 192×192 on the service's teal. Outline: 32×32, white on transparent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.js';

type Rgba = [number, number, number, number];

const TEAL: Rgba = [0, 112, 107, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Is (x, y) on the figure, in a unit square (0..1)? Heads, shoulders, and the bridge between them. */
function onFigure(u: number, v: number): boolean {
  const circle = (cx: number, cy: number, r: number) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  const shoulders = (cx: number) => v >= 0.52 && v <= 0.8 && (u - cx) ** 2 / 0.03 + (v - 0.8) ** 2 / 0.08 <= 1;
  const bridge = v >= 0.44 && v <= 0.5 && u >= 0.34 && u <= 0.66;
  return circle(0.3, 0.36, 0.11) || circle(0.7, 0.36, 0.11) || shoulders(0.3) || shoulders(0.7) || bridge;
}

export function colorIcon(): Buffer {
  const size = 192;
  return encodePng(size, size, (x, y) => (onFigure((x + 0.5) / size, (y + 0.5) / size) ? WHITE : TEAL));
}

export function outlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, size, (x, y) => (onFigure((x + 0.5) / size, (y + 0.5) / size) ? WHITE : CLEAR));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  fs.writeFileSync(path.join(here, 'color.png'), colorIcon());
  fs.writeFileSync(path.join(here, 'outline.png'), outlineIcon());
  process.stdout.write('wrote manifest/color.png and manifest/outline.png\n');
}

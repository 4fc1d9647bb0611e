// Tables of everyday replies, written one a line as `what they sent => what the bot should understand`.
import { expect, it } from 'vitest';
import { labelOf, type LabelStep } from '../intake/reading-labels.js';

export function rows(block: string): [string, string][] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const at = line.lastIndexOf('=>');
      return [line.slice(0, at).trim(), line.slice(at + 2).trim()];
    });
}

/** One test per row at `step`, and a check that the table is as large as promised. */
export function table(step: LabelStep, block: string, atLeast: number): void {
  const all = rows(block);
  it(`has at least ${atLeast} replies (${all.length})`, () => {
    expect(all.length).toBeGreaterThanOrEqual(atLeast);
    expect(new Set(all.map(([text]) => text)).size, 'no reply twice').toBe(all.length);
  });
  it.each(all)('%j => %s', (text, label) => {
    expect(labelOf(step, text)).toBe(label);
  });
}

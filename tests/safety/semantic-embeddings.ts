// Sentence embeddings of labelled lines for the semantic layer's training and evaluation, cached on disk by text
// (the encoder is deterministic, and embedding ~1,700 lines takes a minute or two on a shared 2-core machine).
// The cache lives under node_modules/.cache, outside the repository; delete it to recompute.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadEncoder } from '../../bot/safety/semantic-encoder.js';
import type { Encoder } from '../../bot/safety/semantic-encoder.js';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/peer-connect-semantic/', import.meta.url));
const CACHE_FILE = `${CACHE_DIR}embeddings-v2.json`;

export interface CachedWindow {
  text: string;
  x: number[];
}

type Cache = Record<string, CachedWindow[]>;

const key = (text: string): string => createHash('sha256').update(text).digest('base64url');
/** Six decimals are ample for a logistic layer and keep the cache small and the training deterministic. */
const rounded = (v: Float32Array): number[] => Array.from(v, (x) => Math.round(x * 1e6) / 1e6);

let encoder: Promise<Encoder> | undefined;

/** Window embeddings of every text, in order; computed once and cached. */
export async function embedAll(texts: readonly string[], progress = false): Promise<CachedWindow[][]> {
  const cache: Cache = existsSync(CACHE_FILE) ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Cache) : {};
  let added = 0;
  const out: CachedWindow[][] = [];
  for (const [i, text] of texts.entries()) {
    const k = key(text);
    let windows = cache[k];
    if (windows === undefined) {
      encoder ??= loadEncoder();
      windows = (await (await encoder).embedWindows(text)).map((w) => ({ text: w.text, x: rounded(w.embedding) }));
      cache[k] = windows;
      added += 1;
      if (progress && added % 100 === 0)
        process.stderr.write(`  embedded ${added} new lines (${i + 1}/${texts.length})\n`);
    }
    out.push(windows);
  }
  if (added > 0) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(CACHE_FILE, JSON.stringify(cache));
  }
  return out;
}

/** The context layer's one embedding of each conversation text (its tail: see Encoder.tailOf); cached like the rest. */
export async function embedTails(texts: readonly string[], progress = false): Promise<number[][]> {
  const cache: Cache = existsSync(CACHE_FILE) ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Cache) : {};
  let added = 0;
  const out: number[][] = [];
  for (const [i, text] of texts.entries()) {
    const k = `tail:${key(text)}`;
    let windows = cache[k];
    if (windows === undefined) {
      encoder ??= loadEncoder();
      const model = await encoder;
      const [x] = await model.embed([model.tailOf(text)]);
      windows = [{ text: '', x: rounded(x ?? new Float32Array(0)) }];
      cache[k] = windows;
      added += 1;
      if (progress && added % 100 === 0)
        process.stderr.write(`  embedded ${added} new tails (${i + 1}/${texts.length})\n`);
    }
    out.push(windows[0]?.x ?? []);
  }
  if (added > 0) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(CACHE_FILE, JSON.stringify(cache));
  }
  return out;
}

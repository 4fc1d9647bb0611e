// One earlier or current message as the context rules read it: its canonical text (../rules/lexicon.ts canonicalOf)
// and its level alone. Each rule in this folder weighs one kind of picture across these reads.

import { classify } from '../classify.js';
import type { SafetyResult } from '../rules/lexicon.js';
import { canonicalOf } from '../rules/lexicon.js';

export interface Read {
  canonical: string;
  result: SafetyResult;
  /** An earlier message's result as it was read in its own context, when it came. */
  context?: SafetyResult;
  /** An earlier message the service raised an urgent alert for when it came: the alert's reasons. Every layer's
   * verdict counts there, the learned layers' that the rules here cannot see included. */
  alerted?: readonly string[];
}

/** An earlier message in the window: its text, or its text and the reasons of the urgent alert raised for it when it
 * came (the caller knows: bot/safety/recent.ts reads the person's safety events). */
export type Earlier = string | { text: string; alerted?: readonly string[] };

/** The text of an earlier message. */
export const earlierText = (m: Earlier): string => (typeof m === 'string' ? m : m.text);

/** Reported by ./classify.ts on a plain goodbye a learned layer read as urgent with no distress before it: a hold,
 * not a picture. */
export const HELD_GOODBYE = 'context-goodbye-without-distress';

/** What one context rule makes of the window: urgent, worth asking about, or nothing. */
export type Verdict = 'urgent' | 'ask' | 'none';

export const read = (text: string): Read => ({ canonical: canonicalOf(text), result: classify(text) });

/** A message's reading: an earlier one's as it was read in its own context when it came, else its reading alone. */
export const readingOf = (r: Read): SafetyResult => r.context ?? r.result;

/** Only the word model raised it (its reasons lead then: ../combine.ts): one such text does not colour a chat. */
export const modelLed = (result: SafetyResult): boolean => (result.reasons[0] ?? '').startsWith('model');

/** True when any message in the window shows the cue. */
export const seen = (reads: readonly Read[], cue: RegExp): boolean => reads.some((r) => cue.test(r.canonical));

// Reads a message with the person's recent messages before it, so what builds over several texts is seen: a goodbye
// after distress, means gathered and then a time or place, someone threatening who is now at the door, a scene at a
// place of danger, affairs put in order, voices that command. Pure and deterministic. A picture raises the level the
// message has alone only when the message being read carries part of it; apart from the pictures, an urgent text's
// danger stands under the texts after it until they say it passed or explain it (./standing.ts), and that reading keeps
// what the text says of its own. Each kind of picture is one rule in this folder. It lowers in one case only: a plain
// goodbye ("just wanted to say thanks for everything") that a learned layer alone reads as urgent, after earlier
// messages with no distress, is asked about instead (the lexicon's own urgent verdicts are never lowered).

import { classify, EVERYDAY_TOLD } from '../classify.js';
import type { SafetyResult } from '../rules/lexicon.js';
import { affairs } from './affairs.js';
import { continuing } from './continuing.js';
import { danger } from './danger.js';
import { FAREWELL_AFTER_DISTRESS, farewell, goodbyeAfterHelp, goodbyeWithoutGround } from './farewell.js';
import { actedOn, gathering } from './gathering.js';
import {
  earlierText,
  HELD_GOODBYE,
  modelLed,
  read,
  unexplainedReads,
  type Earlier,
  type Read,
  type Verdict,
} from './read.js';
import { canonicalOf } from '../rules/lexicon.js';
import { poisoned, starved, wounded } from './body.js';
import { scene } from './scene.js';
import { toldInTwo } from './split.js';
import { voices } from './voices.js';
import { everydayGround, lifeGoesOn } from './everyday.js';
import { gathered, lingering } from './lingering.js';
import { STANDING, standing, standingCase } from './standing.js';

export interface ContextResult extends SafetyResult {
  /** A real signal below urgent: ask the person gently whether they are safe right now. */
  ask: boolean;
  /** A plain goodbye with no distress before it: a learned layer that reads it as urgent may only ask (holdToAsking). */
  hold?: boolean;
  /** Urgent only because an earlier text in the window was and its danger still stands (./standing.ts): the reading
   * of this text without it. The alert and crisis reply for the earlier text have gone already, so the service acts
   * on this (bot/intake) and asks whether they are safe. */
  standing?: ContextResult;
}

const CONTINUING = 'context-danger-continuing';

/** A learned layer's urgent verdict on a held goodbye, turned into asking: the coordinators get the concern note and
 * the person is asked directly whether they are safe, and an answer that they are not is urgent. */
export function holdToAsking(result: SafetyResult): ContextResult {
  if (result.level !== 'urgent') return { ...result, ask: false, hold: true };
  const reasons = result.reasons.filter((id) => id !== HELD_GOODBYE);
  return { level: 'concern', reasons: [HELD_GOODBYE, ...reasons], ask: true, hold: true };
}

/** Concern reasons near enough to risk that the bot asks directly, even with nothing before them. */
const ASK_ALONE = new Set(['passive-hopelessness']);

/** Each rule with the reason it reports, in the order reasons are listed. */
const RULES: readonly { id: string; rule: (earlier: readonly Read[], all: readonly Read[], now: Read) => Verdict }[] = [
  { id: FAREWELL_AFTER_DISTRESS, rule: (earlier, _all, now) => farewell(earlier, now) },
  { id: 'context-means-gathered', rule: (_earlier, all, now) => gathering(all, now) },
  { id: 'context-means-used', rule: (earlier, _all, now) => actedOn(earlier, now) },
  { id: 'context-body-poisoned', rule: (_earlier, all, now) => poisoned(all, now) },
  { id: 'context-body-failing', rule: (earlier, _all, now) => starved(earlier, now) },
  { id: 'context-wound', rule: (_earlier, all, now) => wounded(all, now) },
  { id: 'context-danger-building', rule: (_earlier, all, now) => danger(all, now) },
  { id: 'context-danger-place', rule: (_earlier, all, now) => scene(all, now) },
  { id: 'context-affairs-in-order', rule: (_earlier, all, now) => affairs(all, now) },
  { id: 'context-voices-commanding', rule: (_earlier, all, now) => voices(all, now) },
  { id: CONTINUING, rule: (earlier, _all, now) => continuing(earlier, now) },
  { id: 'context-distress-lingering', rule: (earlier, _all, now) => lingering(earlier, now) },
  { id: 'context-worries-gathered', rule: (earlier, _all, now) => gathered(earlier, now) },
  { id: 'context-told-in-two', rule: (earlier, _all, now) => toldInTwo(earlier, now) },
];

/**
 * Classifies `text` with `recent`, the person's earlier messages in the window (oldest first, `text` not among
 * them; each with the reasons of the urgent alert it raised, where the caller knows). Staff messages are never read
 * this way: a coordinator's advice is not their crisis.
 */
export function classifyInContext(recent: readonly Earlier[], text: string): ContextResult {
  const alone = classify(text);
  // The word model's reasons lead when it alone raised the message (../combine.ts).
  if (alone.level === 'urgent' && !modelLed(alone)) return { ...alone, ask: false };
  const now = { text, canonical: canonicalOf(text), result: alone };
  return inContext(unexplainedReads(readsOf(recent), now), now);
}

/** What the standing reader (./standing.ts) would weigh for `text` after `recent`, when no picture makes it urgent:
 * for its training (tests/safety/train-standing.ts), which must see the cases exactly as the service does. */
export function standingCaseIn(recent: readonly Earlier[], text: string): ReturnType<typeof standingCase> {
  const now = { text, canonical: canonicalOf(text), result: classify(text) };
  const earlier = unexplainedReads(readsOf(recent), now);
  return pictured(earlier, now).level === 'urgent' ? undefined : standingCase(earlier, now);
}

/** Each earlier text as it was read when it came, in the light of the ones before it: a picture drawn over several
 * texts is then one a later text can carry on (./continuing.ts). */
function readsOf(recent: readonly Earlier[]): Read[] {
  const earlier: Read[] = [];
  for (const m of recent) {
    const text = earlierText(m);
    if (typeof text !== 'string' || text.trim() === '') continue;
    const r = read(text);
    // A danger standing from a text before is that text's: the earlier reads keep what each text drew itself.
    const context = inContext(unexplainedReads(earlier, r), r);
    const { alerted, flagged } = typeof m === 'string' ? {} : m;
    earlier.push({
      ...r,
      context: context.standing ?? context,
      ...(alerted ? { alerted } : {}),
      ...(flagged ? { flagged } : {}),
    });
  }
  return earlier;
}

/** The message `now` read with the earlier reads before it. */
function inContext(earlier: readonly Read[], now: Read): ContextResult {
  const result = pictured(earlier, now);
  if (result.level === 'urgent' || !standing(earlier, now)) return result;
  return { level: 'urgent', reasons: [STANDING, ...result.reasons], ask: false, standing: result };
}

/** The message `now` read with the earlier reads before it, by the pictures the rules draw. */
function pictured(earlier: readonly Read[], now: Read): ContextResult {
  const alone = now.result;
  if (alone.level === 'urgent' && !modelLed(alone)) return { ...alone, ask: false };
  const all = [...earlier, now];
  // Asking needs the earlier texts: a picture one text holds alone ("bought a new razor for shaving") asks nothing
  // the message alone did not.
  const verdict = (rule: (earlier: readonly Read[], all: readonly Read[], now: Read) => Verdict): Verdict => {
    const level = rule(earlier, all, now);
    return level === 'ask' && rule([], [now], now) !== 'none' ? 'none' : level;
  };
  const found = RULES.map(({ id, rule }) => ({ id, level: verdict(rule) })).filter((f) => f.level !== 'none');
  const named = found.filter((f) => f.level === 'urgent').map((f) => f.id);
  // Danger carried on is reported only when no picture of its own explains the message.
  const urgent = named.length > 1 ? named.filter((id) => id !== CONTINUING) : named;
  if (urgent.length > 0) return { level: 'urgent', reasons: [...urgent, ...alone.reasons], ask: false };
  const hold = goodbyeWithoutGround(earlier, now);
  // Only the learned layers raised it, and the texts before tell an everyday errand or a goodbye after help: marked
  // everyday, as classify() marks what the rules read as plainly everyday, so the sentence model may not raise it.
  if (
    alone.reasons.every((id) => id.startsWith('model')) &&
    (everydayGround(earlier, now) || goodbyeAfterHelp(earlier, now))
  ) {
    return { level: 'none', reasons: [EVERYDAY_TOLD], ask: false };
  }
  if (alone.level === 'urgent') return hold ? holdToAsking(alone) : { ...alone, ask: false };
  const asks = found.map((f) => f.id);
  const held = hold ? { hold } : {};
  // The newest text goes on with life in everyday words and no picture is drawn: no learned layer may raise it.
  if (asks.length === 0 && lifeGoesOn(earlier, now))
    return { level: 'none', reasons: [EVERYDAY_TOLD], ask: false, ...held };
  if (asks.length > 0) return { level: 'concern', reasons: [...asks, ...alone.reasons], ask: true, ...held };
  return { ...alone, ask: alone.level === 'concern' && alone.reasons.some((id) => ASK_ALONE.has(id)), ...held };
}

// High-recall layer: risk vocabulary anywhere in a sentence, weighed by who it is about and whether a wish, intent,
// plan or time goes with it. It catches phrasings the category rules never listed ("dying is all I think about").

import { rx } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { NEGATED_BEFORE, PAST_IN_SENTENCE, PRESENT_IN_SENTENCE, URGES_RESISTED } from './negations.js';

/** Stable reason ids reported by this layer. */
export const BROAD_REASONS = {
  /** Risk word about the sender with a wish, intent, plan or time: urgent. */
  intent: 'risk-intent',
  /** Risk word about the sender with nothing else: concern. */
  word: 'risk-word',
  /** Risk word in a sentence about the past: concern. */
  past: 'risk-past',
  /** Someone else wanting to die or harm themselves: concern. */
  others: 'others-at-risk',
  /** "I'm going to do it tonight" alongside distress: urgent. */
  vagueAct: 'intent-with-distress',
} as const;

// Idioms are already removed (idioms.ts), so what is left of these words is taken at face value. "died" is left out:
// past-tense stories about pets, plants and relatives are ordinary.
const RISK_TERM = rx(
  `\\b${alt(
    'die',
    'dying',
    'death',
    'dead',
    'suicid[a-z]*',
    '(?:kill|killing) (?:myself|my self)',
    'unalive',
    'overdos(?:e|ing)',
    'od',
    'self harm[a-z]*',
    '(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|hang|hanging|drown|drowning|poison|poisoning) (?:myself|my self)',
    '(?:end|ending) (?:it|it all|things|everything|my life|me)(?! (?:there|here|for (?:now|today)|early|now|with|on|at|soon|quickly|off|up)\\b)',
    'not (?:be )?(?:alive|exist|existing)',
    'stop existing',
    'disappear (?:forever|for good|permanently)',
    'gone (?:forever|for good)',
    'never wake up',
    'not wake up',
    'ligature',
    'slit my',
  )}\\b`,
);

// A possessive or article before "death" makes it someone else's ("mums death", "the death of").
const OTHERS_DEATH = /(?:\b[a-z]+s|\bhis|\bher|\btheir|\bthe|\ba|\byour) $/;

// Wish, intent, plan, a time soon, rumination or finality anywhere in the sentence.
const CUE = rx(
  `\\b${alt(
    'want',
    'wanted',
    'wanting',
    'wish',
    'wishing',
    'hope',
    'hoping',
    'pray',
    'going to',
    'will',
    'plan',
    'plans',
    'planning',
    'planned',
    'ready',
    'decided',
    'need to',
    'about to',
    'tempted',
    'urges?',
    'thinking',
    'think about',
    'thoughts? (?:of|about)',
    'keeps?',
    'kept',
    'talking about',
    'obsess[a-z]*',
    'fantasi[sz][a-z]*',
    'longing',
    'tonight',
    'today',
    'now',
    'soon',
    'this weekend',
    'tomorrow',
    'only (?:way|option|answer|choice)',
    'relief',
    'at peace',
    'peaceful',
    'deserve',
    'should',
    'cannot stop',
    'better off',
    'easier',
    'welcome',
  )}\\b`,
  '',
);

// The nearest subject before the risk word decides whom it is about; a sentence with none is taken as the sender's
// own (texts drop the "I": "wanna die", "ending it tonight").
const SUBJECT = rx(
  `\\b(?:(i|me|myself|my self)|(he|she|they|him|her|them|it|someone|somebody|my [a-z]+|his [a-z]+|her [a-z]+))\\b`,
);

// A vague act ("do it", "go through with it") with a time, decision or readiness: urgent only next to distress.
const VAGUE_ACT = rx(
  `\\b${alt(
    '(?:going to|will|ready to|decided to|about to|planning to|want to|need to) (?:just )?(?:do it|go through with it|do something about it|finish it|finish things|do something (?:tonight|today|now|soon))(?! (?:for|with|to|off)\\b)',
    '(?:got|have) (?:all )?(?:the |everything )?(?:stuff|things|everything) i need(?= \\.| $| now)',
    'it is (?:happening|going to happen) (?:tonight|today|tomorrow|this weekend)(?= \\.| $)',
    'when i (?:will|am going to) do it',
    'i am ready(?= \\.| $| now| to go)',
    'tonight is the night',
    'it is time(?= \\.| $)',
  )}\\b`,
  '',
);

// Urges or thoughts held off ("thoughts of hurting myself but i never act on them") are a concern, not intent.
const URGES_HELD_OFF = rx(URGES_RESISTED, '');

type Who = 'self' | 'other';

/** Walks the subjects of one sentence left to right, so each risk word costs only the text since the last one. */
class SubjectCursor {
  private who: Who = 'self';
  private next: RegExpExecArray | null;

  constructor(private readonly sentence: string) {
    SUBJECT.lastIndex = 0;
    this.next = SUBJECT.exec(sentence);
  }

  before(index: number): Who {
    while (this.next !== null && this.next.index < index) {
      this.who = this.next[1] ? 'self' : 'other';
      this.next = SUBJECT.exec(this.sentence);
    }
    return this.who;
  }
}

export interface BroadFindings {
  urgent: string[];
  concern: string[];
}

/**
 * Scans canonical, idiom-free text sentence by sentence. `hasConcern` says whether the category rules found any
 * distress, which turns a vague act ("I'll do it tonight") urgent.
 */
export function broadScan(canonical: string, hasConcern: boolean): BroadFindings {
  const urgent = new Set<string>();
  const concern = new Set<string>();
  scan: for (const sentence of canonical.split(' . ')) {
    const subjects = new SubjectCursor(sentence);
    let cue: boolean | undefined;
    let resisted: boolean | undefined;
    RISK_TERM.lastIndex = 0;
    for (let m = RISK_TERM.exec(sentence); m !== null; m = RISK_TERM.exec(sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      if (NEGATED_BEFORE.test(before)) continue;
      if (m[0] === 'death' && OTHERS_DEATH.test(before)) continue;
      const who = subjects.before(m.index);
      cue ??= CUE.test(sentence);
      if (who === 'other') {
        // "my dad is dying" is ordinary news; "my friend wants to die" is a worry for someone else.
        if (cue && !/^(?:dead|death)$/.test(m[0])) concern.add(BROAD_REASONS.others);
        continue;
      }
      if (PAST_IN_SENTENCE.test(sentence) && !PRESENT_IN_SENTENCE.test(sentence)) concern.add(BROAD_REASONS.past);
      else if (cue && !(resisted ??= URGES_HELD_OFF.test(sentence))) {
        urgent.add(BROAD_REASONS.intent);
        // Nothing later can raise the level further.
        break scan;
      } else concern.add(BROAD_REASONS.word);
      // Cue and tense are properties of the sentence: more words about the sender here would decide the same.
      break;
    }
  }
  VAGUE_ACT.lastIndex = 0;
  if (VAGUE_ACT.test(canonical) && (hasConcern || concern.size > 0)) urgent.add(BROAD_REASONS.vagueAct);
  return { urgent: [...urgent], concern: [...concern] };
}

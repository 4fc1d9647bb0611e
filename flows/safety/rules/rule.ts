// The rule shape for the safety lexicon and the helpers rules are written with. Patterns are regex sources over
// normalised text (see ../normalise.ts), written in ordinary spelling; they are squeezed when compiled so "kill" also
// matches "kiiiill". The word lists rules share live in ../vocabulary/.

import { squeezePattern } from '../normalise.js';

export type RuleLevel = 'urgent' | 'concern';

export interface Rule {
  /** Stable id, reported as the reason. */
  id: string;
  level: RuleLevel;
  /** Regex source over normalised text. */
  pattern: string;
  /** A negation just before the match ("I'm not suicidal", "I would never hurt myself") cancels that match only. */
  negatable?: boolean;
  /** Reason reported at concern level when the match is about the past ("used to", "years ago") and not now. */
  past?: string;
  /** Regex source over the whole normalised message: when it matches, the rule does not fire (an everyday sense). */
  unless?: string;
  /**
   * Words (in canonical spelling) of which every match contains at least one. The rule is skipped when the message
   * has none of them, which keeps the many indirect-phrasing rules cheap on long ordinary messages.
   */
  gate?: readonly string[];
}

export interface CompiledRule extends Rule {
  regex: RegExp;
  unlessRegex?: RegExp;
  gateWords?: ReadonlySet<string>;
}

/** Compiles a lexicon source: squeezed like the text it runs over. */
export function rx(source: string, flags = 'g'): RegExp {
  return new RegExp(squeezePattern(source), flags);
}

export function compile(rules: readonly Rule[]): CompiledRule[] {
  return rules.map((rule) => ({
    ...rule,
    regex: rx(rule.pattern),
    ...(rule.unless === undefined ? {} : { unlessRegex: rx(rule.unless, '') }),
    ...(rule.gate === undefined ? {} : { gateWords: new Set(rule.gate.map((word) => squeezePattern(word))) }),
  }));
}

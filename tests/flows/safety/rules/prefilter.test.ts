// The rule prefilter may only skip a rule whose regex cannot match: checked literal by literal on small patterns, and
// against every rule and idiom over the labelled sets (a skipped rule that would have matched is a missed crisis).
import { describe, expect, it } from 'vitest';
import { canonicalOf } from '../../../../flows/safety/rules/lexicon.js';
import { CONCERN_RULES } from '../../../../flows/safety/rules/concern.js';
import { URGENT_RULES } from '../../../../flows/safety/rules/urgent.js';
import { compile } from '../../../../flows/safety/rules/rule.js';
import { requiredLiterals } from '../../../../flows/safety/rules/literals.js';
import { normalise } from '../../../../flows/safety/normalise.js';
import { RulePrefilter } from '../../../../flows/safety/rules/prefilter.js';
import { loadTuningSet, setPath } from '../../../safety/tune.js';

describe('requiredLiterals', () => {
  it.each([
    ['\\b(?:a |the )?rope\\b', [['rope']]],
    [
      '\\bkil(?:ing|ed|s)? (?:myself|my self)\\b',
      [
        [
          'kil myself',
          'kil my self',
          'kils myself',
          'kiled myself',
          'kiling myself',
          'kils my self',
          'kiled my self',
          'kiling my self',
        ],
      ],
    ],
    ['\\b(?:want|ned) to [a-z]+ it\\b', [['want to ', 'ned to '], [' it']]],
    ['\\b(?:pils?|tablets?) now', [['pil now', 'pils now', 'tablet now', 'tablets now']]],
  ])('%s', (source, expected) => {
    const sorted = (lists: string[][]) => lists.map((l) => [...l].sort());
    expect(sorted(requiredLiterals(new RegExp(source, 'g')))).toEqual(sorted(expected));
  });

  it.each(['ab?', 'x*', '[^.]{0,5}', '.+', '(?<name>ab)', '(ab)\\1', 'a|bc'])('proves nothing for %s', (source) => {
    expect(requiredLiterals(new RegExp(source, 'g'))).toEqual([]);
  });

  it('gives up on flags it does not model', () => {
    expect(requiredLiterals(/rope/gi)).toEqual([]);
  });
});

describe('RulePrefilter', () => {
  const rules = compile([...URGENT_RULES, ...CONCERN_RULES]);
  const gates = rules.map((rule) => rule.gateWords);
  const prefilter = new RulePrefilter(
    rules.map((rule) => rule.regex),
    gates,
  );
  const texts = ['tuning-set.tsv', 'blind-3.tsv', 'blind-4.tsv', 'blind-5.tsv', 'blind-6.tsv'].flatMap((name) =>
    loadTuningSet(setPath(name)).map((m) => m.text),
  );

  it('keeps its automaton within 16-bit states, or its table doubles in every process that reads messages', () => {
    expect(prefilter.states).toBeGreaterThan(1000);
    expect(prefilter.states).toBeLessThanOrEqual(0x10000);
  });

  it('never closes a rule whose regex matches, and applies gates exactly', () => {
    for (const text of texts) {
      for (const canonical of [canonicalOf(text), normalise(text)]) {
        const open = prefilter.open(canonical);
        const words = new Set(canonical.split(' '));
        rules.forEach((rule, i) => {
          rule.regex.lastIndex = 0;
          const gateOk = rule.gateWords === undefined || [...rule.gateWords].some((w) => words.has(w));
          if (rule.regex.test(canonical) && gateOk)
            expect({ rule: rule.id, text, open: open[i] }).toEqual({ rule: rule.id, text, open: 1 });
          if (!gateOk) expect(open[i]).toBe(0);
        });
      }
    }
    // Every rule against some 2,000 messages twice: seconds alone, longer beside the rest of the suite.
  }, 120_000);
});

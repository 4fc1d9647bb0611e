// One pass over a message that tells which lexicon rules can possibly match it, so the other rule regexes (most of
// the ~280 on an ordinary long message) are never run. Each rule's regex is reduced at load to literal strings one of
// which every match must contain (literals.ts); a trie of all of them is walked once from every position of the text.
// A rule is skipped only when none of its literals occurs anywhere in the text, so it could not have matched.

import { requiredLiterals } from './literals.js';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Rules opened when the walk reaches this node: the literal ending here is required by them. */
  rules: number[];
}

const node = (): TrieNode => ({ next: new Map(), rules: [] });

export class RulePrefilter {
  private readonly root = node();
  /** Rules whose regex yields no literal requirement: always run. */
  private readonly alwaysOpen: number[] = [];
  private readonly size: number;

  constructor(regexes: readonly RegExp[]) {
    this.size = regexes.length;
    regexes.forEach((regex, index) => {
      const literals = requiredLiterals(regex);
      if (literals === null || literals.includes('')) {
        this.alwaysOpen.push(index);
        return;
      }
      for (const literal of literals) this.insert(literal, index);
    });
  }

  private insert(literal: string, rule: number): void {
    let at = this.root;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let next = at.next.get(code);
      if (next === undefined) {
        next = node();
        at.next.set(code, next);
      }
      at = next;
    }
    if (!at.rules.includes(rule)) at.rules.push(rule);
  }

  /** Per rule index, 1 when the rule's regex may match `text` and 0 when it certainly cannot. */
  open(text: string): Uint8Array {
    const open = new Uint8Array(this.size);
    for (const rule of this.alwaysOpen) open[rule] = 1;
    const root = this.root;
    for (let start = 0; start < text.length; start++) {
      let at = root.next.get(text.charCodeAt(start));
      for (let i = start + 1; at !== undefined; i++) {
        for (const rule of at.rules) open[rule] = 1;
        if (i >= text.length) break;
        at = at.next.get(text.charCodeAt(i));
      }
    }
    return open;
  }
}

// One pass over a message that tells which lexicon rules can possibly match it, so the other rule regexes (most of
// the ~280 on an ordinary long message) are never run. Each rule's regex is reduced at load to literal strings one of
// which every match must contain (literals.ts); an Aho-Corasick automaton over all of them reads the text once.
// A rule is skipped only when none of its literals occurs anywhere in the text, so it could not have matched.

import { requiredLiterals } from './literals.js';

/**
 * Literals are cut to this many characters: a prefix of a required string is still required, and the cut keeps the
 * automaton small (tens of thousands of states) while staying selective enough on ordinary text.
 */
const MAX_LITERAL = 16;
/** Only ASCII is indexed; a rule with any other character in a literal is always run. */
const ASCII = 128;

export class RulePrefilter {
  private readonly size: number;
  private readonly alwaysOpen: number[] = [];
  /** Character code → column of the transition table, or -1 when no literal uses it (the walk restarts). */
  private readonly column = new Int16Array(ASCII).fill(-1);
  private readonly width: number;
  /** Dense transitions, state * width + column → next state: one lookup per character of the text. */
  private readonly next: Uint32Array;
  /** Rules whose literal ends at each state, and the nearest shorter suffix state that ends a literal (or -1). */
  private readonly rules: number[][];
  private readonly outputLink: Int32Array;
  /** Per state, the last call that already reported it, so each state's rules are reported once per message. */
  private readonly seen: Uint32Array;
  private call = 0;

  constructor(regexes: readonly RegExp[]) {
    this.size = regexes.length;
    const literals = regexes.map((regex, index) => {
      const found = requiredLiterals(regex);
      const usable = found !== null && found.every((l) => l !== '' && [...l].every((c) => c.charCodeAt(0) < ASCII));
      if (!usable) this.alwaysOpen.push(index);
      return usable ? found.map((l) => l.slice(0, MAX_LITERAL)) : [];
    });
    for (const list of literals) for (const l of list) for (const c of l) this.column[c.charCodeAt(0)] = 0;
    let width = 0;
    for (let code = 0; code < ASCII; code++) if (this.column[code] === 0) this.column[code] = width++;
    this.width = width;

    // The trie, as child tables per state; state 0 is the root.
    const children: Int32Array[] = [new Int32Array(width).fill(-1)];
    this.rules = [[]];
    literals.forEach((list, rule) => {
      for (const literal of list) {
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const col = this.column[literal.charCodeAt(i)] ?? -1;
          const row = children[state] ?? new Int32Array(0);
          let child = row[col] ?? -1;
          if (child === -1) {
            child = children.length;
            row[col] = child;
            children.push(new Int32Array(width).fill(-1));
            this.rules.push([]);
          }
          state = child;
        }
        const ending = this.rules[state] ?? [];
        if (!ending.includes(rule)) ending.push(rule);
      }
    });

    // Breadth-first: failure links, the complete transition table and the output links.
    const states = children.length;
    this.next = new Uint32Array(states * width);
    this.outputLink = new Int32Array(states).fill(-1);
    this.seen = new Uint32Array(states);
    const fail = new Int32Array(states);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const row = children[state] ?? new Int32Array(0);
      for (let col = 0; col < width; col++) {
        const child = row[col] ?? -1;
        const fallback = state === 0 ? 0 : (this.next[(fail[state] ?? 0) * width + col] ?? 0);
        if (child === -1) {
          this.next[state * width + col] = fallback;
          continue;
        }
        this.next[state * width + col] = child;
        fail[child] = fallback;
        this.outputLink[child] = (this.rules[fallback]?.length ?? 0) > 0 ? fallback : (this.outputLink[fallback] ?? -1);
        queue.push(child);
      }
    }
  }

  /** Per rule index, 1 when the rule's regex may match `text` and 0 when it certainly cannot. */
  open(text: string): Uint8Array {
    const open = new Uint8Array(this.size);
    for (const rule of this.alwaysOpen) open[rule] = 1;
    const { column, next, width, seen, outputLink, rules } = this;
    const call = ++this.call;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const col = code < ASCII ? (column[code] ?? -1) : -1;
      if (col === -1) {
        state = 0;
        continue;
      }
      state = next[state * width + col] ?? 0;
      // Report this state and every literal that ends here as a suffix, stopping at states already reported.
      for (let s = state; s > 0 && seen[s] !== call; s = outputLink[s] ?? -1) {
        seen[s] = call;
        for (const rule of rules[s] ?? []) open[rule] = 1;
      }
    }
    return open;
  }
}

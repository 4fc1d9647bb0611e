// One pass over a message that tells which lexicon rules can possibly match it, so the other rule regexes (most of
// the ~280 on an ordinary long message) are never run. Each rule's regex is reduced at load to groups of literal
// strings, every match containing a string of each group (literals.ts); an Aho-Corasick automaton over all of them
// reads the text once. A rule is skipped only when some group of it has no string anywhere in the text, so it could
// not have matched. A rule's gate (words of which the message must contain one) is checked exactly in the same pass.

import { requiredLiterals } from './literals.js';

/**
 * Literals are cut to this many characters: a prefix of a required string is still required, and the cut keeps the
 * automaton small (tens of thousands of states) while staying selective enough on ordinary text.
 */
const MAX_LITERAL = 16;
/** Only ASCII is indexed; a rule with any other character in a literal is always run. */
const ASCII = 128;
const SPACE = 32;

export class RulePrefilter {
  /** Per rule, the ids of its literal groups; an empty list means the rule always runs. */
  private readonly ruleGroups: number[][];
  private readonly groupCount: number;
  /** Character code → column of the transition table, or -1 when no literal uses it (the walk restarts). */
  private readonly column = new Int16Array(ASCII).fill(-1);
  private readonly width: number;
  /** Dense transitions, state * width + column → next state: one lookup per character of the text. */
  private readonly next: Uint32Array;
  /** Groups whose literal ends at each state, and the nearest shorter suffix state that ends a literal (or -1). */
  private readonly groups: number[][];
  private readonly outputLink: Int32Array;
  /** Per state, the last call that already reported it, so each state's rules are reported once per message. */
  private readonly seen: Uint32Array;
  private call = 0;

  /**
   * `gates[i]`, when given, must hold only non-empty printable ASCII words without spaces: rule i is then open only
   * when one of them is a whole space-separated token of the text, exactly as `text.split(' ')` would find it.
   */
  constructor(regexes: readonly RegExp[], gates: readonly (ReadonlySet<string> | undefined)[] = []) {
    const groupIds = new Map<string, number>();
    const groupLiterals: string[][] = [];
    const groupOf = (literals: string[]): number => {
      const key = literals.join('\u0000');
      let id = groupIds.get(key);
      if (id === undefined) {
        id = groupLiterals.length;
        groupIds.set(key, id);
        groupLiterals.push(literals);
      }
      return id;
    };
    this.ruleGroups = regexes.map((regex, rule) => {
      const ids: number[] = [];
      for (const group of requiredLiterals(regex)) {
        // Dropping a group only weakens the filter, so one that cannot be indexed is simply left out.
        if (!group.every((l) => l !== '' && [...l].every((c) => c.charCodeAt(0) < ASCII))) continue;
        ids.push(groupOf([...new Set(group.map((l) => l.slice(0, MAX_LITERAL)))].sort()));
      }
      const gate = gates[rule];
      if (gate !== undefined) {
        if (![...gate].every((w) => /^[\x21-\x7e]+$/.test(w))) throw new Error('gate words must be printable ASCII');
        // Whole tokens, not cut: the text is read as if it had a space at each end.
        ids.push(groupOf([...gate].map((w) => ` ${w} `).sort()));
      }
      return ids;
    });
    this.groupCount = groupLiterals.length;
    this.column[SPACE] = 0;
    for (const list of groupLiterals) for (const l of list) for (const c of l) this.column[c.charCodeAt(0)] = 0;
    let width = 0;
    for (let code = 0; code < ASCII; code++) if (this.column[code] === 0) this.column[code] = width++;
    this.width = width;

    // The trie, as child tables per state; state 0 is the root.
    const children: Int32Array[] = [new Int32Array(width).fill(-1)];
    this.groups = [[]];
    groupLiterals.forEach((list, group) => {
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
            this.groups.push([]);
          }
          state = child;
        }
        const ending = this.groups[state] ?? [];
        if (!ending.includes(group)) ending.push(group);
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
        this.outputLink[child] =
          (this.groups[fallback]?.length ?? 0) > 0 ? fallback : (this.outputLink[fallback] ?? -1);
        queue.push(child);
      }
    }
  }

  /** Per rule index, 1 when the rule's regex may match `text` and 0 when it certainly cannot. */
  open(text: string): Uint8Array {
    const found = new Uint8Array(this.groupCount);
    const { column, next, width, seen, outputLink, groups } = this;
    const call = ++this.call;
    let state = 0;
    // Positions -1 and text.length are the virtual spaces at either end.
    for (let i = -1; i <= text.length; i++) {
      const code = i === -1 || i === text.length ? SPACE : text.charCodeAt(i);
      const col = code < ASCII ? (column[code] ?? -1) : -1;
      if (col === -1) {
        state = 0;
        continue;
      }
      state = next[state * width + col] ?? 0;
      // Report this state and every literal that ends here as a suffix, stopping at states already reported.
      for (let s = state; s > 0 && seen[s] !== call; s = outputLink[s] ?? -1) {
        seen[s] = call;
        for (const group of groups[s] ?? []) found[group] = 1;
      }
    }
    const open = new Uint8Array(this.ruleGroups.length);
    this.ruleGroups.forEach((ids, rule) => {
      open[rule] = ids.every((id) => found[id] === 1) ? 1 : 0;
    });
    return open;
  }
}

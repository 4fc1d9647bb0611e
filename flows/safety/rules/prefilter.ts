// One pass over a message that tells which lexicon rules can possibly match it, so the other rule regexes (most of
// the ~280 on an ordinary long message) are never run. Each rule's regex is reduced at load to groups of literal
// strings, every match containing a string of each group (literals.ts); an Aho-Corasick automaton over all of them
// reads the text once. A rule is skipped only when some group of it has no string anywhere in the text, so it could
// not have matched. A rule's gate (words of which the message must contain one) is checked exactly in the same pass.

import { requiredLiterals } from './literals.js';

/**
 * Literals are cut to this many characters: a prefix of a required string is still required, and the cut keeps the
 * automaton small (tens of thousands of states) while staying selective enough on ordinary text. 14 since the
 * twentieth round (16 before): at 16 its rules took the automaton past 65,536 states, which doubles the transition
 * table (32-bit states) in every process and thread that reads messages, +21 MB of peak RSS in the benchmark; at 14 it
 * has about 54,600 states, and the lexicon's timings did not move.
 */
const MAX_LITERAL = 14;
/** Only ASCII is indexed; a rule with any other character in a literal is always run. */
const ASCII = 128;
const SPACE = 32;

export class RulePrefilter {
  /** Per rule, the ids of its literal groups (rule r's are ruleGroupIds[ruleStart[r] .. ruleStart[r + 1]]); none means
   * the rule always runs. Flat typed arrays: the walk below reads them for every message. */
  private readonly ruleStart: Int32Array;
  private readonly ruleGroupIds: Int32Array;
  private readonly groupCount: number;
  /** Character code → column of the transition table, or -1 when no literal uses it (the walk restarts). */
  private readonly column = new Int16Array(ASCII).fill(-1);
  private readonly width: number;
  /** Dense transitions, state * width + column → next state: one lookup per character of the text. 16 bits a state
   * while the states fit (they do): half the memory the walk reads from at random. */
  private readonly next: Uint16Array | Uint32Array;
  /** Groups whose literal ends at each state (state s's are stateGroupIds[stateStart[s] .. stateStart[s + 1]]), and
   * the nearest shorter suffix state that ends a literal (or -1). */
  private readonly stateStart: Int32Array;
  private readonly stateGroupIds: Int32Array;
  private readonly outputLink: Int32Array;
  /** 1 where a state reports anything: it ends a literal, or a shorter suffix of it does. */
  private readonly reports: Uint8Array;
  /** Per state, the last call that already reported it, so each state's rules are reported once per message. */
  private readonly seen: Uint32Array;
  private call = 0;

  /** How many states the automaton has: at most 65,536 keeps its transition table in 16 bits. */
  get states(): number {
    return this.seen.length;
  }

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
    const ruleGroups = regexes.map((regex, rule) => {
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
    [this.ruleStart, this.ruleGroupIds] = flat(ruleGroups);
    this.groupCount = groupLiterals.length;
    this.column[SPACE] = 0;
    for (const list of groupLiterals) for (const l of list) for (const c of l) this.column[c.charCodeAt(0)] = 0;
    let width = 0;
    for (let code = 0; code < ASCII; code++) if (this.column[code] === 0) this.column[code] = width++;
    this.width = width;

    // The trie, as one table (state * width + column → child, or -1) grown as needed; state 0 is the root.
    let trie = new Int32Array(1024 * width).fill(-1);
    const groups: number[][] = [[]];
    groupLiterals.forEach((list, group) => {
      for (const literal of list) {
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const cell = state * width + (this.column[literal.charCodeAt(i)] ?? -1);
          let child = trie[cell] ?? -1;
          if (child === -1) {
            child = groups.length;
            groups.push([]);
            if ((child + 1) * width > trie.length) {
              const grown = new Int32Array(trie.length * 2).fill(-1);
              grown.set(trie);
              trie = grown;
            }
            trie[cell] = child;
          }
          state = child;
        }
        const ending = groups[state] ?? [];
        if (!ending.includes(group)) ending.push(group);
      }
    });

    // The states numbered breadth-first (order[new] = trie state), so the shallow ones, where a walk over ordinary
    // text spends most of its steps, sit together at the start of the table (megabytes in all) and stay in the
    // processor's cache. Breadth-first is also the order the failure links are built in below.
    const states = groups.length;
    const order = new Int32Array(states);
    const renumbered = new Int32Array(states);
    for (let head = 0, tail = 1; head < tail; head++) {
      const row = (order[head] ?? 0) * width;
      for (let col = 0; col < width; col++) {
        const child = trie[row + col] ?? -1;
        if (child === -1) continue;
        renumbered[child] = tail;
        order[tail++] = child;
      }
    }

    // Failure links, the complete transition table and the output links, state by state breadth-first.
    this.next = states <= 0x10000 ? new Uint16Array(states * width) : new Uint32Array(states * width);
    this.outputLink = new Int32Array(states).fill(-1);
    this.seen = new Uint32Array(states);
    const ends = Array.from(order, (old) => groups[old] ?? []);
    const fail = new Int32Array(states);
    for (let state = 0; state < states; state++) {
      const row = (order[state] ?? 0) * width;
      for (let col = 0; col < width; col++) {
        const old = trie[row + col] ?? -1;
        const fallback = state === 0 ? 0 : (this.next[(fail[state] ?? 0) * width + col] ?? 0);
        if (old === -1) {
          this.next[state * width + col] = fallback;
          continue;
        }
        const child = renumbered[old] ?? 0;
        this.next[state * width + col] = child;
        fail[child] = fallback;
        this.outputLink[child] = (ends[fallback]?.length ?? 0) > 0 ? fallback : (this.outputLink[fallback] ?? -1);
      }
    }
    [this.stateStart, this.stateGroupIds] = flat(ends);
    this.reports = Uint8Array.from(ends, (g, state) => (g.length > 0 || this.outputLink[state] !== -1 ? 1 : 0));
  }

  /** Per rule index, 1 when the rule's regex may match `text` and 0 when it certainly cannot. */
  open(text: string): Uint8Array {
    const found = new Uint8Array(this.groupCount);
    const { column, next, width, seen, outputLink, reports, stateStart, stateGroupIds } = this;
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
      if (reports[state] === 0) continue;
      // Report this state and every literal that ends here as a suffix, stopping at states already reported.
      for (let s = state; s > 0 && seen[s] !== call; s = outputLink[s] ?? -1) {
        seen[s] = call;
        const end = stateStart[s + 1] ?? 0;
        for (let k = stateStart[s] ?? 0; k < end; k++) found[stateGroupIds[k] ?? 0] = 1;
      }
    }
    const { ruleStart, ruleGroupIds } = this;
    const rules = ruleStart.length - 1;
    const open = new Uint8Array(rules);
    for (let rule = 0; rule < rules; rule++) {
      const end = ruleStart[rule + 1] ?? 0;
      let k = ruleStart[rule] ?? 0;
      while (k < end && found[ruleGroupIds[k] ?? 0] === 1) k++;
      open[rule] = k === end ? 1 : 0;
    }
    return open;
  }
}

/** Lists of numbers as one flat array and where each list starts in it (list i is values[start[i] .. start[i + 1]]). */
function flat(lists: readonly (readonly number[])[]): [start: Int32Array, values: Int32Array] {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = (start[i] ?? 0) + list.length));
  return [start, Int32Array.from(lists.flat())];
}

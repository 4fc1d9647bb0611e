// Finds, for a compiled rule regex, sets of literal strings such that every match contains at least one string from
// each set, so the lexicon can skip a rule whose regex cannot possibly match without running it over a long message.
// The analysis only ever over-approximates what a regex can match (anything it does not understand yields "no
// requirement"), so a skipped rule is one whose regex would have found nothing: results never change, only the time.

/** Largest finite set of strings tracked for one sub-pattern before giving up on enumerating it. */
const LIMIT = 64;

interface Info {
  /** Every string the node can match, when that is a small finite set; null when unknown or too many. */
  exact: Set<string> | null;
  /** Sets of strings: every match contains one string of each set. Empty when nothing is required. */
  required: Set<string>[];
}

class Unsupported extends Error {}

const NONE: Info = { exact: null, required: [] };
const EMPTY: Info = { exact: new Set(['']), required: [] };
const DIGITS = '0123456789';

/** Keeps the strings that contain no other member: containing "a rope" already implies containing "rope". */
function minimal(set: Set<string>): Set<string> {
  const sorted = [...set].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of sorted) if (!out.some((o) => s.includes(o))) out.push(s);
  return new Set(out);
}

/** How selective a requirement is: longer shortest strings are rarer in ordinary text. */
function score(set: Set<string> | null): number {
  if (set === null || set.size === 0) return -1;
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min * 1000 - set.size;
}

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  return score(b) > score(a) ? b : a;
}

/** The most selective single requirement of a node, or null. */
function best(info: Info): Set<string> | null {
  let out = fromExact(info.exact);
  for (const set of info.required) out = better(out, set);
  return out;
}

/** A requirement from an exact set, valid only when no member is empty. */
function fromExact(exact: Set<string> | null): Set<string> | null {
  if (exact === null || exact.has('')) return null;
  return minimal(exact);
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.pos !== this.src.length) throw new Unsupported(`stray ${this.src[this.pos]}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] ?? NONE;
    let exact: Set<string> | null = new Set();
    // A match takes one branch, so it contains a string of the union of one requirement per branch.
    let union: Set<string> | null = new Set();
    for (const b of branches) {
      exact =
        exact !== null && b.exact !== null && exact.size + b.exact.size <= LIMIT
          ? new Set([...exact, ...b.exact])
          : null;
      const own = best(b);
      union = union !== null && own !== null ? new Set([...union, ...own]) : null;
    }
    return { exact, required: union === null ? [] : [minimal(union)] };
  }

  private sequence(): Info {
    // A match contains a match of every item, so every item's requirements hold for the whole sequence.
    const required: Set<string>[] = [];
    const flush = (run: Set<string>) => {
      const set = fromExact(run);
      if (set !== null) required.push(set);
    };
    // The product of the consecutive enumerable items seen so far: "(?:a |the )?rope" gives {"a rope", "the rope", "rope"}.
    let run = new Set(['']);
    let whole: Set<string> | null = new Set(['']);
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const item = this.quantified();
      required.push(...item.required);
      whole = whole !== null && item.exact !== null ? product(whole, item.exact) : null;
      const next = item.exact === null ? null : product(run, item.exact);
      if (next !== null) {
        run = next;
        continue;
      }
      flush(run);
      run = item.exact ?? new Set(['']);
    }
    flush(run);
    return { exact: whole, required };
  }

  private quantified(): Info {
    const atom = this.atom();
    const m = /^(?:([?*+])|\{(\d+)(,(\d*))?\})(\??)/.exec(this.src.slice(this.pos));
    if (m === null) return atom;
    this.pos += m[0].length;
    const min = m[1] === '+' ? 1 : m[1] !== undefined ? 0 : Number(m[2]);
    const max =
      m[1] === '?' ? 1 : m[1] !== undefined ? Infinity : m[3] === undefined ? min : m[4] ? Number(m[4]) : Infinity;
    if (max === 0) return EMPTY;
    if (min === 0) {
      const exact = max === 1 && atom.exact !== null ? new Set([...atom.exact, '']) : null;
      return { exact, required: [] };
    }
    const own = fromExact(atom.exact);
    return {
      exact: min === 1 && max === 1 ? atom.exact : null,
      required: own === null ? atom.required : [...atom.required, own],
    };
  }

  private atom(): Info {
    const c = this.src[this.pos++];
    if (c === undefined) throw new Unsupported('end');
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return NONE;
    if (c === '\\') {
      const e = this.src[this.pos++] ?? '';
      if (e === 'b' || e === 'B') return EMPTY;
      if (e === 'd') return { exact: new Set(DIGITS), required: [] };
      if (/^[wWsSD]$/.test(e)) return NONE;
      if (/^[\\.?*+()[\]{}|^$/ -]$/.test(e)) return { exact: new Set([e]), required: [] };
      throw new Unsupported(`escape \\${e}`);
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported(c);
    return { exact: new Set([c]), required: [] };
  }

  private group(): Info {
    const head = /^\?(?:[:=!]|<[=!])?/.exec(this.src.slice(this.pos))?.[0] ?? '';
    if (head === '?') throw new Unsupported('named or flagged group');
    this.pos += head.length;
    const inner = this.alternation();
    if (this.src[this.pos++] !== ')') throw new Unsupported('unclosed group');
    // Lookarounds match no text of their own.
    return head === '' || head === '?:' ? inner : EMPTY;
  }

  private charClass(): Info {
    let negated = false;
    if (this.src[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const chars = new Set<string>();
    let open = true;
    while (this.src[this.pos] !== ']') {
      let c = this.src[this.pos++];
      if (c === undefined) throw new Unsupported('unclosed class');
      if (c === '\\') {
        const e = this.src[this.pos++] ?? '';
        if (e === 'd') for (const d of DIGITS) chars.add(d);
        else if (/^[wWsSDbB]$/.test(e)) open = false;
        else c = e;
        if (/^[dwWsSDbB]$/.test(e)) continue;
      }
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        const to = this.src[this.pos + 1] ?? '';
        if (to === '\\') throw new Unsupported('escaped range end');
        this.pos += 2;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
      } else chars.add(c);
    }
    this.pos++;
    return negated || !open || chars.size > LIMIT ? NONE : { exact: chars, required: [] };
  }
}

/** Shorter literals than this occur in nearly every message, so a list holding one is not worth checking. */
const MIN_USEFUL = 2;

/** True when every string of `a` contains a string of `b`: then `a` holding implies `b` holds, and `b` adds nothing. */
const implies = (a: readonly string[], b: readonly string[]): boolean => a.every((x) => b.some((y) => x.includes(y)));

/**
 * Requirements of `regex`: every match contains a string from each list. Empty when none can be proven (the rule must
 * always run). Lists implied by another, or holding a very short string, are dropped (dropping one only weakens the
 * filter).
 */
export function requiredLiterals(regex: RegExp): string[][] {
  if (regex.flags.replace(/[gy]/g, '') !== '') return [];
  try {
    const info = new Parser(regex.source).parse();
    const whole = fromExact(info.exact);
    const lists = [...info.required, ...(whole === null ? [] : [whole])]
      .map((set) => [...set].sort())
      .filter((list) => list.every((l) => l.length >= MIN_USEFUL));
    const unique = [...new Map(lists.map((list) => [list.join('\u0000'), list])).values()];
    return unique.filter(
      (list, i) => !unique.some((other, j) => j !== i && implies(other, list) && !implies(list, other)),
    );
  } catch (err) {
    if (err instanceof Unsupported) return [];
    throw err;
  }
}

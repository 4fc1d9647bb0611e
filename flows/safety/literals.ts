// Finds, for a compiled rule regex, a set of literal strings of which every match must contain at least one, so the
// lexicon can skip a rule whose regex cannot possibly match without running it over a long message. The analysis only
// ever over-approximates what a regex can match (anything it does not understand yields "no requirement"), so a
// skipped rule is one whose regex would have found nothing: results never change, only the time spent.

/** Largest finite set of strings tracked for one sub-pattern before giving up on enumerating it. */
const LIMIT = 64;

interface Info {
  /** Every string the node can match, when that is a small finite set; null when unknown or too many. */
  exact: Set<string> | null;
  /** Strings one of which every match contains; null when nothing is required. */
  required: Set<string> | null;
}

class Unsupported extends Error {}

const NONE: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set(['']), required: null };
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
    let required: Set<string> | null = new Set();
    for (const b of branches) {
      exact = exact !== null && b.exact !== null && exact.size + b.exact.size <= LIMIT ? new Set([...exact, ...b.exact]) : null;
      const own = better(b.required, fromExact(b.exact));
      required = required !== null && own !== null ? new Set([...required, ...own]) : null;
    }
    return { exact, required: required === null ? null : minimal(required) };
  }

  private sequence(): Info {
    let best: Set<string> | null = null;
    // The product of the consecutive enumerable items seen so far: "(?:a |the )?rope" gives {"a rope", "the rope", "rope"}.
    let run: Set<string> | null = new Set(['']);
    let whole: Set<string> | null = new Set(['']);
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const item = this.quantified();
      best = better(best, item.required);
      whole = whole !== null && item.exact !== null ? product(whole, item.exact) : null;
      if (item.exact === null) {
        if (run !== null) best = better(best, fromExact(run));
        run = new Set(['']);
        continue;
      }
      const next: Set<string> | null = run === null ? null : product(run, item.exact);
      if (next === null) {
        if (run !== null) best = better(best, fromExact(run));
        run = item.exact;
      } else run = next;
    }
    if (run !== null) best = better(best, fromExact(run));
    return { exact: whole, required: best };
  }

  private quantified(): Info {
    const atom = this.atom();
    const m = /^(?:([?*+])|\{(\d+)(,(\d*))?\})(\??)/.exec(this.src.slice(this.pos));
    if (m === null) return atom;
    this.pos += m[0].length;
    const min = m[1] === '+' ? 1 : m[1] !== undefined ? 0 : Number(m[2]);
    const max = m[1] === '?' ? 1 : m[1] !== undefined ? Infinity : m[3] === undefined ? min : m[4] ? Number(m[4]) : Infinity;
    if (max === 0) return EMPTY;
    if (min === 0) {
      const exact = max === 1 && atom.exact !== null ? new Set([...atom.exact, '']) : null;
      return { exact, required: null };
    }
    return { exact: min === 1 && max === 1 ? atom.exact : null, required: better(atom.required, fromExact(atom.exact)) };
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
      if (e === 'd') return { exact: new Set(DIGITS), required: null };
      if (/^[wWsSD]$/.test(e)) return NONE;
      if (/^[\\.?*+()[\]{}|^$/ -]$/.test(e)) return { exact: new Set([e]), required: null };
      throw new Unsupported(`escape \\${e}`);
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported(c);
    return { exact: new Set([c]), required: null };
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
    return negated || !open || chars.size > LIMIT ? NONE : { exact: chars, required: null };
  }
}

/** Literal strings one of which every match of `regex` contains, or null when none can be proven. */
export function requiredLiterals(regex: RegExp): readonly string[] | null {
  if (regex.flags.replace(/[gy]/g, '') !== '') return null;
  try {
    const info = new Parser(regex.source).parse();
    const req = better(info.required, fromExact(info.exact));
    return req === null ? null : [...req];
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

// Reads where someone lives against the service area's gazetteer (areas/): towns and villages with their usual
// misspellings, postcode districts, "nr X", "just outside X", "a village near X", and places outside the area.
import type { ServiceArea } from './areas/index.js';
import { distance, normalise, typosAllowed, wordsOf } from './text.js';

export type PlaceReading =
  /** A town, village or part of the area, by its canonical name. */
  | { kind: 'place'; town: string }
  /** The whole area named, no town ("Somerset", "yes I'm in Somerset"). */
  | { kind: 'area' }
  /** Somewhere outside the area, named or said ("Bristol", "not in Somerset", a BS1 postcode). */
  | { kind: 'outside'; place: string | null };

interface Entry {
  canonical: string;
  inside: boolean;
  everyday: boolean;
  /** The name's letters without spaces, for typos and run-together names ("sheptonmallet"). */
  squashed: string;
}

interface Gazetteer {
  names: Map<string, Entry>;
  longest: number;
}

const built = new WeakMap<ServiceArea, Gazetteer>();

function gazetteer(area: ServiceArea): Gazetteer {
  const cached = built.get(area);
  if (cached) return cached;
  const names = new Map<string, Entry>();
  const everyday = new Set(area.everydayWords.map(normalise));
  const add = (name: string, canonical: string, inside: boolean): void => {
    const key = normalise(name);
    if (!key || names.has(key)) return;
    names.set(key, { canonical, inside, everyday: everyday.has(key), squashed: key.replace(/ /g, '') });
  };
  for (const name of area.areaNames) add(name, area.name, true);
  for (const [canonical, aliases] of Object.entries(area.places)) {
    add(canonical, canonical, true);
    for (const alias of aliases) add(alias, canonical, true);
  }
  for (const name of area.outside) add(name, name, false);
  const longest = Math.max(1, ...[...names.keys()].map((k) => k.split(' ').length));
  const g = { names, longest };
  built.set(area, g);
  return g;
}

/** Words before a place that say the person lives there (or near it): needed for names that are everyday words. */
const CUE =
  /(?:^|\b)(?:in|near|nr|nearby|by|from|at|outside|around|of|to|live|living|based|village|town|close to|next to|edge of|outskirts of|just outside|not far from|between|and|or|area|postcode|im|yes|yeah|yep)$/;
/** Words before a place that say it is not where they live now. */
const NOT_HERE =
  /\b(?:not(?! far\b| too far\b| that far\b)|nowhere near|miles from|miles away from|(?<!not |not too |not that )far from|a long way from|dont live|do not live|no longer|used to live|moved from|moved away from|left|born in|grew up in|originally from|work in|working in|visiting|moving to|moving|move to|moving over to|about to move to|going to move to|hoping to move to|relocating to)\s(?:(?:in|at|to|near)\s)?(?:(?!(?:in|at|but|now|currently|still|living)\s)\S+\s){0,2}$/;

/** Words before a place that put someone else there: "my mum lives in Frome", "my family are in Taunton". "I live
 * with my mum in Street" is still where they live. */
const SOMEONE_ELSE_THERE =
  /\b(?:mum|mom|mums|dad|dads|parents|family|sister|sisters|brother|brothers|son|sons|daughter|daughters|kids|children|partner|husband|wife|boyfriend|girlfriend|friend|friends|nan|gran|grandparents|auntie|aunt|uncle|cousin|ex)\s(?:(?:still|also|all|both|now)\s)?(?:lives?|living|is|are|stays?|based|moved|works?)\s(?:(?:in|at|near|to|down|up|over|out|just outside|outside)\s){0,2}$/;
/** Words after a place that put it in the past: "from Bridgwater originally". */
const THEN_NOT_NOW = /^(?:originally|orginally|as a (?:kid|child)|growing up|years ago|before|in the past)\b/;

function postcodeOf(t: string, area: ServiceArea): PlaceReading | null {
  for (const m of t.matchAll(/\b([a-z]{1,2})\s?(\d{1,2})(?:\s?\d[a-z]{2})?\b/g)) {
    const letters = (m[1] ?? '').toUpperCase();
    const district = `${letters}${Number(m[2])}`;
    const town = area.postcodes[district];
    if (town) return { kind: 'place', town };
    if (area.outsidePostcodes.includes(district) || area.outsidePostcodes.includes(letters))
      return { kind: 'outside', place: district };
  }
  return null;
}

interface Hit {
  entry: Entry;
  at: number;
  /** How many words the name took. */
  length: number;
}

/** Names in the words, longest first. `taken`: word positions already read as a name, which a typo reading may not
 * reuse ("in somerset" is the county said plainly, never a slip for "n somerset"). */
function findNames(words: string[], g: Gazetteer, fuzzy: boolean, taken: readonly Hit[] = []): Hit[] {
  const hits: Hit[] = [];
  const used = new Set<number>(taken.flatMap((h) => [...Array(h.length).keys()].map((k) => h.at + k)));
  for (let n = Math.min(g.longest, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if ([...Array(n).keys()].some((k) => used.has(i + k))) continue;
      const phrase = words.slice(i, i + n).join(' ');
      let entry = g.names.get(phrase);
      if (!entry && fuzzy) entry = closest(phrase.replace(/ /g, ''), g);
      if (!entry) continue;
      const before = words.slice(0, i).join(' ');
      if (entry.everyday && before && !CUE.test(before)) continue;
      if (entry.everyday && !before && words.length > n + 2) continue;
      if (NOT_HERE.test(`${before} `) || SOMEONE_ELSE_THERE.test(`${before} `)) continue;
      if (THEN_NOT_NOW.test(words.slice(i + n).join(' '))) continue;
      // "the Devon border, near Wellington": a county named as a border is not where they live.
      if (!entry.inside && /^(?:border|borders|side|end|edge)\b/.test(words.slice(i + n).join(' '))) continue;
      hits.push({ entry, at: i, length: n });
      for (let k = 0; k < n; k++) used.add(i + k);
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** The one name within a typo or two, or none when two names are equally close. */
function closest(squashed: string, g: Gazetteer): Entry | undefined {
  const allowed = typosAllowed(squashed.length);
  if (allowed === 0) return undefined;
  let best: Entry | undefined;
  let bestDistance = allowed + 1;
  for (const entry of g.names.values()) {
    if (entry.everyday || entry.squashed.length < 6) continue;
    const d = distance(squashed, entry.squashed, allowed);
    if (d < bestDistance) {
      best = entry;
      bestDistance = d;
    } else if (d === bestDistance && best && best.canonical !== entry.canonical) best = undefined;
  }
  return bestDistance <= allowed ? best : undefined;
}

/** Says "not in the area" without naming a place. */
function saysOutside(t: string, area: ServiceArea): boolean {
  const names = area.areaNames.map(normalise).join('|');
  return new RegExp(
    `\\b(?:not|dont live|do not live|no longer|outside|out of|nowhere near|not in|not living in)\\b(?:\\s(?!from\\b|originally\\b)\\S+){0,3}\\s(?:${names})\\b`,
  ).test(t);
}

/** A name set apart at the start of the message ("Wells, by the cathedral", "street (the town)"): the answer itself,
 * even when the name is an everyday word. */
function leadName(text: string, g: Gazetteer): Hit | undefined {
  const lead = /^\s*([^,(.!:;-]+?)\s*[,(.!:;-]/.exec(text)?.[1];
  const name = lead ? normalise(lead) : '';
  const entry = g.names.get(name);
  return entry ? { entry, at: 0, length: wordsOf(name).length } : undefined;
}

/** Said of where they live: "my flat is in", "I live in", "home is". */
const HOME_IS = /\b(?:(?:flat|house|home|place|address) is (?:in|at)|i live in|live in|based in|home is|living in)$/;
/** A place named only as near where they are. */
const NEAR_WORD = /\b(?:near|nr|nearby|outside|close to|by)$/;

/** Where the message says the person lives, or null when it names no place we know. */
export function readPlace(text: string, area: ServiceArea): PlaceReading | null {
  const t = normalise(text);
  if (!t) return null;
  if (saysOutside(t, area)) return { kind: 'outside', place: null };
  const postcode = postcodeOf(t, area);
  if (postcode) return postcode;
  const g = gazetteer(area);
  const words = wordsOf(t);
  let hits = findNames(words, g, false);
  if (hits.every((h) => h.entry.canonical === area.name)) hits = [...hits, ...findNames(words, g, true, hits)];
  // A town beats the part of the area it is in ("up on Exmoor near Dulverton"), and a part beats the whole area.
  const regions = new Set(area.regions ?? []);
  hits = [...hits].sort((x, y) => x.at - y.at);
  // "my flat is in Highbridge" beats a place they only stay at; "near Yeovil, West Coker" is West Coker.
  const before = (h: Hit, n: number): string => words.slice(Math.max(0, h.at - n), h.at).join(' ');
  const home = hits.find((h) => h.entry.inside && HOME_IS.test(before(h, 4)));
  if (home && home.entry.canonical !== area.name) return { kind: 'place', town: home.entry.canonical };
  const towns = hits.filter(
    (h) => h.entry.inside && h.entry.canonical !== area.name && !regions.has(h.entry.canonical),
  );
  const named = towns.find((h) => !NEAR_WORD.test(before(h, 1)));
  if (towns.length > 1 && named && towns.some((h) => NEAR_WORD.test(before(h, 1)))) {
    return { kind: 'place', town: named.entry.canonical };
  }
  const first =
    hits.find((h) => h.entry.canonical !== area.name && !regions.has(h.entry.canonical)) ??
    hits.find((h) => h.entry.canonical !== area.name) ??
    hits[0] ??
    leadName(text, g);
  if (!first) return null;
  if (!first.entry.inside) return { kind: 'outside', place: first.entry.canonical };
  return first.entry.canonical === area.name ? { kind: 'area' } : { kind: 'place', town: first.entry.canonical };
}

// The ONE place that decides what a mentor may see about a person. Every mentor who gets a referral sees the
// summary: initials, age, town or district, the help they want and their goals, with anything that could identify or
// reach them taken out; what they said is going on for them only if they agreed (shareWords), otherwise the
// coordinator's own short summary, if they wrote one. Only the matched mentor gets the intro.
// Once a referral closes, everyone else's card keeps nothing about the person; once the person's details are deleted,
// nobody's does.
import { sharesOwnWords } from '../../flows/intake/consent.js';
import { readProfile } from '../../flows/intake/stored-profile.js';
import type { ErasureReason } from '../../dialogs/coordinator/views.js';
import type { MenteeIntro, ReferralCardView, ReferralSummary } from '../../dialogs/mentor/views.js';

const REMOVED = '[removed]';
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
// Seven or more digits, allowing spaces, dots, dashes and brackets between them, with or without +44.
const PHONE = /(\+?\d[\d\s().-]{5,}\d)/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const OUTWARD_CODE = /\b[A-Z]{1,2}\d{1,2}[A-Z]?\b/gi;
const STREET =
  /\b(road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|crescent|terrace|court|ct|place|gardens|grove|flat|apartment|house|cottage|farm|mews|row|hill|walk)\b/i;

/** Emails, phone numbers and postcodes out of free text, in the person's words otherwise. */
function scrub(text: string, nameWords: readonly string[]): string {
  let out = text
    .replace(EMAIL, REMOVED)
    .replace(POSTCODE, REMOVED)
    .replace(PHONE, (m) => (digits(m) >= 7 ? REMOVED : m));
  // Only capitalised occurrences: a name like "Will" or "May" must not eat "I will" or "may".
  for (const word of nameWords) out = out.replace(new RegExp(`\\b${escape(word)}\\b`, 'g'), REMOVED);
  return out.trim();
}

const digits = (s: string): number => s.replace(/\D/g, '').length;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const clean = (s: string | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);

const NAME_LEAD = /^(?:hi,?\s+)?(?:my name is|my name's|i'm|i am|it's|its|call me|name:?)\s+/i;
const NOT_NAMES = new Set(['and', 'but', 'the', 'just', 'please', 'thanks', 'ok']);

/** The words of the person's name as they gave it ("I'm Jo Smith" → Jo, Smith). */
export function nameWords(name: string | undefined): string[] {
  const rest = (name ?? '').trim().replace(NAME_LEAD, '');
  return rest
    .split(/[\s,]+/)
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''))
    .filter((w) => /^\p{L}/u.test(w) && !NOT_NAMES.has(w.toLowerCase()))
    .slice(0, 3);
}

function initials(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return [first, last]
    .filter((w) => w !== '')
    .map((w) => `${w.charAt(0).toUpperCase()}.`)
    .join('');
}

function age(text: string | undefined): number | null {
  const m = /\b(\d{2,3})\b/.exec(text ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n >= 18 && n <= 120 ? n : null;
}

/** Town or district only: drop any part with a number, a street word, a postcode, an email or a phone number. */
export function areaOnly(text: string | undefined): string | null {
  const parts = (text ?? '')
    .replace(EMAIL, ',')
    .replace(POSTCODE, ',')
    .replace(OUTWARD_CODE, ',')
    .split(/[,\n;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/\d/.test(p) && !STREET.test(p));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** What every mentor who gets the referral may see. `coordinatorSummary`: shown instead of the person's own words
 * about what is going on when they did not agree to share them. */
export function anonymise(profile: unknown, coordinatorSummary?: string | null): ReferralSummary {
  const { answers, goals } = readProfile(profile);
  const name = nameWords(answers.name);
  const capitalised = name.filter((w) => /^\p{Lu}/u.test(w) && w.length > 1);
  const free = (s: string | undefined) => {
    const text = clean(s);
    return text === null ? null : scrub(text, capitalised);
  };
  return {
    initials: initials(name),
    age: age(answers.age),
    area: areaOnly(answers.area),
    situation: sharesOwnWords(answers.shareWords) ? free(answers.situation) : free(coordinatorSummary ?? undefined),
    help: free(answers.help),
    goals: goals.map((g) => scrub(g, capitalised)).filter((g) => g !== ''),
  };
}

export interface ContactSource {
  profile: unknown;
  channel: string;
  phone: string | null;
  optedOutAt: Date | null;
  erasedAt: Date | null;
}

/** What the matched mentor needs for the first contact: first name, a phone that may be used, how and when to meet. */
export function introFor(person: ContactSource): MenteeIntro {
  const { answers } = readProfile(person.profile);
  const usablePhone = person.channel === 'sms' && person.phone !== null && !person.optedOutAt && !person.erasedAt;
  return {
    firstName: nameWords(answers.name)[0] ?? null,
    phone: usablePhone ? person.phone : null,
    channel: person.channel,
    meeting: clean(answers.meeting),
    times: clean(answers.times),
    access: clean(answers.access),
    mentorWishes: clean(answers.mentorWishes),
  };
}

/** A mentor's first name, the only part of their name a mentee is told. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** What one mentor's own referral card shows now: the summary while the referral is open; once matched, the person's
 * first name for the matched mentor (as the intro gives it) and nothing about the person for anyone else. */
export function referralCardView(
  referral: { id: string; status: string; matchedMentorId: string | null; summary: ReferralSummary; profile: unknown },
  mentorId: string,
  offered: boolean,
): ReferralCardView {
  const { status, summary } = referral;
  if (status === 'open') return { state: 'open', referralId: referral.id, summary };
  const wasMatched = (status === 'matched' || status === 'ended') && referral.matchedMentorId !== null;
  if (!wasMatched) return { state: 'closed' };
  if (referral.matchedMentorId !== mentorId) return { state: 'matched-elsewhere', offered };
  const firstName = nameWords(readProfile(referral.profile).answers.name)[0] ?? null;
  return { state: status === 'matched' ? 'matched-with-you' : 'ended-with-you', firstName, summary };
}

/** A mentor's referral card once the person's details are deleted: nothing about them for anyone; the mentor they were
 * matched with is told why their card changed. */
export function erasedReferralCardView(
  referral: { status: string; matchedMentorId: string | null },
  mentorId: string,
  because: ErasureReason,
): ReferralCardView {
  const wasMatched = referral.status === 'matched' || referral.status === 'ended';
  return wasMatched && referral.matchedMentorId === mentorId
    ? { state: 'erased-with-you', because }
    : { state: 'closed' };
}

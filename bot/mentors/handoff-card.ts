// The mentors' part of a coordinator's handoff card, for the Teams channel to place in it: a "Share with mentors"
// button once the handoff is claimed, then who could connect with a match button each, then who was matched.
import type { CardElement } from '../../dialogs/cards/adaptive.js';
import { interestSection, shareSection } from '../../dialogs/mentor/referrals.js';
import { sharesOwnWords } from '../../flows/intake/consent.js';
import type { Db } from '../db/client.js';
import { interestFor } from './referrals.js';

export async function handoffReferralSection(
  db: Db,
  handoff: { id: string; status: string; answers: { question: string; answer: string }[] },
): Promise<CardElement[]> {
  const referral = await db.referral.findFirst({
    where: { handoffId: handoff.id, status: { in: ['open', 'matched', 'ended'] } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true, matchedMentor: { select: { name: true } } },
  });
  if (!referral) {
    if (handoff.status !== 'claimed') return [];
    return shareSection(handoff.id, sharesOwnWords(handoff.answers.find((a) => a.question === 'shareWords')?.answer));
  }
  const { interested, declined } = await interestFor(db, referral.id);
  return interestSection(referral.id, interested, declined, referral.matchedMentor?.name ?? null);
}

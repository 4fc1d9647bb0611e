// Coordinators' cards as they stand now, rendered by the outbox when it posts or updates them: a handoff (with the
// mentors' part of it) or a safety alert, worded for a coordinator's own chat or for a team channel.
import type { CardElement } from '../../dialogs/cards/adaptive.js';
import { alertCard, handoffCard } from '../../dialogs/coordinator/index.js';
import type { Db } from '../db/client.js';
import type { CardRenderer } from '../teams/sender.js';
import { loadAlertView, loadHandoffView } from './views.js';

/** What another feature adds to a handoff card (the mentors' "Share with mentors" and who could connect). */
export type HandoffCardSection = (handoff: {
  id: string;
  status: string;
  answers: { question: string; answer: string }[];
}) => Promise<CardElement[]>;

export function coordinatorCards(db: Db, timeZone: string, section: HandoffCardSection): CardRenderer {
  const settings = { timeZone };
  return async (subject, id, audience, round) => {
    if (subject === 'handoff') {
      const view = await loadHandoffView(db, id);
      if (!view) return null;
      return handoffCard(view, audience, settings, await section(view));
    }
    const view = await loadAlertView(db, id, round);
    return view ? alertCard(view, audience, settings) : null;
  };
}

// Time out, coming back, capacity, the peer meeting reminder: appreciative, never demanding.
import { dayText } from './format.js';

export function breakTakenText(until: string | null, timeZone: string): string {
  const when = until ? ` until ${dayText(until, timeZone)}` : '';
  return `Of course. You're on a break${when}: no new referrals until you're back. We've let the coordinators know, so your mentees are looked after. Take care of yourself. Say "I'm back" whenever you're ready.`;
}

export function backText(capacity: number, current: number): string {
  const room = Math.max(0, capacity - current);
  return `Welcome back, it's good to have you. You have room for ${room} more mentee${room === 1 ? '' : 's'} (you can change that with "capacity 2", for example).`;
}

export function capacityText(capacity: number, current: number): string {
  if (capacity === 0)
    return `Got it: no new mentees for now. You're still with your ${current} current mentee${current === 1 ? '' : 's'}.`;
  if (current >= capacity)
    return `Got it: up to ${capacity} at once. You're full for now, so no new referrals until someone finishes.`;
  return `Got it: up to ${capacity} mentee${capacity === 1 ? '' : 's'} at once. Thank you.`;
}

export function breakEndedText(): string {
  return `Your break has ended, so you'll start getting referrals again. If you need longer, just say "I'm taking a break".`;
}

export function mentorAwayForCoordinatorText(
  mentorName: string,
  who: readonly string[],
  until: string | null,
  timeZone: string,
): string {
  const when = until ? ` until ${dayText(until, timeZone)}` : '';
  return `${mentorName} is taking a break${when}. Their mentee${who.length === 1 ? '' : 's'} (${who.join('; ')}) may need someone to check in.`;
}

export function mentorFullForCoordinatorText(mentorName: string, who: readonly string[], capacity: number): string {
  return `${mentorName} now has room for ${capacity} at once, fewer than their ${who.length} current mentees (${who.join('; ')}). You may want to talk with them.`;
}

export function mentorBackForCoordinatorText(mentorName: string): string {
  return `${mentorName} is back from their break.`;
}

export function peerMeetingText(at: string, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: '2-digit', hour12: true }).format(
    new Date(at),
  );
  return `A friendly reminder: the mentors' peer meeting is on ${new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long' }).format(new Date(at))} ${dayText(at, timeZone)} at ${time}. Come if you can: it's a space for you. No need to reply.`;
}

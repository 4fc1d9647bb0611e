// First contact and consent: what this is, what happens next, and what we do with what people tell us.
import { crisisNumbersLine } from '../crisis.js';
import type { Channel, DialogSettings } from '../settings.js';
import { bold, cmd, paragraphs } from './text.js';

export function welcome(channel: Channel, s: DialogSettings): string {
  return paragraphs(
    channel,
    `Hi, this is ${bold(s.serviceName, channel)}. We offer peer support: a mentor who has lived with mental illness too. ` +
      `We are not a clinical or crisis service, and we won't put you in a box.`,
    `First we ask a few questions, so we can look for a mentor who suits you. ` +
      `You can skip, pause or stop at any time.`,
    crisisNumbersLine(s.crisisLines, channel),
  );
}

export function consentAsk(again: boolean, channel: Channel): string {
  const answer = `Reply ${cmd('yes', channel)} or ${cmd('no', channel)}.`;
  if (again) return `Is it ok for us to keep what you tell us? ${answer}`;
  return paragraphs(
    channel,
    `What you tell us is kept safely by our small team. ` +
      `Mentors see your initials, age, town, the help you would like and your goals, never your name or number. ` +
      `We ask you before they see anything else you tell us. ` +
      `To delete it all, text ${cmd('delete my data', channel)} at any time.`,
    `Is that ok? ${answer} Or ask us ${cmd('questions', channel)}.`,
  );
}

export function consentExplain(channel: Channel, s: DialogSettings): string {
  return paragraphs(
    channel,
    `This is a text chat with ${s.serviceName}, to get to know you before we look for a peer mentor.`,
    `Only our small team can read your answers. We don't share them with anyone else. ` +
      `Mentors get your initials, age, town, the help you would like and your goals. ` +
      `What you say is going on for you goes to them only if you say yes when we ask. ` +
      `The one you are matched with also gets your first name and how to reach you.`,
  );
}

export function declined(channel: Channel): string {
  return paragraphs(
    channel,
    `That's fine. We have not kept anything you told us.`,
    `If you change your mind, just text us again. Take care.`,
  );
}

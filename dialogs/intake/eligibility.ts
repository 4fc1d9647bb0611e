// The two gentle checks (18 or over, living in the area) and where to turn when the service is not the right fit.
import type { Channel, DialogSettings } from '../settings.js';
import { cmd, paragraphs } from './text.js';

export function askAge(again: boolean, channel: Channel): string {
  // Asked again after a pause, HELP or a crisis reply: nothing was misread, so no "sorry, we didn't catch that".
  if (again) return `Are you 18 or over? Reply ${cmd('yes', channel)} or ${cmd('no', channel)}, or tell us your age.`;
  return `Thank you. Two quick checks first. Are you 18 or over? You can tell us your age if you like.`;
}

export function under18(channel: Channel): string {
  return paragraphs(
    channel,
    `Thank you for telling us. We can only support adults, so we can't carry on here. We have not kept what you told us.`,
    `Childline is free and there for you: call 0800 1111 or go to childline.org.uk. ` +
      `Kooth.com is free online support for young people. Take care.`,
  );
}

export function askArea(again: boolean, channel: Channel, s: DialogSettings): string {
  if (again)
    return `Do you live in ${s.area}? Reply ${cmd('yes', channel)} or ${cmd('no', channel)}, or tell us your town.`;
  return `Thanks. Do you live in ${s.area}? You can tell us your town if you like.`;
}

export function outsideArea(again: boolean, channel: Channel, s: DialogSettings): string {
  const choice = `Reply ${cmd('team', channel)} and we'll pass your details to our team. Or reply ${cmd('other', channel)} for other places to try.`;
  if (again) return choice;
  return paragraphs(
    channel,
    `Thanks for telling us. We are for adults who live in ${s.area}, so we may not be able to offer a mentor. ` +
      `If you're not sure, that's ok. We would still like to help.`,
    choice,
  );
}

/** True, checkable places only: the GP, NHS 111 and Mind's Infoline. */
export function signpost(channel: Channel): string {
  return paragraphs(
    channel,
    `Here are some other places to try:`,
    `- Your GP can tell you about support near you.`,
    `- NHS 111 can help any time. Call 111.`,
    `- Mind's Infoline: 0300 123 3393.`,
    `If you want to talk to our team later, just text ${cmd('team', channel)}. Take care.`,
  );
}

// Replies to what people can say at any time: HELP, delete my data, start again.
import { crisisNumbersLine } from '../crisis.js';
import type { Channel, DialogSettings } from '../settings.js';
import { cmd, paragraphs } from './text.js';

export function help(channel: Channel, s: DialogSettings): string {
  const stop = channel === 'sms' ? `, ${cmd('stop', channel)} to stop all texts` : '';
  return paragraphs(
    channel,
    `This is ${s.serviceName}: peer support from people who have lived with mental illness. We are not a crisis service.`,
    `These texts are automatic. Our team reads what you tell us.`,
    `You can reply ${cmd('skip', channel)}, ${cmd('later', channel)}, ${cmd('carry on', channel)}, ` +
      `${cmd('person', channel)} to talk to our team, ${cmd('start again', channel)}, ` +
      `${cmd('delete my data', channel)}${stop}.`,
    crisisNumbersLine(s.crisisLines, channel),
  );
}

export function confirmErase(channel: Channel): string {
  return (
    `Do you want us to delete everything you've told us? This can't be undone. ` +
    `Reply ${cmd('yes', channel)} to delete it, or ${cmd('no', channel)} to keep it.`
  );
}

export function erased(channel: Channel): string {
  return paragraphs(
    channel,
    `Done. We've deleted what you told us. We only keep a note that it was deleted, with nothing about you.`,
    `If you text us again, we'll start fresh. Take care.`,
  );
}

/** Put in place of a message in a person's own Teams chat (a coordinator's, relayed) when their details are deleted. */
export function erasedMessageForYou(): string {
  return `This message was removed when we deleted your details.`;
}

export function eraseCancelled(): string {
  return `Ok, we've kept everything as it was.`;
}

export function restarted(): string {
  return `Ok, let's start again. We've cleared your answers.`;
}

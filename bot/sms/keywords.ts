// The words Twilio treats as opt-out and opt-in on a long code. Twilio answers them itself; we must record them.
const STOP_WORDS = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'optout', 'revoke']);
const START_WORDS = new Set(['start', 'unstop', 'yes']);

function keyword(body: string): string {
  return body
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Twilio's Advanced Opt-Out says which it was in OptOutType; without it we recognise the default keywords. */
export function optOutIntent(body: string, optOutType: string | undefined): 'stop' | 'start' | undefined {
  const type = optOutType?.toUpperCase();
  if (type === 'STOP') return 'stop';
  if (type === 'START') return 'start';
  if (type === 'HELP') return undefined;
  const word = keyword(body);
  if (STOP_WORDS.has(word)) return 'stop';
  if (START_WORDS.has(word)) return 'start';
  return undefined;
}

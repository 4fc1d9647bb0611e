// How many SMS a text is sent as, as Twilio counts them: GSM-7 fits 160 characters in one and 153 in each part of a
// longer one (the extended characters take two); one character outside GSM-7 makes the whole text UCS-2: 70, then 67.
import { gsmLength, isGsm7 } from '../../dialogs/intake/text.js';

export interface Segments {
  count: number;
  encoding: 'GSM-7' | 'UCS-2';
  /** Length as the encoding counts it (GSM-7 septets, UCS-2 code units). */
  characters: number;
}

export function smsSegments(text: string): Segments {
  if (isGsm7(text)) {
    const characters = gsmLength(text);
    return { count: characters <= 160 ? 1 : Math.ceil(characters / 153), encoding: 'GSM-7', characters };
  }
  const characters = text.length;
  return { count: characters <= 70 ? 1 : Math.ceil(characters / 67), encoding: 'UCS-2', characters };
}

// SMS segments as Twilio counts them: GSM-7 160 then 153 a part (extended characters take two); one character outside
// GSM-7 makes the whole text UCS-2, 70 then 67 a part.
import { describe, expect, it } from 'vitest';
import { smsSegments } from '../../../bot/sms/segments.js';

describe('smsSegments', () => {
  it.each<[string, string, number, 'GSM-7' | 'UCS-2']>([
    ['empty', '', 1, 'GSM-7'],
    ['160 plain characters', 'a'.repeat(160), 1, 'GSM-7'],
    ['161 plain characters', 'a'.repeat(161), 2, 'GSM-7'],
    ['306 plain characters', 'a'.repeat(306), 2, 'GSM-7'],
    ['307 plain characters', 'a'.repeat(307), 3, 'GSM-7'],
    ['80 euro signs (two each)', '€'.repeat(80), 1, 'GSM-7'],
    ['81 euro signs', '€'.repeat(81), 2, 'GSM-7'],
    ['£ and é stay GSM-7', `£5 café ${'a'.repeat(152)}`, 1, 'GSM-7'],
    ['a curly quote makes it UCS-2', `it\u2019s ${'a'.repeat(60)}`, 1, 'UCS-2'],
    ['71 UCS-2 characters', `\u2019${'a'.repeat(70)}`, 2, 'UCS-2'],
    ['an emoji counts as two', `${'a'.repeat(69)}🙂`, 2, 'UCS-2'],
  ])('%s', (_name, text, count, encoding) => {
    expect(smsSegments(text)).toMatchObject({ count, encoding });
  });
});

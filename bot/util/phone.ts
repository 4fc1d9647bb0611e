// Phone numbers are kept in E.164. Twilio sends them that way; admin input may not be, so we normalise UK forms.
const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(value: string): boolean {
  return E164.test(value);
}

/** "+44 7700 900123", "07700900123" and "447700900123" all become "+447700900123"; anything else is undefined. */
export function toE164(value: string): string | undefined {
  const digits = value.replace(/[\s().-]/g, '');
  if (E164.test(digits)) return digits;
  if (/^0\d{9,10}$/.test(digits)) return `+44${digits.slice(1)}`;
  if (/^44\d{9,10}$/.test(digits)) return `+${digits}`;
  return undefined;
}

// The field encryption's stored forms: a JSON value is sealed inside an object (so Prisma's query-plan cache sees a
// parameter, not a new string each write), and values stored in the older string form still read.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  dataKey,
  decryptValue,
  encryptJson,
  encryptString,
  isEncrypted,
  type Keyring,
} from '../../../bot/db/crypto.js';

const ring: Keyring = { current: dataKey(crypto.randomBytes(32)), previous: [] };

/** The string form written before 2026-12-05: `encj:v1:<key id>:<base64>`. */
function legacyJson(value: unknown): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', ring.current.enc, iv);
  const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return `encj:v1:${ring.current.id}:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
}

describe('field encryption', () => {
  it('seals a JSON value inside a one-member object that holds no plaintext', () => {
    const sealed = encryptJson(ring, { text: 'I live in Chard' });
    expect(Object.keys(sealed)).toEqual(['encj:v1']);
    expect(JSON.stringify(sealed)).not.toContain('Chard');
    expect(isEncrypted(sealed)).toBe(true);
    expect(decryptValue(ring, sealed)).toEqual({ text: 'I live in Chard' });
  });

  it('still reads a JSON value stored in the older string form', () => {
    const old = legacyJson(['hello', 'again']);
    expect(isEncrypted(old)).toBe(true);
    expect(decryptValue(ring, old)).toEqual(['hello', 'again']);
  });

  it('leaves ordinary objects and strings alone', () => {
    expect(isEncrypted({ 'encj:v1': 'x', other: 1 })).toBe(false);
    expect(decryptValue(ring, { text: 'plain' })).toEqual({ text: 'plain' });
    expect(decryptValue(ring, 'plain words')).toBe('plain words');
    expect(decryptValue(ring, encryptString(ring, '07700 900123'))).toBe('07700 900123');
  });

  it('refuses a sealed value whose tag does not match', () => {
    const sealed = encryptJson(ring, { n: 1 });
    const body = sealed['encj:v1'];
    const tampered = { 'encj:v1': body.slice(0, -4) + (body.endsWith('AAAA') ? 'BBBB' : 'AAAA') };
    expect(() => decryptValue(ring, tampered)).toThrow();
  });
});

// Who may use the try-it console: this machine's own browser only, unless TRY_CONSOLE=public.
import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, refusal } from '../../../bot/try/access.js';

describe('the console answers only this machine', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['192.168.1.20', false],
    ['::ffff:192.168.1.20', false],
    ['fe80::1', false],
    ['1.2.3.4', false],
    [undefined, false],
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  const local = { remoteAddress: '127.0.0.1', headers: { host: 'localhost:3978' } };

  it.each<[string, { remoteAddress: string | undefined; headers: Record<string, string> }, string | null]>([
    ['a browser on this machine', local, null],
    ['127.0.0.1 by number', { remoteAddress: '127.0.0.1', headers: { host: '127.0.0.1:3978' } }, null],
    ['IPv6 loopback', { remoteAddress: '::1', headers: { host: '[::1]:3978' } }, null],
    [
      'another machine',
      { remoteAddress: '192.168.1.20', headers: { host: 'localhost:3978' } },
      'not from this machine',
    ],
    [
      'a proxy on this machine passing on someone else',
      { remoteAddress: '127.0.0.1', headers: { host: 'localhost:3978', 'x-forwarded-for': '203.0.113.9' } },
      'through a proxy',
    ],
    [
      'a Forwarded header',
      { remoteAddress: '127.0.0.1', headers: { host: 'localhost', forwarded: 'for=203.0.113.9' } },
      'through a proxy',
    ],
    [
      'a page elsewhere reaching localhost by DNS rebinding',
      { remoteAddress: '127.0.0.1', headers: { host: 'attacker.example:3978' } },
      'Host does not name this machine',
    ],
    ['no Host at all', { remoteAddress: '127.0.0.1', headers: {} }, 'Host does not name this machine'],
  ])('%s', (_name, req, expected) => {
    const why = refusal(req, 'loopback');
    if (expected === null) expect(why).toBeNull();
    else expect(why).toContain(expected);
  });

  it('TRY_CONSOLE=public lets anyone in', () => {
    expect(refusal({ remoteAddress: '203.0.113.9', headers: { host: 'peer.example.org' } }, 'public')).toBeNull();
  });
});

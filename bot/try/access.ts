// Who may use the try-it console: by default only a browser on this machine. A request that came through a proxy
// (it carries forwarding headers) is treated as from outside even though it reaches us from loopback, and the Host
// must name this machine, so a web page elsewhere cannot reach the console by DNS rebinding.
import { isIP } from 'node:net';

export type ConsoleAccess = 'loopback' | 'public';

export interface RequestSeen {
  /** The peer address of the connection, as Node reports it. */
  remoteAddress: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

const FORWARDING = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'];
const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return plain === '::1';
}

function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.replace(/:\d+$/, '');
}

/** Why this request may not use the console, or null when it may. */
export function refusal(req: RequestSeen, access: ConsoleAccess): string | null {
  if (access === 'public') return null;
  if (!isLoopbackAddress(req.remoteAddress)) return 'it is not from this machine';
  if (FORWARDING.some((name) => req.headers[name] !== undefined)) return 'it came through a proxy';
  const host = req.headers['host'];
  const name = typeof host === 'string' ? hostName(host) : '';
  if (!LOCAL_NAMES.has(name) && !name.endsWith('.localhost')) return 'its Host does not name this machine';
  return null;
}

// Field encryption for personal data at rest: AES-256-GCM (authenticated) with a random 96-bit IV per value, and a
// keyed HMAC-SHA256 blind index for the values looked up by equality (phone numbers, outbox targets). Both keys are
// derived from one 32-byte data key with HKDF, so the same key never serves two purposes. A ciphertext names the key
// it was made with (a short id), so after `admin rotate-key` old and new values both read while rows are rewritten.
import crypto from 'node:crypto';

/** `enc:` a string value; `encj:` a JSON value (parsed back after decryption). A JSON value is stored as an object
 * `{ "encj:v1": sealed }`, not as a JSON string: Prisma's query-plan cache keys on a JSON column's string values, so
 * a fresh ciphertext string would compile every write again (about twice the cost of a turn), while an object's
 * members are parameters. The older string form (`"encj:v1:…"`) still reads. */
const STRING = 'enc:v1:';
/** How every encrypted string starts (a value that does not is still in clear). */
export const STRING_PREFIX = STRING;
const JSON_VALUE = 'encj:v1:';
const JSON_MEMBER = 'encj:v1';

/** An encrypted JSON value as stored. */
export interface SealedJson {
  [JSON_MEMBER]: string;
}

export interface DataKey {
  id: string;
  enc: Buffer;
  mac: Buffer;
}

/** The key that encrypts now, and older ones, newest first. Blind indexes are made with the oldest key's index key,
 * which a rotation keeps: an opt-out outlives erasure as an index alone, and could never be indexed again. */
export interface Keyring {
  current: DataKey;
  previous: DataKey[];
}

export function dataKey(raw: Buffer): DataKey {
  if (raw.length !== 32) throw new Error('the data key must be 32 bytes (base64 or hex)');
  const derive = (info: string) => Buffer.from(crypto.hkdfSync('sha256', raw, Buffer.alloc(0), info, 32));
  const id = crypto.createHash('sha256').update(raw).digest('hex').slice(0, 8);
  return { id, enc: derive('peer-connect field encryption'), mac: derive('peer-connect blind index') };
}

/** A key as written in DATA_KEY or the key file: 64 hex digits or base64 of 32 bytes. */
export function parseKey(text: string): Buffer {
  const t = text.trim();
  const raw = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (raw.length !== 32) throw new Error('the data key must be 32 bytes, written as 64 hex digits or base64');
  return raw;
}

export const newKey = (): Buffer => crypto.randomBytes(32);

export function encryptString(ring: Keyring, plain: string): string {
  return STRING + seal(ring.current, Buffer.from(plain, 'utf8'));
}

export function encryptJson(ring: Keyring, value: unknown): SealedJson {
  return { [JSON_MEMBER]: seal(ring.current, Buffer.from(JSON.stringify(value), 'utf8')) };
}

const isSealedJson = (v: unknown): v is SealedJson => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && keys[0] === JSON_MEMBER && typeof Reflect.get(v, JSON_MEMBER) === 'string';
};

export const isEncrypted = (v: unknown): v is string | SealedJson =>
  (typeof v === 'string' && (v.startsWith(STRING) || v.startsWith(JSON_VALUE))) || isSealedJson(v);

/** The plaintext of an encrypted value (a string, or the JSON value); anything else comes back as it is. */
export function decryptValue(ring: Keyring, value: unknown): unknown {
  if (isSealedJson(value)) return JSON.parse(open(ring, value[JSON_MEMBER]).toString('utf8')) as unknown;
  if (typeof value !== 'string' || !isEncrypted(value)) return value;
  const json = value.startsWith(JSON_VALUE);
  const body = value.slice(json ? JSON_VALUE.length : STRING.length);
  const text = open(ring, body).toString('utf8');
  return json ? (JSON.parse(text) as unknown) : text;
}

/** The blind index of a value: equal values give equal indexes under one key, and nothing else can be learnt. */
export function blindIndex(ring: Keyring, value: string): string {
  const indexKey = (ring.previous.at(-1) ?? ring.current).mac;
  return crypto.createHmac('sha256', indexKey).update(value, 'utf8').digest('base64url');
}

function seal(key: DataKey, plain: Buffer): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key.enc, iv);
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
}

function open(ring: Keyring, body: string): Buffer {
  const [id = '', data = ''] = body.split(':');
  const key = [ring.current, ...ring.previous].find((k) => k.id === id);
  if (!key) throw new Error(`a value is encrypted with a data key this server does not have (key id ${id})`);
  const buf = Buffer.from(data, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key.enc, buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(12, 28));
  return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]);
}

// Personal data is encrypted at rest by a Prisma client extension, so no query in the app has to think about it:
// the fields below are encrypted on every write and decrypted on every read (nested includes too), and equality
// look-ups on a phone number, a Teams mentee's user id or an outbox target go to their blind index instead (where: { phone } becomes
// where: { phoneIndex }). Values written before encryption was on read as they are until `reencryptAll` rewrites them.
import type { Db } from './db-type.js';
import { blindIndex, decryptValue, encryptJson, encryptString, isEncrypted, type Keyring } from './crypto.js';

interface ModelFields {
  strings?: readonly string[];
  json?: readonly string[];
}

/** What is encrypted, by model: everything that says who someone is or what they said. */
export const ENCRYPTED: Readonly<Record<string, ModelFields>> = {
  Person: { strings: ['phone', 'teamsUserId'], json: ['teamsRef'] },
  // Staff are people too: their names, and their Teams references (which carry their display names).
  Staff: { strings: ['name'], json: ['teamsRef'] },
  StaffChannel: { json: ['reference'] },
  Conversation: { json: ['snapshot'] },
  Message: { strings: ['body'], json: ['replies'] },
  Handoff: { json: ['profile'] },
  Referral: { json: ['summary'] },
  ReferralResponse: { strings: ['note'] },
  CheckIn: { strings: ['summary', 'concern'] },
  Outbox: { strings: ['target'], json: ['payload'] },
  // Most jobs carry ids only; a text whose turn is finished late (intake.deferred) carries the number and the words.
  Job: { json: ['payload'] },
};

/** Fields encrypted from a later release than the rest: rows written before it may still hold them in clear, and are
 * encrypted on the next start (leftovers.ts). */
export const ENCRYPTED_LATER: Readonly<Record<string, ModelFields>> = {
  Person: { strings: ['teamsUserId'] },
  Staff: { strings: ['name'], json: ['teamsRef'] },
  StaffChannel: { json: ['reference'] },
};

/** Fields looked up by equality, and the blind-index column that answers for them (field names are unique to one
 * model each, so a nested `where: { person: { phone } }` is rewritten too). */
const INDEXED: Readonly<Record<string, string>> = {
  phone: 'phoneIndex',
  teamsUserId: 'teamsUserIdIndex',
  target: 'targetIndex',
};

const WRITES = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn']);

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** The client with encryption at rest; everything else about it is the client it wraps. */
export function withEncryption(db: Db, ring: Keyring): Db {
  const extended = db.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const a = args as Plain;
          if (isPlain(a['where'])) a['where'] = indexWhere(ring, a['where']);
          if (WRITES.has(operation)) {
            a['data'] = Array.isArray(a['data'])
              ? a['data'].map((d) => encryptData(ring, model, d))
              : encryptData(ring, model, a['data']);
          }
          if (operation === 'upsert') {
            a['create'] = encryptData(ring, model, a['create']);
            a['update'] = encryptData(ring, model, a['update']);
          }
          return decryptDeep(ring, await query(args));
        },
      },
    },
  });
  return extended as unknown as Db;
}

function encryptData(ring: Keyring, model: string, data: unknown): unknown {
  const fields = ENCRYPTED[model];
  if (!fields || !isPlain(data)) return data;
  const out: Plain = { ...data };
  for (const name of fields.strings ?? []) {
    const raw = out[name];
    const value = isPlain(raw) && 'set' in raw ? raw['set'] : raw;
    if (typeof value !== 'string' || isEncrypted(value)) continue;
    out[name] = encryptString(ring, value);
    const index = INDEXED[name];
    if (index) out[index] = blindIndex(ring, value);
  }
  for (const name of fields.json ?? []) {
    const value = out[name];
    // null markers (Prisma.DbNull, …) are class instances, not plain JSON: left for Prisma.
    if (value === undefined || value === null || isEncrypted(value)) continue;
    if (!isPlain(value) && !Array.isArray(value) && typeof value === 'object') continue;
    out[name] = encryptJson(ring, value);
  }
  return out;
}

/** Encrypted fields with no blind index: a filter on their content could never match, so it is refused. */
const UNSEARCHABLE = new Set(['body', 'note', 'concern']);

function indexWhere(ring: Keyring, where: Plain): Plain {
  const out: Plain = {};
  for (const [key, value] of Object.entries(where)) {
    if (UNSEARCHABLE.has(key) && value !== null && !(isPlain(value) && 'not' in value && value['not'] === null)) {
      throw new Error(`"${key}" is encrypted at rest and cannot be searched: find the rows another way`);
    }
    const index = INDEXED[key];
    if (index && typeof value === 'string') out[index] = blindIndex(ring, value);
    else if (index && isPlain(value) && (typeof value['equals'] === 'string' || Array.isArray(value['in']))) {
      out[index] = {
        ...(typeof value['equals'] === 'string' ? { equals: blindIndex(ring, value['equals']) } : {}),
        ...(Array.isArray(value['in'])
          ? { in: (value['in'] as unknown[]).map((v) => (typeof v === 'string' ? blindIndex(ring, v) : v)) }
          : {}),
      };
    } else if (Array.isArray(value)) {
      out[key] = (value as unknown[]).map((v) => (isPlain(v) ? indexWhere(ring, v) : v));
    } else if (isPlain(value)) out[key] = indexWhere(ring, value);
    else out[key] = value;
  }
  return out;
}

function decryptDeep(ring: Keyring, value: unknown): unknown {
  if (isEncrypted(value)) return decryptValue(ring, value);
  if (Array.isArray(value)) return value.map((v) => decryptDeep(ring, v));
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const [k, v] of Object.entries(value)) out[k] = decryptDeep(ring, v);
  return out;
}

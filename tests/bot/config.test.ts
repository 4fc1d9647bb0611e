// The one typed config: defaults for a local start, and a clear line naming each bad variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';

describe('loadConfig', () => {
  it('starts with no environment at all: SQLite under ./data, SMS and Teams off', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.host).toBe('0.0.0.0');
    expect(config.databaseUrl).toMatch(/^file:\/.*\/data\/peer-connect\.db$/);
    expect(config.publicUrl).toBe('http://localhost:3978');
    expect(config.twilio).toBeUndefined();
    expect(config.teams).toBeUndefined();
    expect(config.dialog.crisisLines.localName).toMatch(/Mindline/);
  });

  it('reads the values of .env.example with empty lines left empty', () => {
    const config = loadConfig({ TWILIO_ACCOUNT_SID: '', TWILIO_API_URL: '', PEER_MEETING: '', MicrosoftAppId: '' });
    expect(config.twilio).toBeUndefined();
    expect(config.peerMeeting).toBeUndefined();
  });

  it('turns SMS on when all three Twilio variables are set', () => {
    const config = loadConfig({
      TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32),
      TWILIO_AUTH_TOKEN: 'secret',
      TWILIO_FROM: 'MG' + 'f'.repeat(32),
      PUBLIC_URL: 'https://bot.example.org/',
    });
    expect(config.twilio?.from).toBe('MG' + 'f'.repeat(32));
    expect(config.publicUrl).toBe('https://bot.example.org');
  });

  it('has the semantic safety layer on, waiting 60 ms, unless told otherwise', () => {
    expect(loadConfig({}).safetySemantic).toEqual({ enabled: true, waitMs: 60 });
    expect(loadConfig({ SAFETY_SEMANTIC: 'off', SAFETY_SEMANTIC_WAIT_MS: '5' }).safetySemantic).toEqual({
      enabled: false,
      waitMs: 5,
    });
  });

  it('keeps a PostgreSQL URL as it is', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/pc' }).databaseUrl).toBe('postgresql://u@db:5432/pc');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ TWILIO_ACCOUNT_SID: 'AC123' }, 'TWILIO_ACCOUNT_SID'],
    [{ TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32) }, 'TWILIO_AUTH_TOKEN: is not set, but TWILIO_ACCOUNT_SID is'],
    [{ TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32) }, 'TWILIO_FROM: is not set, but TWILIO_ACCOUNT_SID is'],
    [{ DATABASE_URL: 'postgresql://u@db:5432' }, 'DATABASE_URL: names no database'],
    [{ DATABASE_URL: 'postgresql://u@db:5432/' }, 'DATABASE_URL: names no database'],
    [{ LOG_FORMAT: 'colour' }, 'LOG_FORMAT: must be json'],
    [{ TWILIO_FROM: '07700 900123', TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32), TWILIO_AUTH_TOKEN: 'x' }, 'TWILIO_FROM'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TIMEZONE: 'Somerset/Taunton' }, 'TIMEZONE'],
    [{ WORKING_HOURS: '17:00-09:00' }, 'WORKING_HOURS'],
    [{ WORKING_DAYS: 'weekdays' }, 'WORKING_DAYS'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppType: 'Anyone' }, 'MicrosoftAppType'],
    [{ CRISIS_LINES: '{"localName":"X"}' }, 'CRISIS_LINES'],
    [{ PEER_MEETING: 'every so often' }, 'PEER_MEETING'],
    [{ SAFETY_SEMANTIC: 'maybe' }, 'SAFETY_SEMANTIC'],
    [{ SAFETY_SEMANTIC_WAIT_MS: 'soon' }, 'SAFETY_SEMANTIC_WAIT_MS'],
  ])('refuses %o with a line naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\n  ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('names each bad Twilio value when all three are set, never "set all three"', () => {
    const env = { TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: 'secret', TWILIO_FROM: '07700 900123' };
    expect(() => loadConfig(env)).toThrow(/TWILIO_ACCOUNT_SID: must be the Account SID/);
    expect(() => loadConfig(env)).toThrow(/TWILIO_FROM: must be an E\.164 number/);
    expect(() => loadConfig(env)).not.toThrow(/all three|is not set/);
    expect(() => loadConfig({ ...env, TWILIO_FROM: '+447700900123' })).toThrow(
      /^Invalid configuration:\n {2}TWILIO_ACCOUNT_SID: [^\n]*$/,
    );
  });

  it('says which Twilio values are missing when only some are set', () => {
    expect(() => loadConfig({ TWILIO_AUTH_TOKEN: 'secret', TWILIO_FROM: '+447700900123' })).toThrow(
      /^Invalid configuration:\n {2}TWILIO_ACCOUNT_SID: is not set, but TWILIO_AUTH_TOKEN and TWILIO_FROM are: SMS needs all three \(or none\)$/,
    );
  });

  it('logs JSON for machines unless LOG_FORMAT=pretty', () => {
    expect(loadConfig({}).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      expect.unreachable();
    } catch (err) {
      expect(String(err)).toMatch(/PORT:/);
      expect(String(err)).toMatch(/LOG_LEVEL:/);
    }
  });

  it('takes crisis lines for another area as JSON', () => {
    const config = loadConfig({
      CRISIS_LINES: JSON.stringify({
        localName: 'Devon Mental Health Line',
        localPhone: '0800 000 0000',
        localHours: '24/7',
      }),
    });
    expect(config.dialog.crisisLines.localName).toBe('Devon Mental Health Line');
  });
});

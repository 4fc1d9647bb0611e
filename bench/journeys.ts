// The synthetic people: mentees who text their way through the whole intake journey, one message at a time each,
// and coordinators who write to the bot in Teams. A driver hands out the next request and reads the answer to it.
import crypto from 'node:crypto';
import twilio from 'twilio';

export interface NextRequest<T> {
  path: string;
  body: string;
  headers: Record<string, string>;
  /** Who sent it: given back with the response. */
  who: T;
}

export interface Driver<T> {
  next(): NextRequest<T>;
  answered(who: T, status: number, body: string): void;
  /** Responses that were 2xx but not what a person would need (an empty TwiML reply). */
  readonly empty: number;
}

export interface SmsSettings {
  authToken: string;
  publicUrl: string;
  accountSid: string;
  to: string;
  /** First number of this run's phone range, so runs against one database never share a mentee. */
  firstPhone: number;
}

interface Mentee {
  phone: string;
  turn: number;
  answer: number;
  lastReply: string;
  sentSend: boolean;
}

/** Answers in a mentee's own words; "skip" is a valid answer to any question. */
const ANSWERS = [
  'Sam',
  '34',
  'Taunton',
  'I have been feeling low since I lost my job in the spring and I hardly go out any more. My GP suggested this.',
  'Someone to talk to who has been through something like it',
  'Get out of the house twice a week',
  'Phone calls to start with',
  'Weekday evenings after 6',
  'skip',
  'Someone patient who likes walking',
];
/** No real person takes longer than this; past it the mentee is counted as stuck. */
const MAX_TURNS = 40;

export interface SmsStats {
  started: number;
  completed: number;
  stuck: number;
  turns: number;
}

export class SmsJourneys implements Driver<Mentee> {
  readonly stats: SmsStats = { started: 0, completed: 0, stuck: 0, turns: 0 };
  empty = 0;
  private readonly idle: Mentee[] = [];
  private nextPhone: number;
  private readonly url: string;

  constructor(private readonly settings: SmsSettings) {
    this.nextPhone = settings.firstPhone;
    this.url = settings.publicUrl + '/api/sms';
  }

  next(): NextRequest<Mentee> {
    const mentee = this.idle.shift() ?? this.newMentee();
    const text = this.say(mentee);
    const sid = `SM${crypto.randomBytes(16).toString('hex')}`;
    const fields: Record<string, string> = {
      ToCountry: 'GB',
      SmsMessageSid: sid,
      NumMedia: '0',
      From: mentee.phone,
      To: this.settings.to,
      Body: text,
      AccountSid: this.settings.accountSid,
      ApiVersion: '2010-04-01',
      MessageSid: sid,
    };
    const signature = twilio.getExpectedTwilioSignature(this.settings.authToken, this.url, fields);
    return {
      path: '/api/sms',
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      who: mentee,
    };
  }

  answered(mentee: Mentee, status: number, body: string): void {
    this.stats.turns++;
    if (status !== 200) {
      // Twilio would retry; a person would write again. Either way the journey goes on from where it was.
      this.idle.push(mentee);
      return;
    }
    const replies = [...body.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => m[1] ?? '');
    if (replies.length === 0) this.empty++;
    mentee.lastReply = replies.join('\n');
    mentee.turn++;
    if (mentee.sentSend) {
      this.stats.completed++;
      return;
    }
    if (mentee.turn >= MAX_TURNS) {
      this.stats.stuck++;
      return;
    }
    this.idle.push(mentee);
  }

  private newMentee(): Mentee {
    this.stats.started++;
    // 07700 900xxx is Ofcom's drama range; past it, still a well-formed UK mobile nobody is given in a test.
    const phone = `+447${String(this.nextPhone++).padStart(9, '0')}`;
    return { phone, turn: 0, answer: 0, lastReply: '', sentSend: false };
  }

  /** What a person would write next, given what the bot last said. */
  private say(m: Mentee): string {
    if (m.turn === 0) return 'Hi';
    if (m.turn <= 3) return 'yes'; // consent, 18 or over, lives in Somerset
    const reply = m.lastReply;
    if (/\bSEND\b/.test(reply)) {
      m.sentSend = true;
      return 'send';
    }
    if (/another goal/i.test(reply)) return 'done'; // "Is there another goal? Send it, or reply DONE."
    const answer = ANSWERS[m.answer++] ?? 'skip';
    // No two mentees write quite the same sentence: the safety net keeps recent answers of its sentence model by
    // text, and identical texts from every mentee would be read once for all of them.
    return answer.split(' ').length >= 4 ? `${answer} (${m.phone.slice(-4)})` : answer;
  }
}

export interface TeamsSettings {
  connectorUrl: string;
  /** AAD object ids of the coordinators seeded in the database. */
  coordinators: string[];
  tenantId: string;
  /** What coordinators write, in turn. */
  texts: string[];
}

interface Coordinator {
  aad: string;
  index: number;
}

export class TeamsCoordinators implements Driver<Coordinator> {
  empty = 0;
  private readonly idle: Coordinator[];
  private spill = 0;
  private said = 0;

  constructor(private readonly settings: TeamsSettings) {
    this.idle = settings.coordinators.map((aad, index) => ({ aad, index }));
  }

  next(): NextRequest<Coordinator> {
    // A person writes one message at a time; only when every coordinator is busy do two messages overlap.
    const who = this.idle.shift() ?? this.overlap();
    const text = this.settings.texts[this.said++ % this.settings.texts.length] ?? 'help';
    const activity = {
      type: 'message',
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      locale: 'en-GB',
      channelId: 'msteams',
      serviceUrl: this.settings.connectorUrl,
      from: { id: `29:bench-${who.aad}`, name: `Coordinator ${who.index}`, aadObjectId: who.aad },
      recipient: { id: '28:bench-bot', name: 'Peer Connect' },
      conversation: {
        id: `a:bench-personal-${who.aad}`,
        conversationType: 'personal',
        tenantId: this.settings.tenantId,
      },
      channelData: { tenant: { id: this.settings.tenantId } },
      text,
      textFormat: 'plain',
    };
    return {
      path: '/api/messages',
      body: JSON.stringify(activity),
      headers: { 'content-type': 'application/json' },
      who,
    };
  }

  // Teams replies go to the connector, not into the HTTP response: the run counts them there.
  answered(who: Coordinator): void {
    if (!this.idle.includes(who)) this.idle.push(who);
  }

  private overlap(): Coordinator {
    const list = this.settings.coordinators;
    const index = this.spill++ % list.length;
    return { aad: list[index] ?? '', index };
  }
}

// Durable floor for the SMS path: the bare TwiML floor (restify, its body parser, twilio-node's signature check,
// TwiML) plus the least a real turn must do, one Prisma insert: the inbound message kept before the reply goes back.
// DATABASE_URL names the database (SQLite file or PostgreSQL), opened as the app opens it (its migrations, connection
// settings and pool) but through the client without the app's encryption: what the app adds is the app's cost.
import { openDatabase } from '../../bot/db/client.js';
import { smsFloor } from './sms-floor.js';

const opened = await openDatabase(process.env['DATABASE_URL'] ?? '', { key: { dataKey: process.env['DATA_KEY'] } });
const db = opened.raw;

smsFloor({
  name: 'durable-twiml',
  keep: async (fields) => {
    await db.message.create({
      data: {
        direction: 'in',
        channel: 'sms',
        providerId: `sms:${fields['MessageSid'] ?? ''}`,
        body: fields['Body'] ?? '',
      },
    });
  },
  close: () => opened.close(),
});

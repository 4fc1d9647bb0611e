// Durable floor for the SMS path: the bare TwiML floor (restify, its body parser, twilio-node's signature check,
// TwiML) plus the least a real turn must do, one Prisma insert: the inbound message kept before the reply goes back.
// DATABASE_URL names the database (SQLite file or PostgreSQL), opened as the app opens it (its migrations, connection
// settings and pool) but through the client without the app's encryption: what the app adds is the app's cost.
import restify from 'restify';
import twilio from 'twilio';
import { openDatabase } from '../../bot/db/client.js';

const port = Number(process.env['PORT'] ?? 0);
const token = process.env['TWILIO_AUTH_TOKEN'] ?? '';
const publicUrl = process.env['PUBLIC_URL'] ?? '';
const databaseUrl = process.env['DATABASE_URL'] ?? '';

const opened = await openDatabase(databaseUrl, { key: { dataKey: process.env['DATA_KEY'] } });
const db = opened.raw;

const server = restify.createServer({ name: 'durable-twiml', handleUncaughtExceptions: false });
server.use(restify.plugins.queryParser({ mapParams: false }));
server.use(restify.plugins.bodyParser({ mapParams: false }));

server.post('/api/sms', async (req, res) => {
  const signature = req.header('x-twilio-signature');
  const params: unknown = req.body;
  const fields = typeof params === 'object' && params !== null ? (params as Record<string, string>) : {};
  if (!signature || !twilio.validateRequest(token, signature, publicUrl + (req.url ?? ''), fields)) {
    res.send(403);
    return;
  }
  try {
    await db.message.create({
      data: {
        direction: 'in',
        channel: 'sms',
        providerId: `sms:${fields['MessageSid'] ?? ''}`,
        body: fields['Body'] ?? '',
      },
    });
  } catch (err) {
    process.stderr.write(`durable-twiml insert failed: ${err instanceof Error ? err.message : String(err)}\n`);
    res.send(500);
    return;
  }
  const twiml = new twilio.twiml.MessagingResponse();
  twiml.message('Thanks for your message.');
  const xml = twiml.toString();
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
});

server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  next();
});

server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  server.close(() => void opened.close().then(() => process.exit(0)));
  // Idle keep-alive sockets (the load generator's, the readiness probe's) would hold close() open.
  server.server.closeIdleConnections();
});

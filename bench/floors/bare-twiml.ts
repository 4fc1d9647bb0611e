// Floor for the SMS path: the same stack (restify, its body parser, twilio-node's signature check, TwiML) doing
// nothing else. Listens on PORT; checks every request against TWILIO_AUTH_TOKEN and PUBLIC_URL, as the app does.
import restify from 'restify';
import twilio from 'twilio';

const port = Number(process.env['PORT'] ?? 0);
const token = process.env['TWILIO_AUTH_TOKEN'] ?? '';
const publicUrl = process.env['PUBLIC_URL'] ?? '';

const server = restify.createServer({ name: 'bare-twiml', handleUncaughtExceptions: false });
server.use(restify.plugins.queryParser({ mapParams: false }));
server.use(restify.plugins.bodyParser({ mapParams: false }));

server.post('/api/sms', (req, res, next) => {
  const signature = req.header('x-twilio-signature');
  const params: unknown = req.body;
  const fields = typeof params === 'object' && params !== null ? (params as Record<string, string>) : {};
  if (!signature || !twilio.validateRequest(token, signature, publicUrl + (req.url ?? ''), fields)) {
    res.send(403);
    next();
    return;
  }
  const twiml = new twilio.twiml.MessagingResponse();
  twiml.message('Thanks for your message.');
  const xml = twiml.toString();
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
  next();
});

server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  next();
});

server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  // Idle keep-alive sockets (the load generator's, the readiness probe's) would hold close() open.
  server.server.closeIdleConnections();
});

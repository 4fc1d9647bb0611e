// Floor for the Teams path: restify and botbuilder's CloudAdapter (authentication off, as in the benchmark's app)
// echoing each message; the reply is POSTed to the activity's serviceUrl, the same fake connector the app uses.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import restify from 'restify';
import { serve } from './serve.js';

// Built as the app builds it with no MicrosoftAppId: empty settings turn authentication off.
const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({})),
);
adapter.onTurnError = async (ctx, err) => {
  process.stderr.write(`bare-cloudadapter turn error: ${err instanceof Error ? err.message : String(err)}\n`);
  await ctx.sendActivity('Sorry, something went wrong.');
};

const server = restify.createServer({ name: 'bare-cloudadapter', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false }));

server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (ctx) => {
    if (ctx.activity.type === 'message') await ctx.sendActivity(`You said: ${ctx.activity.text ?? ''}`);
  });
});

serve(server);

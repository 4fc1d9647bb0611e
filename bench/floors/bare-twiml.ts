// Floor for the SMS path: the same stack (restify, its body parser, twilio-node's signature check, TwiML) doing
// nothing else. Listens on PORT; checks every request against TWILIO_AUTH_TOKEN and PUBLIC_URL, as the app does.
import { smsFloor } from './sms-floor.js';

smsFloor({ name: 'bare-twiml' });

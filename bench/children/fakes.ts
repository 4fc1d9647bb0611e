// Child-process entry: serves the fake connector and fake Twilio REST API on PORT until SIGTERM.
import { startFakes } from '../fake-connector.js';

const fakes = await startFakes(Number(process.env['PORT'] ?? 0));
process.on('SIGTERM', () => void fakes.close().then(() => process.exit(0)));

import { classify } from '../../flows/safety/index.js';
import { normalise } from '../../flows/safety/normalise.js';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(classify(t)), '|', normalise(t), '|', t);

// The dependency rules (.dependency-cruiser.mjs, also run by CI as `npm run lint:deps`) hold for the code as it is,
// and they do catch what they forbid: an import loop, wording that reaches into the bot, a machine that imports
// wording, the Teams channel reaching into a feature, a feature's wiring installed outside bot/app.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

async function violations(folders: string[], baseDir: string): Promise<string[][]> {
  const options: ICruiseOptions = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.mjs'));
  const tsConfig: unknown = extractTSConfig(path.join(root, 'tsconfig.json'));
  const result = await cruise(folders, { ...options, validate: true, baseDir }, {}, { tsConfig });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => [v.rule.name, v.from, v.to]);
}

describe('the dependency rules', () => {
  it('hold for the code as it is', async () => {
    const folders = ['shared', 'flows', 'dialogs', 'bot', 'prisma/tools', 'manifest', 'bench', 'tests', 'scripts'];
    expect(await violations(folders, root)).toEqual([]);
  });

  describe('catch what they forbid', () => {
    let tree: string;
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
      fs.writeFileSync(path.join(tree, file), text);
    };

    beforeAll(() => {
      tree = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-deps-'));
      // A loop made only of a value import one way and a type import back.
      write('bot/intake/turn.ts', "import { staffName } from '../staff/who.js';\nexport const turn = staffName;\n");
      write(
        'bot/staff/who.ts',
        "import type { turn } from '../intake/turn.js';\nexport const staffName = (t?: typeof turn) => t;\n",
      );
      write(
        'flows/intake/machine.ts',
        "import { welcome } from '../../dialogs/welcome.js';\nexport const m = welcome;\n",
      );
      write(
        'dialogs/welcome.ts',
        "import type { JsonObject } from '../bot/json.js';\nexport const welcome: JsonObject = {};\n",
      );
      write('bot/json.ts', 'export type JsonObject = Record<string, unknown>;\n');
      write('bot/teams/turn.ts', "import { desk } from '../handoffs/desk.js';\nexport const router = desk;\n");
      write('bot/handoffs/desk.ts', 'export const desk = 1;\n');
      write('bot/handoffs/wiring.ts', "import { desk } from './desk.js';\nexport const wiring = desk;\n");
      write('bot/mentors/feature.ts', "import { wiring } from '../handoffs/wiring.js';\nexport const f = wiring;\n");
      write('bot/work/worker.ts', "import { turn } from '../intake/turn.js';\nexport const w = turn;\n");
    });
    afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

    it('each breach, by the rule it breaks', async () => {
      const found = await violations(['bot', 'flows', 'dialogs'], tree);
      expect(found).toEqual(
        expect.arrayContaining([
          ['no-import-loop', 'bot/intake/turn.ts', 'bot/staff/who.ts'],
          ['flows-are-pure', 'flows/intake/machine.ts', 'dialogs/welcome.ts'],
          ['dialogs-are-pure', 'dialogs/welcome.ts', 'bot/json.ts'],
          ['teams-channel-knows-no-feature', 'bot/teams/turn.ts', 'bot/handoffs/desk.ts'],
          ['wiring-only-in-the-root', 'bot/mentors/feature.ts', 'bot/handoffs/wiring.ts'],
          ['plumbing-knows-no-feature', 'bot/work/worker.ts', 'bot/intake/turn.ts'],
        ]),
      );
    });
  });
});

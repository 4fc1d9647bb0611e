// The console page's three files. Built (npm run build bundles page/console.js with adaptivecards into dist/), they
// are read from beside this module; run from source (tsx, tests), the same entry is bundled in memory with esbuild.
import fs from 'node:fs/promises';

export interface PageAssets {
  html: string;
  js: string;
  css: string;
}

const page = (name: string) => new URL(`./page/${name}`, import.meta.url);

export async function pageAssets(): Promise<PageAssets> {
  const [html, css] = await Promise.all([
    fs.readFile(page('index.html'), 'utf8'),
    fs.readFile(page('console.css'), 'utf8'),
  ]);
  if (!import.meta.url.endsWith('.ts')) return { html, css, js: await fs.readFile(page('console.js'), 'utf8') };
  const esbuild = await import('esbuild');
  const built = await esbuild.build({ ...PAGE_BUNDLE, entryPoints: [page('console.js').pathname], write: false });
  return { html, css, js: built.outputFiles[0]?.text ?? '' };
}

/** How the page is bundled: scripts/build.mjs uses the same settings. */
export const PAGE_BUNDLE = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
} as const;

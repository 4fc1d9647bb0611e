// The console page's three files. Built (npm run build bundles page/console.js with adaptivecards into dist/), they
// are read from beside this module; run from source (tsx, tests), the same entry is bundled in memory with esbuild.
import fs from 'node:fs/promises';
import type { BuildOptions } from 'esbuild';

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
  const options = JSON.parse(await fs.readFile(PAGE_BUNDLE_FILE, 'utf8')) as BuildOptions;
  const built = await esbuild.build({ ...options, entryPoints: [page('console.js').pathname], write: false });
  return { html, css, js: built.outputFiles[0]?.text ?? '' };
}

/** How the page is bundled, one file read by this module and by scripts/build.mjs alike. */
const PAGE_BUNDLE_FILE = page('bundle.json');

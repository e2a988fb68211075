#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (built by `npm run build`, which setup.sh runs).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('intercede: not built yet — run `bash setup.sh` (or `npm run build`) first');
  process.exit(1);
}
const { main } = await import(pathToFileURL(cli).href);
await main();

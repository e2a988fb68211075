import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** A static file served under /assets/, named by its content hash so browsers may cache it forever. */
export interface Asset {
  readonly path: string;
  readonly body: Buffer;
  readonly contentType: string;
}

/** The assets of a running server: the stylesheet and one bundle per client script. */
export interface Assets {
  readonly stylesheet: string;
  readonly icon: string;
  /** URL of a client script by its entry name (file name without extension in src/web/client). */
  script(name: string): string;
  get(path: string): Asset | undefined;
}

// Resolves to the project's src/web both from src/web (tests) and from dist/web (production).
const WEB_SOURCE = fileURLToPath(new URL('../../src/web/', import.meta.url));

function hashed(name: string, ext: string, body: Buffer): string {
  return `/assets/${name}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${ext}`;
}

/** Builds the stylesheet and client bundles in memory with esbuild, once per process. */
export async function buildAssets(): Promise<Assets> {
  const byPath = new Map<string, Asset>();
  const css = readFileSync(`${WEB_SOURCE}styles.css`);
  const stylesheet = hashed('styles', 'css', css);
  byPath.set(stylesheet, { path: stylesheet, body: css, contentType: 'text/css; charset=utf-8' });

  const svg = readFileSync(`${WEB_SOURCE}icon.svg`);
  const icon = hashed('icon', 'svg', svg);
  byPath.set(icon, { path: icon, body: svg, contentType: 'image/svg+xml' });

  const entries = readdirSync(`${WEB_SOURCE}client`).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const scripts = new Map<string, string>();
  const result = await build({
    entryPoints: entries.map((f) => `${WEB_SOURCE}client/${f}`),
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    write: false,
    outdir: '/out',
    logLevel: 'silent',
  });
  for (const file of result.outputFiles) {
    const name = file.path.replace(/^.*\//, '').replace(/\.js$/, '');
    const body = Buffer.from(file.contents);
    const path = hashed(name, 'js', body);
    scripts.set(name, path);
    byPath.set(path, { path, body, contentType: 'text/javascript; charset=utf-8' });
  }
  return {
    stylesheet,
    icon,
    script(name) {
      const path = scripts.get(name);
      if (!path) throw new Error(`no client script named ${name}`);
      return path;
    },
    get: (path) => byPath.get(path),
  };
}

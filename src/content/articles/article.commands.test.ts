// The article commands run in-process through runCli, on a fresh SQLite DATA_DIR with the synthetic Bibles.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../test/harness/cli.js';
import { writeSyntheticLibrary } from '../../scripture/testing/synthetic-library.js';

const FIXTURE = fileURLToPath(new URL('./testdata/he-always-lives.md', import.meta.url));

describe('intercede article …', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intercede-article-cli-'));
  const env = { DATA_DIR: dir };
  beforeAll(async () => {
    const r = await runCommand(['bible', 'install', '--from', writeSyntheticLibrary(), 'WEB'], env);
    expect(r.code, r.err).toBe(0);
  });

  it('check: prints each problem with its file line, the closest text, where the words come from; exit 1', async () => {
    const r = await runCommand(['article', 'check', FIXTURE], env);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`${FIXTURE}:18: quotation does not match Hebrews 7:25 in any installed translation`);
    expect(lines[1]).toBe('    quoted:  “Who is he who condemns? It is Christ who died”');
    expect(lines[2]).toMatch(/^ {4}closest: Hebrews 7:25 \(WEB\), \d+% similar: “Therefore he is also able/);
    expect(lines[3]).toMatch(/^ {4}found: {3}Romans 8:34 \(WEB\), 100% similar: “Who is he who condemns\?/);
    expect(r.out).toContain(`${FIXTURE}:20: invalid reference "Romans 17:1": Romans has 16 chapters`);
    expect(r.out).toContain('5 references, 4 quotations checked (3 matching an installed translation): 2 problems.');
    const json = JSON.parse((await runCommand(['article', 'check', '--json', FIXTURE], env)).out);
    expect(json.problems.map((p: { kind: string }) => p.kind)).toEqual(['quotation-mismatch', 'invalid-reference']);
  });

  it('check: says when a quotation is probably from a translation that is not installed', async () => {
    const niv = join(dir, 'niv.md');
    writeFileSync(niv, 'Hebrews 7:25 declares:\n\n> “Therefore he is able to save completely those who come to God through him, because he always lives to intercede for them.”\n');
    const r = await runCommand(['article', 'check', niv], env);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/closest: Hebrews 7:25 \(WEB\), (5|6|7)\d% similar/);
    expect(r.out).toContain('    note:    probably quoted from a translation that is not installed, or paraphrased');
  });

  it('check: exit 0 for a clean article; 2 for a missing file or argument', async () => {
    const clean = join(dir, 'clean.md');
    writeFileSync(clean, '---\ntitle: Clean\n---\nHebrews 7:25 says he is able “to save to the uttermost”.\n');
    const ok = await runCommand(['article', 'check', clean], env);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe(`${clean}: 1 reference, 1 quotation checked (1 matching an installed translation): no problems.\n`);
    const missing = await runCommand(['article', 'check', join(dir, 'nope.md')], env);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    expect(missing.err).toContain('usage: intercede article check FILE.md [--json]');
    expect((await runCommand(['article', 'check'], env)).code).toBe(2);
  });

  it('import: prints the slug; --publish publishes; a broken file exits 1 naming the line', async () => {
    const r = await runCommand(['article', 'import', FIXTURE], env);
    expect(r).toMatchObject({ code: 0, out: 'he-always-lives-to-intercede\n' });
    const again = await runCommand(['article', 'import', FIXTURE, '--publish'], env);
    expect(again).toMatchObject({ code: 0, out: 'he-always-lives-to-intercede\n' });
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, '---\ntitle: A\ntags: [a, b\n---\nBody\n');
    const bad = await runCommand(['article', 'import', broken], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^intercede: line \d+: front matter:/);
    expect((await runCommand(['article', 'import', FIXTURE, '--draft'], env)).code).toBe(2);
  });

  it('import: reads respond from the front matter and names a value it does not know, with its line', async () => {
    const never = join(dir, 'never.md');
    writeFileSync(never, '---\ntitle: Notes without a form\nrespond: no\n---\nWill you respond? Not here.\n');
    expect(await runCommand(['article', 'import', never], env)).toMatchObject({ code: 0, out: 'notes-without-a-form\n' });
    const maybe = join(dir, 'maybe.md');
    writeFileSync(maybe, '---\ntitle: Maybe\nrespond: maybe\n---\nBody\n');
    const bad = await runCommand(['article', 'import', maybe], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('line 3: front matter: respond must be auto, yes or no (or true, false, sí), not "maybe"');
    expect((await runCommand(['article', 'import', '--help'], env)).out).toContain('respond: auto|yes|no');
  });
});

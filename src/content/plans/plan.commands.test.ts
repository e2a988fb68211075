// The plan commands run in-process through runCli, on a fresh SQLite DATA_DIR.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../test/harness/cli.js';

describe('intercede plan …', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intercede-plan-cli-'));
  const env = { DATA_DIR: dir };
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  it('list: the built-ins, John in 21 days first', async () => {
    const r = await runCommand(['plan', 'list'], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual(['john-21\t21\tbuilt-in\tThe Gospel of John in 21 days', 'psalms-30\t30\tbuilt-in\tPsalms in 30 days']);
  });

  it('import: prints the slug; the same slug again updates; bad days are named with exit 1; a bad call exits 2', async () => {
    const path = file('hope.json', { title: 'Semana de esperanza', language: 'es', days: ['Romanos 5', 'Juan 21', ['Romanos 8:18-39', 'Salmo 23']] });
    const r = await runCommand(['plan', 'import', path], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('semana-de-esperanza\n');
    expect(r.err).toBe('imported: Semana de esperanza (3 days)\n');
    const again = await runCommand(['plan', 'import', file('hope2.json', { title: 'Semana de esperanza', slug: 'semana-de-esperanza', language: 'es', days: ['Romanos 5'] })], env);
    expect(again.err).toBe('updated: Semana de esperanza (1 day)\n');
    const json = JSON.parse((await runCommand(['plan', 'list', '--json'], env)).out);
    expect(json[2]).toEqual({ slug: 'semana-de-esperanza', title: 'Semana de esperanza', language: 'es', builtIn: false, dayCount: 1 });
    const bad = await runCommand(['plan', 'import', file('bad.json', { title: 'Bad', days: ['John 1', 'John 22'] })], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('intercede: Day 2 (“John 22”): John has 21 chapters\n');
    expect((await runCommand(['plan', 'import', file('not.json', 'title: x')], env)).code).toBe(2);
    expect((await runCommand(['plan', 'import', join(dir, 'missing.json')], env)).err).toContain('no such file');
  });
});

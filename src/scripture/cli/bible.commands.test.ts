// The bible commands run in-process through runCli, on a fresh SQLite DATA_DIR and the synthetic library.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../cli.js';
import type { CliIO } from '../../platform/cli/command.js';
import { runCli } from '../../platform/cli/run-cli.js';
import { writeSyntheticLibrary } from '../testing/synthetic-library.js';

function io(env: Record<string, string>, stdin = '', isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => stdin, env, isTTY };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

async function run(argv: string[], env: Record<string, string>, stdin = '', isTTY = false) {
  const t = io(env, stdin, isTTY);
  const code = await runCli(commands, argv, t.io);
  return { code, out: t.out(), err: t.err() };
}

describe('intercede bible …', () => {
  const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'intercede-bible-cli-')) };
  let library: string;
  beforeAll(async () => {
    library = writeSyntheticLibrary();
    const r = await run(['bible', 'install', '--from', library], env);
    expect(r.code, r.err).toBe(0);
  });

  it('install: reports each module, warns about missing defaults, draws progress only on a terminal', async () => {
    const r = await run(['bible', 'install', '--from', library], env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Installed WEB \(engWEB2015eb\): 20 verses in /m);
    expect(r.out).toMatch(/^Installed Nave: 4 topics in /m);
    expect(r.out).not.toContain('\r');
    expect(r.err).toContain('Not found: engKJV2006eb (Debian package sword-text-kjv)');
    const tty = await run(['bible', 'install', '--from', library, 'WEB'], env, '', true);
    expect(tty.out).toMatch(/\r\[#+ *\] +\d+% engWEB2015eb (reading|writing)/);
  });

  it('install: exits 1 when a named module is missing, or when nothing is found, naming the packages', async () => {
    const named = await run(['bible', 'install', '--from', library, 'KJV', 'WEB'], env);
    expect(named.code).toBe(1);
    expect(named.out).toContain('Installed WEB');
    expect(named.err).toContain('Not found: KJV (Debian package sword-text-kjv)');
    expect((await run(['bible', 'install', '--from', library, 'KJV'], env)).err).toContain('No SWORD module (KJV) was found');
    const none = await run(['bible', 'install', '--from', mkdtempSync(join(tmpdir(), 'no-sword-'))], env);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/sudo apt-get install sword-text-web sword-text-kjv sword-text-sparv sword-dict-naves/);
    expect(none.err).toContain("CrossWire's repository");
  });

  it('list: code, name, language, versification and licence', async () => {
    const r = await run(['bible', 'list'], env);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^CODE\s+NAME\s+LANGUAGE\s+VERSIFICATION\s+LICENCE$/);
    expect(r.out).toMatch(/^WEB\s+World English Bible \(test\)\s+en\s+NRSVA\s+Public Domain$/m);
    expect(JSON.parse((await run(['bible', 'list', '--json'], env)).out).map((t: { code: string }) => t.code)).toEqual(['RV1909', 'WEB']);
    const fresh = await run(['bible', 'list'], { DATA_DIR: mkdtempSync(join(tmpdir(), 'intercede-empty-')) });
    expect(fresh.out).toContain('intercede bible install');
  });

  it('read: a passage as numbered verses, as JSON, and a precise error', async () => {
    const r = await run(['bible', 'read', 'John', '3:16-17'], env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^John 3:16–17 \(WEB\)\n16 For God so loved the world.*\n17 For God didn’t send/);
    const json = JSON.parse((await run(['bible', 'read', 'Juan 3:16', '--translation', 'RV1909', '--json'], env)).out);
    expect(json.passages[0].verses[0].text).toMatch(/^Porque de tal manera/);
    const bad = await run(['bible', 'read', 'John 22:1'], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('intercede: John has 21 chapters.\n');
    const unknown = await run(['bible', 'read', 'John 3:16', '-t', 'NIV'], env);
    expect(unknown.err).toContain('installed: RV1909, WEB');
    expect((await run(['bible', 'read'], env)).code).toBe(2);
  });

  it('search: ranked hits with matches marked, JSON with offsets, usage errors exit 2', async () => {
    const r = await run(['bible', 'search', 'intercede', '--limit', '2'], env);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('5 verses in WEB match "intercede"; 1–2:');
    expect(r.out).toMatch(/\*interce\w+\*/);
    const json = JSON.parse((await run(['bible', 'search', '"make intercession"', '--json'], env)).out);
    expect(json.total).toBe(2);
    const hit = json.hits.find((h: { osis: string }) => h.osis === 'Heb.7.25');
    expect(hit.text.slice(hit.highlights[0].start, hit.highlights[0].end)).toBe('make intercession');
    const bad = await run(['bible', 'search', 'love', '--limit', 'lots'], env);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--limit must be a whole number from 1 to 100.*\nusage: intercede bible search QUERY/);
    expect((await run(['bible', 'search', 'x'.repeat(501)], env)).err).toContain('at most 500 characters');
  });

  it('refs: JSON lines with UTF-16 offsets, per-line mode, readable list, --lang checked', async () => {
    const text = '🙏 Pray Heb 7:25 and Rom 8:34.\nJuan 3:16 dice\nnothing here, not John 22:1';
    const json = await run(['bible', 'refs', '--json'], env, text);
    const rows = json.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toEqual({ text: 'Heb 7:25 and Rom 8:34', start: 8, end: 29, osis: 'Heb.7.25,Rom.8.34' });
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
    const lines = (await run(['bible', 'refs', '--json', '--lines'], env, text)).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.osis])).toEqual([
      [1, 'Heb.7.25,Rom.8.34'],
      [2, 'John.3.16'],
    ]);
    expect(lines[1]).toMatchObject({ start: 0, end: 9 });
    const plain = await run(['bible', 'refs', '--lang', 'en'], env, text);
    expect(plain.out).toContain('Heb 7:25 and Rom 8:34  →  Heb.7.25,Rom.8.34');
    expect(plain.out).not.toContain('John.3.16');
    expect(plain.err).toContain('John 22:1  ✗  John has 21 chapters');
    const wrong = await run(['bible', 'refs', '--lang', 'fr'], env, text);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('usage: intercede bible refs');
  });

  it('topic: sections with verse texts, JSON, and suggestions for an unknown name', async () => {
    const r = await run(['bible', 'topic', 'intercession'], env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^INTERCESSION \(WEB\)\n/);
    expect(r.out).toMatch(/OF CHRIST\n {2}Isaiah 53:12 {2}He poured out his soul/);
    expect(r.out).toContain('See also: PRAYER, INTERCESSORY; MEDIATION');
    expect(JSON.parse((await run(['bible', 'topic', 'INTERCESSION', '--json'], env)).out).name).toBe('INTERCESSION');
    const unknown = await run(['bible', 'topic', 'intercesion'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Did you mean INTERCESSION, INTERCESSOR?');
  });

  it('has help for every bible command and a group overview', async () => {
    const group = await run(['bible', '--help'], env);
    expect(group.code).toBe(0);
    for (const usage of ['bible install [--from DIR] [MODULE…]', 'bible list', 'bible read REF', 'bible search QUERY', 'bible refs', 'bible topic NAME']) {
      expect(group.out).toContain(usage);
    }
    const help = await run(['bible', 'refs', '--help'], env);
    expect(help.out).toContain('usage: intercede bible refs [--json] [--lines] [--lang en|es|auto]');
  });
});

// Reads a SWORD Bible into verse rows: plain text and structure for every verse, intro headings kept on
// the first verse of their chapter, bridged verses stored empty and marked.
import type { TranslationTable } from '../../platform/db/tables.js';
import { encodeStructure, structureOf } from '../passages/verse.rendered.js';
import type { Heading, ModuleInfo, VerseModule } from '../sword/index.js';
import { ordinalTable } from '../verse-ordinal.js';
import type { VerseRow } from '../verse.repository.js';

/** A verse row before it gets its id. */
export type PendingVerse = Omit<VerseRow, 'id'>;

/** Translation metadata from a module's conf. */
export function translationRow(info: ModuleInfo, code: string, installedAt: string): TranslationTable {
  const conf = info.conf;
  return {
    code,
    name: conf.get('Description') ?? info.name,
    language: conf.get('Lang') ?? 'en',
    versification: conf.get('Versification') ?? 'KJV',
    licence: conf.get('DistributionLicense') ?? conf.get('ShortCopyright') ?? conf.get('Copyright') ?? 'unknown',
    module: info.name,
    installed_at: installedAt,
  };
}

// The WEB stores its glossary in the slot of Rev 22:21, after the chapter's end milestone: nothing after
// `<chapter eID>` belongs to the verse.
const CHAPTER_END = /<chapter\b[^>]*\beID=/;

/** A verse's raw markup without whatever a module appended after the end of its chapter. */
export function verseMarkup(raw: string): string {
  const m = CHAPTER_END.exec(raw);
  return m ? raw.slice(0, m.index) : raw;
}

/** Every verse of a Bible module as rows (without ids); `onVerse` is called every 1,000 verses. */
export function readBible(module: VerseModule, code: string, onVerse?: (done: number) => void): PendingVerse[] {
  const table = ordinalTable(module.versification.name);
  const rows: PendingVerse[] = [];
  let bookIntro: Heading[] = [];
  let chapterIntro: Heading[] = [];
  let introFor = '';
  for (const e of module.entries()) {
    if (e.kind === 'book') {
      const r = module.render(e.raw);
      // A book intro with body text is front matter (the WEB's preface sits in Genesis'); keep titles only.
      bookIntro = r.text.trim() ? [] : r.headings.filter((h) => h.type === 'main');
      continue;
    }
    if (e.kind === 'chapter') {
      chapterIntro = [...module.render(e.raw).headings];
      introFor = `${e.osis}.${e.chapter}`;
      continue;
    }
    if (e.kind !== 'verse') continue;
    const ordinal = table.ordinalOf(e.osis, e.chapter, e.verse);
    if (!ordinal) continue;
    let intro: Heading[] = [];
    if (introFor === `${e.osis}.${e.chapter}` || (e.chapter === 1 && bookIntro.length)) {
      intro = [...(e.chapter === 1 ? bookIntro : []), ...(introFor === `${e.osis}.${e.chapter}` ? chapterIntro : [])];
      if (e.chapter === 1) bookIntro = [];
      introFor = '';
    }
    if (e.linked) {
      rows.push({ translation: code, book: e.osis, chapter: e.chapter, verse: e.verse, ordinal, text: '', rendered: encodeStructure({ linked: true }) });
    } else {
      const r = module.render(verseMarkup(e.raw));
      rows.push({ translation: code, book: e.osis, chapter: e.chapter, verse: e.verse, ordinal, text: r.text, rendered: encodeStructure(structureOf(r, intro)) });
    }
    if (onVerse && rows.length % 1000 === 0) onVerse(rows.length);
  }
  return rows;
}

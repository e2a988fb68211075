// Verse counts per chapter for every book id references use, in a given versification, with the
// aliases of versification-aliases.ts applied (so `Ps` has 151 chapters in NRSVA and `EpJer` one).
import { getVersification, type VersificationName } from '../versification/index.js';
import { BOOKS } from './book-ids.js';
import { VERSIFICATION_ALIASES } from './versification-aliases.js';

type Counts = ReadonlyMap<string, readonly number[]>;

const cache = new Map<VersificationName, Counts>();

function build(name: VersificationName): Counts {
  const direct = new Map<string, readonly number[]>();
  for (const b of getVersification(name).books) direct.set(b.osis, b.verses);
  const out = new Map<string, readonly number[]>();
  for (const { osis } of BOOKS) {
    const own = direct.get(osis);
    if (own) out.set(osis, own);
  }
  for (const a of VERSIFICATION_ALIASES[name]) {
    const target = direct.get(a.to);
    if (!target) continue;
    if (a.fromChapter !== undefined) {
      // One chapter appended to a book (Psalm 151 after Psalm 150).
      const own = out.get(a.from) ?? [];
      const extra: number[] = [...own];
      extra[a.fromChapter - 1] = target[a.toChapter - 1];
      out.set(a.from, extra);
    } else {
      out.set(a.from, target.slice(a.toChapter - 1, a.chapters === undefined ? undefined : a.toChapter - 1 + a.chapters));
    }
  }
  return out;
}

function counts(name: VersificationName): Counts {
  let c = cache.get(name);
  if (!c) {
    c = build(name);
    cache.set(name, c);
  }
  return c;
}

/** Verse count of each chapter of a book (`[0]` is chapter 1), or undefined when the versification lacks it. */
export function chapterVerses(name: VersificationName, osis: string): readonly number[] | undefined {
  return counts(name).get(osis);
}

/** True for books of one chapter (Obadiah, Philemon, Jude…), where a lone number is a verse. */
export function isSingleChapter(osis: string): boolean {
  return (counts('NRSVA').get(osis)?.length ?? 0) === 1;
}

/** A reference's book/chapter as the versification files it (`EpJer` 1 → `Bar` 6 in NRSVA). */
export function toVersificationBook(
  name: VersificationName,
  osis: string,
  chapter: number,
): { osis: string; chapter: number } {
  for (const a of VERSIFICATION_ALIASES[name]) {
    if (a.from !== osis) continue;
    if (a.fromChapter !== undefined) {
      if (chapter === a.fromChapter) return { osis: a.to, chapter: a.toChapter };
      continue;
    }
    return { osis: a.to, chapter: chapter + a.toChapter - 1 };
  }
  return { osis, chapter };
}

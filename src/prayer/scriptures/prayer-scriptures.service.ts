// Scriptures to pray with a request, resolved to text in the request's language: the WEB for English,
// the RV1909 for Spanish (or another installed translation in that language). Without one, the
// references are still offered, without text. Results are cached per request and translation.
import { isSingleChapter } from '../../scripture/books/index.js';
import { displayPassage } from '../../scripture/passages/reference.display.js';
import { extractReferences, parseReference } from '../../scripture/reference/index.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import type { TopicView } from '../../scripture/topics/topic.types.js';
import type { TranslationInfo } from '../../scripture/translation.types.js';
import { CATEGORIES, type Category, type RequestLanguage } from '../prayer.types.js';
import { CATEGORY_SCRIPTURES } from './category-scriptures.js';
import { CATEGORY_KEYWORDS, CATEGORY_TOPICS, PRAYERFUL_BOOKS, UNPRAYERFUL_WORDS, type NaveSection } from './category-topics.js';
import { chooseScriptures, type ScriptureCandidate, type ScriptureSource } from './scripture-choice.js';

/** One Scripture to pray, as the intercessor sees it. */
export interface PrayerScripture {
  /** OSIS of the passage (in the translation's numbering when it was resolved), e.g. `Rom.8.1`. */
  readonly osis: string;
  /** As people write it, in the request's language: "Romans 8:1", "Romanos 8:1". */
  readonly reference: string;
  /** The passage's text; null when no translation in the request's language is installed. */
  readonly text: string | null;
  /** Code of the translation the text is from, or null. */
  readonly translation: string | null;
  readonly source: ScriptureSource;
}

/** What the choice depends on. */
export interface ScriptureSubject {
  readonly id: string;
  readonly category: string;
  readonly language: RequestLanguage;
  /** The text the intercessor reads (its references are offered first). */
  readonly text: string;
}

/** Verses a passage from the request's own text may have before its text is cut. */
const MAX_VERSES_SHOWN = 6;
/** Verses a Nave's passage may have to be blended in. */
const MAX_TOPIC_VERSES = 3;
const REQUEST_CACHE_SIZE = 2000;
// Topics change only when Nave's is installed again; a day bounds how long an old copy can be used.
const TOPIC_CACHE_MS = 24 * 60 * 60 * 1000;

/** Preferred translation code per request language. */
const PREFERRED: Readonly<Record<RequestLanguage, string>> = { en: 'WEB', es: 'RV1909' };

/** "Rom.8.1" → "Romans 8:1" without needing a translation (display only). */
export function displayOsis(osis: string, language: RequestLanguage): string {
  const parsed = parseReference(osis, { language: 'en' });
  if (!parsed.ok) return osis;
  return parsed.passages.map((p) => displayPassage(p, { language, wholeChapters: false, singleChapter: isSingleChapter })).join('; ');
}

/** Verses in a simple OSIS passage (`Book.C.V` or `Book.C.V-Book.C.W`); Infinity for anything wider. */
function verseSpan(osis: string): number {
  const m = /^([^.]+)\.(\d+)\.(\d+)(?:-([^.]+)\.(\d+)\.(\d+))?$/.exec(osis);
  if (!m) return Infinity;
  if (m[4] === undefined) return 1;
  if (m[4] !== m[1] || m[5] !== m[2]) return Infinity;
  return Number(m[6]) - Number(m[3]) + 1;
}

function headingKey(heading: string): string {
  return heading.toUpperCase().replace(/\s+/g, ' ').trim();
}

/** Picks and resolves Scriptures for requests. Build once per process (it caches). */
export class PrayerScriptureService {
  private readonly byRequest = new Map<string, Promise<PrayerScripture[]>>();
  private readonly topics = new Map<string, { at: number; refs: Promise<Map<string, string>> }>();

  private readonly sectionsOf: Readonly<Record<Category, readonly NaveSection[]>>;
  private readonly now: () => number;

  /** `options.topics` replaces the category → Nave's table (tests, or a ministry's own choice). */
  constructor(
    private readonly scripture: ScriptureServices,
    options: { topics?: Readonly<Record<Category, readonly NaveSection[]>>; now?: () => number } = {},
  ) {
    this.sectionsOf = options.topics ?? CATEGORY_TOPICS;
    this.now = options.now ?? Date.now;
  }

  /** 3–5 Scriptures for a request, the same every time for the same request and installed translation. */
  async forRequest(subject: ScriptureSubject): Promise<PrayerScripture[]> {
    const translation = await this.translationFor(subject.language);
    const key = `${subject.id}:${translation ? `${translation.code}@${translation.installedAt}` : '-'}`;
    let found = this.byRequest.get(key);
    if (!found) {
      found = this.resolve(subject, translation);
      // A failure must not be remembered; a success is kept (bounded: the oldest entry goes first).
      found.catch(() => this.byRequest.delete(key));
      this.byRequest.set(key, found);
      if (this.byRequest.size > REQUEST_CACHE_SIZE) this.byRequest.delete(this.byRequest.keys().next().value!);
    }
    return found;
  }

  private async translationFor(language: RequestLanguage): Promise<TranslationInfo | null> {
    const installed = await this.scripture.translations.list({ locale: language });
    return installed.find((t) => t.code === PREFERRED[language]) ?? installed.find((t) => t.language === language) ?? null;
  }

  private async resolve(subject: ScriptureSubject, translation: TranslationInfo | null): Promise<PrayerScripture[]> {
    const category: Category = (CATEGORIES as readonly string[]).includes(subject.category) ? (subject.category as Category) : 'other';
    const fromText = [...new Set(extractReferences(subject.text, { language: subject.language }).references.map((r) => r.osis))];
    const topical = translation ? await this.naveVerses(category, translation) : new Map<string, string>();
    const { count, candidates } = chooseScriptures({ requestId: subject.id, fromText, curated: CATEGORY_SCRIPTURES[category], topical: [...topical.keys()] });
    if (!translation) {
      return candidates.slice(0, count).map((c) => ({ osis: c.osis, reference: displayOsis(c.osis, subject.language), text: null, translation: null, source: c.source }));
    }
    const chosen: PrayerScripture[] = [];
    const withoutText: ScriptureCandidate[] = [];
    for (const candidate of candidates) {
      if (chosen.length === count) break;
      const resolved = candidate.source === 'topic' ? this.fromTopic(candidate, topical, subject.language, translation) : await this.lookup(candidate, subject.language, translation);
      if (resolved) chosen.push(resolved);
      else withoutText.push(candidate);
    }
    // A translation that lacks many verses (a partial module) still gives the intercessor three to pray.
    for (const candidate of withoutText) {
      if (chosen.length >= count) break;
      chosen.push({ osis: candidate.osis, reference: displayOsis(candidate.osis, subject.language), text: null, translation: null, source: candidate.source });
    }
    return chosen;
  }

  private fromTopic(candidate: ScriptureCandidate, topical: Map<string, string>, language: RequestLanguage, translation: TranslationInfo): PrayerScripture | null {
    const text = topical.get(candidate.osis);
    if (!text) return null;
    return { osis: candidate.osis, reference: displayOsis(candidate.osis, language), text, translation: translation.code, source: 'topic' };
  }

  private async lookup(candidate: ScriptureCandidate, language: RequestLanguage, translation: TranslationInfo): Promise<PrayerScripture | null> {
    try {
      const result = await this.scripture.passages.lookup({ locale: language }, { reference: candidate.osis, translation: translation.code, language: 'en' });
      const verses = result.passages.flatMap((p) => p.verses).filter((v) => v.text);
      if (verses.length === 0) return null;
      const shown = verses.slice(0, MAX_VERSES_SHOWN).map((v) => v.text).join(' ');
      return {
        osis: result.osis,
        reference: result.reference,
        text: verses.length > MAX_VERSES_SHOWN ? `${shown} …` : shown,
        translation: translation.code,
        source: candidate.source,
      };
    } catch {
      // A reference this translation does not have (or a versification it cannot map) is passed over.
      return null;
    }
  }

  /** OSIS → text, in `translation`, of the Nave's verses a request of `category` may be given. */
  async naveVerses(category: Category, translation: TranslationInfo): Promise<Map<string, string>> {
    return speaking(await this.topicalTexts(this.sectionsOf[category] ?? [], translation), category, translation.language);
  }

  /** OSIS → text of the short verses from prayerful books of some Nave's subtopics, in `translation`. */
  private async topicalTexts(sections: readonly NaveSection[], translation: TranslationInfo): Promise<Map<string, string>> {
    const merged = new Map<string, string>();
    for (const section of sections) {
      for (const [osis, text] of await this.section(section, translation)) if (!merged.has(osis)) merged.set(osis, text);
    }
    return merged;
  }

  private section(section: NaveSection, translation: TranslationInfo): Promise<Map<string, string>> {
    const key = `${section.topic}|${section.section}|${translation.code}@${translation.installedAt}`;
    const cached = this.topics.get(key);
    if (cached && this.now() - cached.at < TOPIC_CACHE_MS) return cached.refs;
    const refs = this.scripture.topics
      .get({ locale: translation.language === 'es' ? 'es' : 'en' }, { name: section.topic, translation: translation.code })
      .then((topic) => sectionVerses(topic, section.section))
      // Without Nave's installed (or without that topic) the curated table is enough.
      .catch(() => new Map<string, string>());
    this.topics.set(key, { at: this.now(), refs });
    return refs;
  }
}

/** Lower case, without accents or punctuation, one space between words, with a space before and after. */
function words(text: string): string {
  return ` ${text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Nave's verses that speak the category's language and none of judgement (category-topics.ts). */
function speaking(verses: Map<string, string>, category: Category, language: string): Map<string, string> {
  const lang = language === 'es' ? 'es' : 'en';
  const wanted = CATEGORY_KEYWORDS[category][lang].map((k) => ` ${k}`);
  const unwanted = UNPRAYERFUL_WORDS[lang].map((k) => ` ${k}`);
  const out = new Map<string, string>();
  for (const [osis, text] of verses) {
    const w = words(text);
    if (wanted.some((k) => w.includes(k)) && !unwanted.some((k) => w.includes(k))) out.set(osis, text);
  }
  return out;
}

/** The usable verses of one subtopic: prayerful books, at most three verses, with text. */
function sectionVerses(topic: TopicView, heading: string): Map<string, string> {
  const out = new Map<string, string>();
  const wanted = headingKey(heading);
  for (const section of topic.sections) {
    if (headingKey(section.heading) !== wanted) continue;
    const references = [...section.references, ...section.lines.flatMap((l) => l.references)];
    for (const ref of references) {
      const book = ref.osis.split('.')[0];
      if (!PRAYERFUL_BOOKS.has(book) || verseSpan(ref.osis) > MAX_TOPIC_VERSES || !ref.text || ref.truncated) continue;
      if (!out.has(ref.osis)) out.set(ref.osis, ref.text);
    }
  }
  return out;
}

// Nave's topics with their references resolved in the reader's translation. Nave's cites KJV numbering,
// so references are resolved from KJV into the translation's versification.
import type { Kysely } from 'kysely';
import { AppError } from '../../platform/errors.js';
import type { Tables } from '../../platform/db/tables.js';
import type { NaveCrossLink } from '../sword/index.js';
import { isSingleChapter } from '../books/index.js';
import { joinText, versesIn } from '../passages/passage.service.js';
import { resolveReference } from '../passages/passage.resolve.js';
import { displayPassage } from '../passages/reference.display.js';
import type { ScriptureCache } from '../passages/scripture.cache.js';
import type { TranslationText } from '../passages/translation.text.js';
import type { ScriptureActor } from '../scripture.actor.js';
import { pickTranslation } from '../translation.service.js';
import { normalizeTopicName } from './topic-name.js';
import { TopicRepository } from './topic.repository.js';
import type { StoredSection } from './topic.record.js';
import type { TopicLink, TopicList, TopicReference, TopicService, TopicView } from './topic.types.js';

/** Verses of a reference shown on a topic page; longer passages are cut and marked `truncated`. */
export const TOPIC_VERSES_SHOWN = 3;
const MAX_LIST = 200;

function resolveOne(text: TranslationText, osis: string, language: 'en' | 'es'): TopicReference {
  try {
    const r = resolveReference(osis, text.table, { from: 'KJV', language: 'en' });
    const p = r.passages[0];
    let verses = versesIn(text, p.first, r.passages[r.passages.length - 1].last);
    const truncated = verses.length > TOPIC_VERSES_SHOWN;
    if (truncated) verses = verses.slice(0, TOPIC_VERSES_SHOWN);
    // Displayed as Nave's numbers it, so it matches the printed topic.
    return {
      osis,
      reference: displayOsis(osis, language),
      text: joinText(verses),
      ...(truncated ? { truncated: true as const } : {}),
    };
  } catch {
    return { osis, reference: displayOsis(osis, language), text: '' };
  }
}

/** "Gen.37.21-Gen.37.22" → "Genesis 37:21–22" (no versification check: display only). */
function displayOsis(osis: string, language: 'en' | 'es'): string {
  const m = /^([^.]+)\.(\d+)(?:\.(\d+))?(?:-([^.]+)\.(\d+)(?:\.(\d+))?)?$/.exec(osis);
  if (!m) return osis;
  const [, book, c, v, eb, ec, ev] = m;
  const wholeChapters = v === undefined;
  return displayPassage(
    {
      book,
      chapter: Number(c),
      verse: Number(v ?? 1),
      endBook: eb ?? book,
      endChapter: Number(ec ?? c),
      endVerse: Number(ev ?? v ?? 1),
    },
    { language, wholeChapters, singleChapter: isSingleChapter },
  );
}

/** Names close to a missing one: those containing its first word, else those sharing its first letters. */
async function suggest(repo: TopicRepository, normalized: string): Promise<string[]> {
  const word = normalized.split(' ')[0] ?? '';
  for (const probe of [word, word.slice(0, 5), word.slice(0, 3)]) {
    if (probe.length < 2) break;
    const found = await repo.search(probe, 5, 0);
    if (found.rows.length) return found.rows.map((r) => r.name);
  }
  return [];
}

/** The topic service. */
export function createTopicService(db: Kysely<Tables>, cache: ScriptureCache): TopicService {
  const repo = new TopicRepository(db);
  return {
    async list(_actor: ScriptureActor, input: { query?: string; limit?: number; offset?: number }): Promise<TopicList> {
      const limit = Math.min(Math.max(1, Math.trunc(input.limit ?? 50)), MAX_LIST);
      const offset = Math.max(0, Math.trunc(input.offset ?? 0));
      const found = await repo.search(normalizeTopicName(input.query ?? ''), limit, offset);
      return { total: found.total, topics: found.rows.map((r) => ({ name: r.name, referenceCount: r.reference_count })) };
    },

    async get(actor: ScriptureActor, input: { name: string; translation?: string }): Promise<TopicView> {
      const info = pickTranslation(await cache.translations(), input.translation, actor.locale);
      const normalized = normalizeTopicName(input.name);
      let row = normalized ? await repo.get(normalized) : undefined;
      for (let hops = 0; row?.link_to && hops < 4; hops++) row = await repo.get(normalizeTopicName(row.link_to));
      if (!row) {
        const suggestions = await suggest(repo, normalized);
        throw new AppError('UNKNOWN_TOPIC', `There is no topic "${input.name.trim()}".${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`, {
          suggestions,
        });
      }
      const text = await cache.text(info);
      const language = actor.locale === 'es' ? 'es' : 'en';
      const sections = JSON.parse(row.sections) as StoredSection[];
      const seeAll = JSON.parse(row.see_also) as NaveCrossLink[];
      const linked = new Set<string>(seeAll.map((l) => normalizeTopicName(l.topic)));
      for (const s of sections) {
        for (const l of s.seeAlso ?? []) linked.add(normalizeTopicName(l.topic));
        for (const line of s.lines) for (const l of line.seeAlso ?? []) linked.add(normalizeTopicName(l.topic));
      }
      const exists = await repo.existing([...linked]);
      const link = (l: NaveCrossLink): TopicLink => ({ ...l, exists: exists.has(normalizeTopicName(l.topic)) });
      const refs = (list: readonly string[]) => list.map((osis) => resolveOne(text, osis, language));
      return {
        name: row.name,
        translation: info.code,
        sections: sections.map((s) => ({
          heading: s.heading,
          references: refs(s.refs),
          lines: s.lines.map((l) => ({ label: l.label, references: refs(l.refs), seeAlso: (l.seeAlso ?? []).map(link) })),
          seeAlso: (s.seeAlso ?? []).map(link),
        })),
        seeAlso: seeAll.map(link),
      };
    },
  };
}

/** TypeBox schemas of the Scripture JSON API: validation, types and the OpenAPI document from one source. */
import { Type, type Static } from '@sinclair/typebox';
import { MAX_SEARCH_LIMIT, MAX_SEARCH_QUERY } from '../search/search.types.js';

/** Largest text `POST /api/v1/references` reads, in UTF-16 code units (1 MiB of ASCII). */
export const MAX_REFERENCE_TEXT = 1024 * 1024;

const Translation = Type.Object({
  code: Type.String(),
  name: Type.String(),
  language: Type.String(),
  versification: Type.String(),
  licence: Type.String(),
});

const ChapterLink = Type.Union([Type.Null(), Type.Object({ osis: Type.String(), reference: Type.String(), book: Type.String(), chapter: Type.Integer() })]);

const Verse = Type.Object({
  osis: Type.String(),
  chapter: Type.Integer(),
  verse: Type.Integer(),
  text: Type.String(),
  segments: Type.Array(Type.Object({ text: Type.String(), jesus: Type.Optional(Type.Boolean()) })),
  headings: Type.Array(Type.Object({ text: Type.String(), type: Type.Optional(Type.String()), offset: Type.Integer() })),
});

export const PassageQuery = Type.Object({
  ref: Type.String({ minLength: 1, maxLength: 500, description: 'A reference as people write it ("John 3:16", "Juan 3:16") or OSIS' }),
  translation: Type.Optional(Type.String({ maxLength: 20 })),
  lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('auto')])),
});
export type PassageQuery = Static<typeof PassageQuery>;

export const PassageResponse = Type.Object({
  translation: Translation,
  reference: Type.String(),
  osis: Type.String(),
  mappedFrom: Type.Optional(Type.String()),
  passages: Type.Array(Type.Object({ osis: Type.String(), reference: Type.String(), text: Type.String(), verses: Type.Array(Verse) })),
  prev: ChapterLink,
  next: ChapterLink,
});

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: MAX_SEARCH_QUERY, description: 'Words, "phrases", OR, NOT, -word, prefix*' }),
  translation: Type.Optional(Type.String({ maxLength: 20 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SEARCH_LIMIT })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchResponse = Type.Object({
  translation: Type.String(),
  query: Type.String(),
  total: Type.Integer(),
  page: Type.Integer(),
  limit: Type.Integer(),
  hits: Type.Array(
    Type.Object({
      osis: Type.String(),
      reference: Type.String(),
      text: Type.String(),
      highlights: Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer() })),
    }),
  ),
});

export const ReferencesBody = Type.Object({
  text: Type.String({ description: `Any text, up to ${MAX_REFERENCE_TEXT} characters` }),
  lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('auto')])),
});
export type ReferencesBody = Static<typeof ReferencesBody>;

const Span = { text: Type.String(), start: Type.Integer(), end: Type.Integer() };
export const ReferencesResponse = Type.Object({
  references: Type.Array(Type.Object({ ...Span, osis: Type.String() })),
  invalid: Type.Array(Type.Object({ ...Span, reason: Type.String() })),
});

export const TopicParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) });
export const TopicQuery = Type.Object({ translation: Type.Optional(Type.String({ maxLength: 20 })) });
export type TopicParams = Static<typeof TopicParams>;
export type TopicQuery = Static<typeof TopicQuery>;

const TopicReference = Type.Object({ osis: Type.String(), reference: Type.String(), text: Type.String(), truncated: Type.Optional(Type.Boolean()) });
const TopicLink = Type.Object({ topic: Type.String(), subtopic: Type.Optional(Type.String()), exists: Type.Boolean() });
export const TopicResponse = Type.Object({
  name: Type.String(),
  translation: Type.String(),
  sections: Type.Array(
    Type.Object({
      heading: Type.String(),
      references: Type.Array(TopicReference),
      lines: Type.Array(Type.Object({ label: Type.String(), references: Type.Array(TopicReference), seeAlso: Type.Array(TopicLink) })),
      seeAlso: Type.Array(TopicLink),
    }),
  ),
  seeAlso: Type.Array(TopicLink),
});

export const TopicListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type TopicListQuery = Static<typeof TopicListQuery>;
export const TopicListResponse = Type.Object({
  total: Type.Integer(),
  topics: Type.Array(Type.Object({ name: Type.String(), referenceCount: Type.Integer() })),
});

export const TranslationsResponse = Type.Object({ translations: Type.Array(Translation) });

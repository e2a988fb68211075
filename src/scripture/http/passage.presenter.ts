import type { PassageResult, VerseView } from '../passages/passage.types.js';

/** A verse as the API shows it: text and structure, without the module's internal fields. */
function presentVerse(verse: VerseView) {
  return {
    osis: verse.osis,
    chapter: verse.chapter,
    verse: verse.verse,
    text: verse.text,
    segments: verse.segments.map((s) => (s.jesus ? { text: s.text, jesus: true } : { text: s.text })),
    headings: verse.headings.map((h) => ({ text: h.text, ...(h.type ? { type: h.type } : {}), offset: h.offset })),
  };
}

/** A passage lookup as `GET /api/v1/passages` answers it. */
export function presentPassage(result: PassageResult) {
  const { code, name, language, versification, licence } = result.translation;
  return {
    translation: { code, name, language, versification, licence },
    reference: result.reference,
    osis: result.osis,
    ...(result.mappedFrom ? { mappedFrom: result.mappedFrom } : {}),
    passages: result.passages.map((p) => ({ osis: p.osis, reference: p.reference, text: p.text, verses: p.verses.map(presentVerse) })),
    prev: result.prev,
    next: result.next,
  };
}

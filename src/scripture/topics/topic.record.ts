// The JSON kept in the topics table: a Nave topic's sections with their OSIS references as Nave's
// cites them (KJV numbering), and its cross-links.
import type { NaveCrossLink, NaveSection } from '../sword/index.js';

/** A stored line: label, references, cross-links. */
export interface StoredLine {
  readonly label: string;
  readonly refs: readonly string[];
  readonly seeAlso?: readonly NaveCrossLink[];
}

/** A stored section. */
export interface StoredSection {
  readonly heading: string;
  readonly refs: readonly string[];
  readonly lines: readonly StoredLine[];
  readonly seeAlso?: readonly NaveCrossLink[];
}

/** Drops what the topic page does not show (the printed line with labels) and empty lists. */
export function storedSections(sections: readonly NaveSection[]): StoredSection[] {
  return sections.map((s) => ({
    heading: s.heading,
    refs: s.refs,
    lines: s.lines.map((l) => ({ label: l.label, refs: l.refs, ...(l.seeAlso.length ? { seeAlso: l.seeAlso } : {}) })),
    ...(s.seeAlso.length ? { seeAlso: s.seeAlso } : {}),
  }));
}

/** References a topic cites in all. */
export function referenceCount(sections: readonly StoredSection[]): number {
  let n = 0;
  for (const s of sections) {
    n += s.refs.length;
    for (const l of s.lines) n += l.refs.length;
  }
  return n;
}

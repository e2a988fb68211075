// Nave's Topical Bible entries are TEI lines: "→ Subtopic refs" starts a section, other lines
// (<item>s, plain <lb/> lines) belong to the section above, and "See <ref target="Nave:X">X</ref>, SUB"
// points to another topic (and a subtopic of it).
import type { TextLink } from './rendered.text.js';
import { renderTei } from './tei.markup.js';

/** A link from one topic to another ("See PRIEST, HIGH" → topic PRIEST, subtopic HIGH). */
export interface NaveCrossLink {
  readonly topic: string;
  readonly subtopic?: string;
}

/** One line of a topic: its words without the reference labels, and the OSIS references it cites. */
export interface NaveLine {
  /** The line without reference labels or leftover separators ("Reuben for Joseph"). */
  readonly label: string;
  /** The line as printed, reference labels included ("Reuben for Joseph Ge 37:21,22"). */
  readonly text: string;
  readonly refs: readonly string[];
  readonly seeAlso: readonly NaveCrossLink[];
}

/** A subtopic: its heading line and the lines under it. */
export interface NaveSection {
  /** Heading without the arrow or references ("OF MAN WITH GOD"); '' for lines before any subtopic. */
  readonly heading: string;
  /** References on the heading line itself. */
  readonly refs: readonly string[];
  readonly lines: readonly NaveLine[];
  readonly seeAlso: readonly NaveCrossLink[];
}

/** A Nave's topic parsed into sections, references and cross-links. */
export interface NaveTopic {
  readonly name: string;
  readonly sections: readonly NaveSection[];
  /** Every cross-link of the topic, first occurrence order, without duplicates. */
  readonly seeAlso: readonly NaveCrossLink[];
}

const ARROW = /^\s*→\s*/;

/** Parses a Nave's entry (TEI) into sections with their OSIS references and cross-links. */
export function parseNaveEntry(raw: string, key?: string): NaveTopic {
  const name = key ?? /<entryFree[^>]*\bn="([^"]*)"/.exec(raw)?.[1] ?? '';
  const rendered = renderTei(raw, { newlines: true });
  const text = rendered.text;
  const sections: { heading: string; refs: string[]; lines: NaveLine[]; seeAlso: NaveCrossLink[] }[] = [];
  const all: NaveCrossLink[] = [];
  let start = 0;
  let li = 0; // links are in text order, so one cursor walks them with the lines
  for (const lineText of text.split('\n')) {
    const end = start + lineText.length;
    const links: TextLink[] = [];
    while (li < rendered.links.length && rendered.links[li].start < end) {
      const l = rendered.links[li++];
      if (l.start >= start && l.end <= end) links.push(l);
    }
    const line = parseLine(lineText, start, links);
    start = end + 1;
    if (!line.text) continue;
    for (const x of line.seeAlso) {
      if (!all.some((y) => y.topic === x.topic && y.subtopic === x.subtopic)) all.push(x);
    }
    const isHeading = ARROW.test(lineText);
    const isSeeOnly = /^see\b/i.test(line.label) && line.seeAlso.length > 0 && line.refs.length === 0;
    if (isHeading && !isSeeOnly) {
      sections.push({ heading: line.label, refs: [...line.refs], lines: [], seeAlso: [...line.seeAlso] });
      continue;
    }
    // An arrow "See …" line points from the whole topic; it is kept in the topic's seeAlso only.
    if (isHeading && isSeeOnly) continue;
    const current = sections[sections.length - 1] ?? pushEmpty(sections);
    if (isSeeOnly) current.seeAlso.push(...line.seeAlso);
    else current.lines.push(line);
  }
  return { name, sections, seeAlso: all };
}

function pushEmpty(sections: { heading: string; refs: string[]; lines: NaveLine[]; seeAlso: NaveCrossLink[] }[]) {
  const s = { heading: '', refs: [] as string[], lines: [] as NaveLine[], seeAlso: [] as NaveCrossLink[] };
  sections.push(s);
  return s;
}

function parseLine(lineText: string, offset: number, links: readonly TextLink[]): NaveLine {
  const refs: string[] = [];
  const seeAlso: NaveCrossLink[] = [];
  let label = '';
  let at = 0;
  for (const link of links) {
    const s = link.start - offset;
    const e = link.end - offset;
    label += lineText.slice(at, s);
    at = e;
    if (link.osisRef) refs.push(link.osisRef);
    else if (link.target) {
      const topic = link.target.replace(/^Nave:/i, '');
      // "PRIEST</ref>, HIGH" — the words after the link up to the next separator name the subtopic.
      const sub = /^,\s*([^;,.]+?)\s*(?:[;.]|$)/.exec(lineText.slice(e))?.[1];
      seeAlso.push(sub ? { topic, subtopic: sub } : { topic });
      label += lineText.slice(s, e);
    }
  }
  label += lineText.slice(at);
  return { label: cleanLabel(label), text: lineText.replace(ARROW, '').trim(), refs, seeAlso };
}

function cleanLabel(s: string): string {
  return s
    .replace(ARROW, '')
    // A verse tail left behind when the source linked only part of a reference ("Phm 1</ref>:10-21").
    .replace(/(^|\s):[\d\-,:]*\d(?=[\s,;.]|$)/g, '$1')
    .replace(/\s*[,;]\s*(?=[,;]|$)/g, '')
    .replace(/\s+([,;.])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s,;:]+$/, '')
    .trim();
}

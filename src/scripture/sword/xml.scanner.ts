// Module markup is a stream of text and tags, often not well-formed as a document (milestones,
// verse fragments), so a forgiving tag scanner serves better than an XML parser — and is faster.

/** One tag as scanned; valid only during the visitor call (the scanner reuses it). */
export interface Tag {
  /** Element name as written (`w`, `note`, `FR`). */
  readonly name: string;
  /** `</name>` */
  readonly end: boolean;
  /** `<name/>` */
  readonly empty: boolean;
  /** The attribute text between the name and the closing `>`. */
  readonly attrs: string;
}

/** Receives the pieces of a markup string in order. */
export interface MarkupVisitor {
  text(text: string): void;
  tag(tag: Tag): void;
}

// Verses carry a tag every few characters (<w lemma=…>), so tags are not sliced or allocated per
// occurrence: one view is reused and its attribute text is cut only when asked for.
class TagView implements Tag {
  name = '';
  end = false;
  empty = false;
  source = '';
  from = 0;
  to = 0;
  cut: string | undefined;
  get attrs(): string {
    this.cut ??= this.source.slice(this.from, this.to);
    return this.cut;
  }
}

/** Walks markup, calling the visitor for each text run (entities decoded) and each tag. */
export function scanMarkup(raw: string, visitor: MarkupVisitor): void {
  const view = new TagView();
  view.source = raw;
  let i = 0;
  const n = raw.length;
  while (i < n) {
    const lt = raw.indexOf('<', i);
    if (lt < 0) {
      visitor.text(decodeEntities(raw.slice(i)));
      return;
    }
    if (!startsTag(raw.charCodeAt(lt + 1))) {
      // "1 < 2": a '<' that cannot open a tag is text.
      visitor.text(decodeEntities(raw.slice(i, lt + 1)));
      i = lt + 1;
      continue;
    }
    if (lt > i) visitor.text(decodeEntities(raw.slice(i, lt)));
    const gt = raw.indexOf('>', lt + 1);
    // A tag cut off at the end of an entry (some modules' slot boundaries fall inside one) is dropped.
    if (gt < 0) return;
    let s = lt + 1;
    view.end = raw.charCodeAt(s) === 47; // '/'
    if (view.end) s++;
    let e = gt;
    view.empty = raw.charCodeAt(e - 1) === 47;
    if (view.empty) e--;
    let j = s;
    while (j < e && !isSpace(raw.charCodeAt(j))) j++;
    view.name = raw.slice(s, j);
    view.from = j;
    view.to = e;
    view.cut = undefined;
    visitor.tag(view);
    i = gt + 1;
  }
}

// Letters, '/', '!' (comments) and '?' (processing instructions) can follow '<' in a tag.
function startsTag(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63 || c === 95;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The value of an attribute of a tag (entities decoded), or undefined. */
export function attr(tag: Tag, name: string): string | undefined {
  const a = tag.attrs;
  let from = 0;
  for (;;) {
    const at = a.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    // Must be a whole attribute name: preceded by space, followed by optional spaces and '='.
    if (at > 0 && !isSpace(a.charCodeAt(at - 1))) continue;
    let k = from;
    while (k < a.length && isSpace(a.charCodeAt(k))) k++;
    if (a[k] !== '=') continue;
    k++;
    while (k < a.length && isSpace(a.charCodeAt(k))) k++;
    const q = a[k];
    if (q === '"' || q === "'") {
      const close = a.indexOf(q, k + 1);
      return decodeEntities(a.slice(k + 1, close < 0 ? a.length : close));
    }
    let stop = k;
    while (stop < a.length && !isSpace(a.charCodeAt(stop))) stop++;
    return decodeEntities(a.slice(k, stop));
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes XML/HTML character references (named basics and numeric); unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

// The search query language, parsed once into a tree that each dialect's repository compiles to its own
// full-text syntax (FTS5 MATCH, PostgreSQL tsquery). Words are split as the full-text tokenizers split them.
import { AppError } from '../../platform/errors.js';
import { MAX_SEARCH_QUERY } from './search.types.js';

/** A node of a parsed query. */
export type SearchNode =
  | { readonly kind: 'term'; readonly word: string; readonly prefix: boolean; readonly forms?: readonly string[] }
  | { readonly kind: 'phrase'; readonly words: readonly string[] }
  | { readonly kind: 'and'; readonly items: readonly SearchNode[]; readonly not: readonly SearchNode[] }
  | { readonly kind: 'or'; readonly items: readonly SearchNode[] };

/** Most words one query may hold, so no query costs more than a page of typing. */
export const MAX_QUERY_TERMS = 32;

type Token =
  | { t: 'word'; words: string[]; prefix: boolean }
  | { t: 'phrase'; words: string[] }
  | { t: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close' };

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function words(chunk: string): string[] {
  return (chunk.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function tokenize(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '"' || c === '“' || c === '”') {
      let j = i + 1;
      while (j < query.length && query[j] !== '"' && query[j] !== '”' && query[j] !== '“') j++;
      const ws = words(query.slice(i + 1, j));
      if (ws.length) out.push({ t: 'phrase', words: ws });
      i = j + 1;
    } else if (c === '(' || c === ')') {
      out.push({ t: c === '(' ? 'open' : 'close' });
      i++;
    } else if (c === '|') {
      out.push({ t: 'or' });
      i++;
    } else if ((c === '-' || c === '!') && i + 1 < query.length && !/[\s)]/u.test(query[i + 1]) && (i === 0 || /[\s(]/u.test(query[i - 1]))) {
      out.push({ t: 'minus' });
      i++;
    } else {
      let j = i;
      while (j < query.length && !/[\s"“”()|]/u.test(query[j])) j++;
      const chunk = query.slice(i, j);
      i = j;
      if (chunk === 'AND' || chunk === '&' || chunk === '&&') out.push({ t: 'and' });
      else if (chunk === 'OR' || chunk === '||') out.push({ t: 'or' });
      else if (chunk === 'NOT') out.push({ t: 'not' });
      else {
        const ws = words(chunk);
        if (ws.length) out.push({ t: 'word', words: ws, prefix: chunk.endsWith('*') });
      }
    }
  }
  return out;
}

function invalid(message: string): AppError {
  return new AppError('INVALID_SEARCH', message);
}

/**
 * Parses a query ("make intercession", `"make intercession" OR advocate`, `love -hate`, `interce*`).
 * Throws AppError INVALID_SEARCH for an empty or too long query, or one that only excludes.
 */
export function parseSearchQuery(query: string): SearchNode {
  if (query.length > MAX_SEARCH_QUERY) throw invalid(`A search may be at most ${MAX_SEARCH_QUERY} characters long.`);
  const tokens = tokenize(query);
  let terms = 0;
  let pos = 0;
  const peek = () => tokens[pos];

  // or := and (OR and)* ; and := unary ([AND] unary)* ; unary := (NOT|-) unary | primary
  function parseOr(depth: number): SearchNode | null {
    const items: SearchNode[] = [];
    for (;;) {
      const a = parseAnd(depth);
      if (a) items.push(a);
      if (peek()?.t !== 'or') break;
      pos++;
    }
    if (items.length === 0) return null;
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }

  function parseAnd(depth: number): SearchNode | null {
    const items: SearchNode[] = [];
    const not: SearchNode[] = [];
    for (;;) {
      const tok = peek();
      if (!tok || tok.t === 'or' || tok.t === 'close') break;
      if (tok.t === 'and') {
        pos++;
        continue;
      }
      let negate = false;
      while (peek()?.t === 'not' || peek()?.t === 'minus') {
        negate = !negate;
        pos++;
      }
      const p = parsePrimary(depth);
      if (!p) continue;
      (negate ? not : items).push(p);
    }
    if (items.length === 0) {
      if (not.length) throw invalid('Say what to find, not only what to leave out (e.g. "love NOT hate").');
      return null;
    }
    return items.length === 1 && not.length === 0 ? items[0] : { kind: 'and', items, not };
  }

  function parsePrimary(depth: number): SearchNode | null {
    const tok = tokens[pos++];
    if (!tok) return null;
    if (tok.t === 'open') {
      if (depth > 8) throw invalid('A search may nest parentheses at most 8 deep.');
      const inner = parseOr(depth + 1);
      if (peek()?.t === 'close') pos++;
      return inner;
    }
    if (tok.t === 'close') return null;
    if (tok.t === 'phrase' || (tok.t === 'word' && tok.words.length > 1)) {
      const ws = (tok as { words: string[] }).words;
      terms += ws.length;
      return ws.length === 1 ? { kind: 'term', word: ws[0], prefix: false } : { kind: 'phrase', words: ws };
    }
    if (tok.t === 'word') {
      terms++;
      return { kind: 'term', word: tok.words[0], prefix: tok.prefix };
    }
    return null;
  }

  let root: SearchNode | null = null;
  while (pos < tokens.length) {
    const part = parseOr(0);
    // A stray ")" ends parseOr early; skip it and keep reading.
    if (peek()?.t === 'close') pos++;
    if (part) root = root ? { kind: 'and', items: [root, part], not: [] } : part;
  }
  if (terms > MAX_QUERY_TERMS) throw invalid(`A search may hold at most ${MAX_QUERY_TERMS} words.`);
  if (!root) throw invalid('Type a word or a phrase to search for.');
  return root;
}

/** Applies `f` to every term of a tree (e.g. to add word forms or fold accents). */
export function mapTerms(node: SearchNode, f: (term: Extract<SearchNode, { kind: 'term' }>) => SearchNode): SearchNode {
  switch (node.kind) {
    case 'term':
      return f(node);
    case 'phrase':
      return node;
    case 'and':
      return { kind: 'and', items: node.items.map((n) => mapTerms(n, f)), not: node.not.map((n) => mapTerms(n, f)) };
    case 'or':
      return { kind: 'or', items: node.items.map((n) => mapTerms(n, f)) };
  }
}

/** Rewrites every word of a tree, phrases included (e.g. to fold accents). */
export function mapWords(node: SearchNode, f: (word: string) => string): SearchNode {
  switch (node.kind) {
    case 'term':
      return { ...node, word: f(node.word), ...(node.forms ? { forms: node.forms.map(f) } : {}) };
    case 'phrase':
      return { kind: 'phrase', words: node.words.map(f) };
    case 'and':
      return { kind: 'and', items: node.items.map((n) => mapWords(n, f)), not: node.not.map((n) => mapWords(n, f)) };
    case 'or':
      return { kind: 'or', items: node.items.map((n) => mapWords(n, f)) };
  }
}

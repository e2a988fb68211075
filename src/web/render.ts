import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a page element to a complete HTML document; preact escapes every text and attribute. */
export function renderDocument(page: VNode<any>): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  return `<!doctype html>${renderToString(page)}`;
}

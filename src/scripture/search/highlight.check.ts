// Highlights are offsets clients slice with; this is the invariant every producer must keep.
import type { HighlightRange } from './search.types.js';

/** True when ranges are non-empty, inside `text`, in order and not overlapping. */
export function highlightsOk(text: string, ranges: readonly HighlightRange[]): boolean {
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end <= r.start || r.end > text.length) return false;
    at = r.end;
  }
  return true;
}

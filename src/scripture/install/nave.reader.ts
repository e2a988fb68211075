// Reads a Nave's-style topical dictionary into topic rows.
import type { TopicTable } from '../../platform/db/tables.js';
import { parseNaveEntry, type DictionaryModule } from '../sword/index.js';
import { normalizeTopicName } from '../topics/topic-name.js';
import { referenceCount, storedSections } from '../topics/topic.record.js';

/** Every entry of the dictionary as a topic row; `@LINK` entries become pointers to their target. */
export function readTopics(dict: DictionaryModule, onEntry?: (done: number) => void): TopicTable[] {
  const rows: TopicTable[] = [];
  const seen = new Set<string>();
  for (const e of dict.entries()) {
    const name = e.key.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    if (e.linkTo) {
      rows.push({ name, normalized: normalizeTopicName(name), source: dict.name, link_to: e.linkTo, sections: '[]', see_also: '[]', reference_count: 0 });
    } else {
      const topic = parseNaveEntry(e.raw, name);
      const sections = storedSections(topic.sections);
      rows.push({
        name,
        normalized: normalizeTopicName(name),
        source: dict.name,
        link_to: null,
        sections: JSON.stringify(sections),
        see_also: JSON.stringify(topic.seeAlso),
        reference_count: referenceCount(sections),
      });
    }
    if (onEntry && rows.length % 250 === 0) onEntry(rows.length);
  }
  return rows;
}

// What the topic service returns: Nave's Topical Bible topics with their references resolved to text.
import type { ScriptureActor } from '../scripture.actor.js';

/** A topic in a list. */
export interface TopicSummary {
  /** As Nave's prints it: "INTERCESSION", "PRAYER". */
  readonly name: string;
  /** References the whole topic cites. */
  readonly referenceCount: number;
}

/** A page of topic names. */
export interface TopicList {
  readonly topics: readonly TopicSummary[];
  /** Topics matching the query in all. */
  readonly total: number;
}

/** A reference of a topic, resolved in the reader's translation. */
export interface TopicReference {
  /** OSIS as Nave's cites it (KJV numbering). */
  readonly osis: string;
  /** Display form in the reader's language, "Heb 7:25". */
  readonly reference: string;
  /** Text of the passage in the translation; '' when the translation lacks it. */
  readonly text: string;
  /** True when the passage is longer than the text shown. */
  readonly truncated?: true;
}

/** A link to another topic ("See PRIEST, HIGH"). */
export interface TopicLink {
  readonly topic: string;
  readonly subtopic?: string;
  /** False when Nave's names a topic it does not have. */
  readonly exists: boolean;
}

/** A line under a subtopic. */
export interface TopicLine {
  /** The line's words without the reference labels. */
  readonly label: string;
  readonly references: readonly TopicReference[];
  readonly seeAlso: readonly TopicLink[];
}

/** A subtopic and its lines. */
export interface TopicSection {
  /** "OF MAN WITH GOD"; '' for lines before any subtopic. */
  readonly heading: string;
  readonly references: readonly TopicReference[];
  readonly lines: readonly TopicLine[];
  readonly seeAlso: readonly TopicLink[];
}

/** A whole topic for the topic page. */
export interface TopicView {
  readonly name: string;
  /** Code of the translation the texts are in. */
  readonly translation: string;
  readonly sections: readonly TopicSection[];
  /** Every topic this one links to. */
  readonly seeAlso: readonly TopicLink[];
}

/** Nave's topics: list, search and read. */
export interface TopicService {
  /** Topic names matching `query` (case- and accent-insensitive; names starting with it first), or all, paged. */
  list(actor: ScriptureActor, input: { query?: string; limit?: number; offset?: number }): Promise<TopicList>;
  /** A topic by name (case-insensitive). Throws UNKNOWN_TOPIC (404, details.suggestions) or UNKNOWN_TRANSLATION. */
  get(actor: ScriptureActor, input: { name: string; translation?: string }): Promise<TopicView>;
}

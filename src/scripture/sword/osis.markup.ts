// OSIS as SWORD modules store it: <w>, <transChange>, <divineName> are transparent; <note> and
// <title> leave the text for notes and headings; <q who="Jesus"> (container or sID/eID milestone)
// marks words of Jesus; <div type="x-p">, <lb>, <l> mark paragraphs and poetry lines.
import type { RenderOptions } from './markup.options.js';
import type { Heading, Note, RenderedText } from './rendered.text.js';
import { TextBuilder } from './text.builder.js';
import { attr, scanMarkup, type Tag } from './xml.scanner.js';

interface NoteCapture {
  type: Note['type'];
  offset: number;
  depth: number;
  builder: TextBuilder;
  label: string;
  inLabel: number;
  refs: string[];
}

// <w> wraps nearly every word (Strong's numbers) and means nothing for text; dropping those tags up
// front with one native regex pass roughly halves the work of the scan.
const WORD_TAGS = /<\/?w(?:\s[^>]*)?>/g;
// The KJV marks paragraphs with a pilcrow in the text itself.
const PILCROW = '\u00b6';

/** Turns OSIS markup (a verse, an intro, a commentary entry) into clean text with its structure. */
export function renderOsis(raw: string, options: RenderOptions = {}): RenderedText {
  const main = new TextBuilder(options.newlines ?? false);
  const headings: Heading[] = [];
  const notes: Note[] = [];
  let note: NoteCapture | undefined;
  let title:
    | { name: string; builder: TextBuilder; depth: number; noteDepth: number; heading: Omit<Heading, 'text' | 'offset'> }
    | undefined;
  let jesusQ = 0; // open container <q who="Jesus">
  const qStack: boolean[] = [];
  const jesusMilestones = new Set<string>();
  const openRefs: { start: number; osisRef: string }[] = [];

  const jesus = () => jesusQ > 0 || jesusMilestones.size > 0;

  scanMarkup(raw.replace(WORD_TAGS, ''), {
    text(t) {
      if (!note && !title && t.includes(PILCROW)) {
        t.split(PILCROW).forEach((piece, i) => {
          if (i > 0) main.lineBreak('paragraph');
          main.append(piece, jesus());
        });
        return;
      }
      if (note) {
        if (note.inLabel > 0) note.label += t;
        else note.builder.append(t);
      } else if (title) {
        if (title.noteDepth === 0) title.builder.append(t);
      }
      else main.append(t, jesus());
    },
    tag(tag) {
      const name = tag.name;
      if (note) {
        if (name === 'note') {
          if (tag.end) note.depth--;
          else if (!tag.empty) note.depth++;
          if (note.depth === 0) {
            const label = note.label.trim();
            const text = note.builder.finish().text;
            notes.push({ type: note.type, text, ...(label ? { label } : {}), refs: note.refs, offset: note.offset });
            note = undefined;
            main.gap();
          }
          return;
        }
        if (name === 'reference') {
          if (tag.end) {
            if (note.inLabel > 0) note.inLabel--;
            return;
          }
          const ref = attr(tag, 'osisRef');
          if (ref) note.refs.push(ref);
          if (!tag.empty && attr(tag, 'type') === 'annotateRef') note.inLabel++;
          return;
        }
        if (breaks(tag)) note.builder.append(' ');
        return;
      }
      if (title) {
        if (name === title.name) {
          if (tag.end) title.depth--;
          else if (!tag.empty) title.depth++;
          if (title.depth === 0) {
            const text = title.builder.finish().text;
            if (text) headings.push({ text, ...title.heading, offset: main.offset });
            title = undefined;
          }
        } else if (name === 'note' && !tag.empty) {
          // A heading's footnote is not part of the heading's text.
          title.noteDepth += tag.end ? -1 : 1;
        }
        return;
      }
      switch (name) {
        case 'note': {
          if (tag.end || tag.empty) return;
          note = {
            type: noteType(tag),
            offset: main.offset,
            depth: 1,
            builder: new TextBuilder(),
            label: '',
            inLabel: 0,
            refs: [],
          };
          return;
        }
        case 'title':
        case 'speaker': {
          if (tag.end || tag.empty) return;
          const type = attr(tag, 'type') ?? (name === 'speaker' ? 'speaker' : undefined);
          const level = Number(attr(tag, 'level'));
          title = {
            name,
            builder: new TextBuilder(),
            depth: 1,
            noteDepth: 0,
            heading: {
              ...(type ? { type } : {}),
              ...(level > 0 ? { level } : {}),
              ...(attr(tag, 'canonical') === 'true' ? { canonical: true as const } : {}),
            },
          };
          return;
        }
        case 'q': {
          const who = attr(tag, 'who');
          const marker = attr(tag, 'marker');
          const sID = attr(tag, 'sID');
          const eID = attr(tag, 'eID');
          if (tag.empty) {
            if (sID !== undefined && who === 'Jesus') jesusMilestones.add(sID);
            if (eID !== undefined) jesusMilestones.delete(eID);
            if (marker) main.append(marker, jesus());
          } else if (tag.end) {
            if (qStack.pop()) jesusQ--;
          } else {
            const isJesus = who === 'Jesus';
            qStack.push(isJesus);
            if (isJesus) jesusQ++;
            if (marker) main.append(marker, jesus());
          }
          return;
        }
        case 'reference': {
          if (tag.empty) return;
          if (tag.end) {
            const open = openRefs.pop();
            if (open) main.link(open.start, { osisRef: open.osisRef });
            return;
          }
          const osisRef = attr(tag, 'osisRef');
          if (osisRef) openRefs.push({ start: main.offset, osisRef });
          return;
        }
        case 'div':
        case 'p':
          if (name === 'p' || attr(tag, 'type') === 'x-p' || attr(tag, 'type') === 'paragraph') {
            if (!tag.end && attr(tag, 'eID') === undefined) main.lineBreak('paragraph');
          }
          return;
        case 'lb':
          main.lineBreak(attr(tag, 'type') === 'x-p' ? 'paragraph' : 'line');
          return;
        case 'l':
          if (!tag.end && attr(tag, 'eID') === undefined) main.lineBreak('line');
          return;
        case 'figure':
        case 'index':
          return;
        case 'rdg':
        case 'foreign':
        case 'w':
        case 'seg':
        case 'transChange':
        case 'divineName':
        case 'hi':
        case 'name':
        case 'catchWord':
          return;
        default:
          // Block-level containers separate words even when the source has no space between them.
          if (breaks(tag)) main.append(' ');
      }
    },
  });
  const { text, segments } = main.finish();
  return { text, segments, headings, notes, links: main.links, breaks: main.breaks };
}

function noteType(tag: Tag): Note['type'] {
  const type = attr(tag, 'type');
  if (type === 'crossReference') return 'crossReference';
  if (type === 'study' || type === 'explanation') return 'study';
  return 'footnote';
}

const BLOCKS = new Set(['item', 'list', 'lg', 'row', 'cell', 'table', 'head']);

function breaks(tag: Tag): boolean {
  return BLOCKS.has(tag.name);
}

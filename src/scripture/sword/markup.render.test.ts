import { describe, expect, it } from 'vitest';
import { renderGbf } from './gbf.markup.js';
import { renderMarkup, renderPlain } from './markup.render.js';
import { renderTei } from './tei.markup.js';
import { renderThml } from './thml.markup.js';

describe('renderTei', () => {
  const raw = '<entryFree n="X"><def>\n<lb/>→ Of Christ <ref osisRef="Heb.7.25">Heb 7:25</ref>\n<list>\n<item>By the Spirit <ref osisRef="Rom.8.26">Ro 8:26</ref></item>\n</list>\n<lb/>→ See <ref target="Nave:PRAYER">PRAYER</ref></def></entryFree>';
  it('keeps lines as lines and references as links', () => {
    const r = renderTei(raw);
    expect(r.text).toBe('→ Of Christ Heb 7:25\nBy the Spirit Ro 8:26\n→ See PRAYER');
    expect(r.links.map((l) => [r.text.slice(l.start, l.end), l.osisRef ?? l.target])).toEqual([
      ['Heb 7:25', 'Heb.7.25'],
      ['Ro 8:26', 'Rom.8.26'],
      ['PRAYER', 'Nave:PRAYER'],
    ]);
  });

  it('can flatten lines into one line with recorded breaks', () => {
    const r = renderTei(raw, { newlines: false });
    expect(r.text).toBe('→ Of Christ Heb 7:25 By the Spirit Ro 8:26 → See PRAYER');
    expect(r.breaks.length).toBeGreaterThan(0);
  });

  it('takes titles and notes out', () => {
    const r = renderTei('<title>G25</title><orth>ἀγαπάω</orth> to love<note>see also G5368</note>.');
    expect(r.text).toBe('ἀγαπάω to love.');
    expect(r.headings[0].text).toBe('G25');
    expect(r.notes[0].text).toBe('see also G5368');
  });
});

describe('renderThml', () => {
  it('keeps text, drops Strong’s sync tags, separates notes and headings', () => {
    const r = renderThml('<div class="sechead">The New Birth</div>Jesus answered<sync type="Strongs" value="G611"/>, <font color="red">Verily, verily<note place="foot">Amen</note> I say</font> unto thee.');
    expect(r.text).toBe('Jesus answered, Verily, verily I say unto thee.');
    expect(r.headings).toEqual([{ text: 'The New Birth', offset: 0 }]);
    expect(r.notes).toMatchObject([{ text: 'Amen', type: 'footnote' }]);
    expect(r.segments).toEqual([{ text: 'Jesus answered, ' }, { text: 'Verily, verily I say', jesus: true }, { text: ' unto thee.' }]);
  });

  it('reads <span class="jesus"> and <br/> too', () => {
    const r = renderThml('<span class="jesus">Follow me</span><br/>and he arose');
    expect(r.segments[0]).toEqual({ text: 'Follow me', jesus: true });
    expect(r.text).toBe('Follow me and he arose');
    expect(r.breaks).toEqual([{ offset: 10, kind: 'line' }]);
  });
});

describe('renderGbf', () => {
  it('reads red letters, footnotes, headings and drops word tags', () => {
    const r = renderGbf('<TS>The Word<Ts>In the beginning<WG746> was the Word<RF>Or, Logos<Rf>. <CM>Jesus said, <FR>I am the light<Fr>.');
    expect(r.text).toBe('In the beginning was the Word. Jesus said, I am the light.');
    expect(r.headings).toEqual([{ text: 'The Word', offset: 0 }]);
    expect(r.notes).toMatchObject([{ text: 'Or, Logos' }]);
    expect(r.segments).toEqual([{ text: 'In the beginning was the Word. Jesus said, ' }, { text: 'I am the light', jesus: true }, { text: '.' }]);
    expect(r.breaks).toEqual([{ offset: 31, kind: 'paragraph' }]);
  });
});

describe('renderMarkup', () => {
  it('picks the converter by SourceType and treats unknown types as plain text', () => {
    expect(renderMarkup('<q who="Jesus">Come</q>', 'OSIS').segments).toEqual([{ text: 'Come', jesus: true }]);
    expect(renderMarkup('<FR>Come<Fr>', 'gbf').segments).toEqual([{ text: 'Come', jesus: true }]);
    expect(renderMarkup('line one\nline   two', 'Plaintext').text).toBe('line one line two');
    expect(renderPlain('a\nb', { newlines: true }).text).toBe('a\nb');
  });
});

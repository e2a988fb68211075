import { describe, expect, it } from 'vitest';
import { renderOsis } from './osis.markup.js';

describe('renderOsis', () => {
  it('drops word markup and keeps the words', () => {
    const r = renderOsis('<w lemma="strong:H0430">In</w> <w lemma="strong:H7225">the beginning</w>, <transChange type="added">it</transChange> <divineName>LORD</divineName>.');
    expect(r.text).toBe('In the beginning, it LORD.');
    expect(r.segments).toEqual([{ text: 'In the beginning, it LORD.' }]);
  });

  it('takes footnotes out but keeps the spaces around them', () => {
    const r = renderOsis('the world, <note placement="foot"><reference type="annotateRef">3:16 </reference>Or, <rdg>only begotten</rdg></note> that he gave');
    expect(r.text).toBe('the world, that he gave');
    expect(r.notes).toEqual([{ type: 'footnote', text: 'Or, only begotten', label: '3:16', refs: [], offset: 11 }]);
  });

  it('does not leave a space before punctuation that followed a spaced-out note', () => {
    expect(renderOsis('two assaria coins</q> <note>An assarion…</note> <q>? Not one').text).toBe('two assaria coins? Not one');
  });

  it('keeps words apart where a note stood between them without spaces', () => {
    // As the WEB stores Gen 1:1: "God<note>…</note><w>created</w>".
    expect(renderOsis('God<note placement="foot">Elohim</note><w lemma="x">created</w> the heavens').text).toBe('God created the heavens');
    expect(renderOsis('Yahweh<note>name</note>’s word').text).toBe('Yahweh’s word');
  });

  it('collects cross-reference notes with their OSIS refs', () => {
    const r = renderOsis('Blessed<note type="crossReference"><reference osisRef="Isa.57.15">Isaiah 57:15</reference>; <reference osisRef="Isa.66.2">66:2</reference></note> are the poor');
    expect(r.text).toBe('Blessed are the poor');
    expect(r.notes[0]).toMatchObject({ type: 'crossReference', refs: ['Isa.57.15', 'Isa.66.2'], text: 'Isaiah 57:15; 66:2' });
  });

  it('marks words of Jesus in container quotes', () => {
    const r = renderOsis('Jesus answered, <q who="Jesus" marker="">“Most certainly I tell you,</q> <q who="Jesus" marker="">unless one is born anew”</q> he said.');
    expect(r.text).toBe('Jesus answered, “Most certainly I tell you, unless one is born anew” he said.');
    expect(r.segments).toEqual([
      { text: 'Jesus answered, ' },
      { text: '“Most certainly I tell you, unless one is born anew”', jesus: true },
      { text: ' he said.' },
    ]);
  });

  it('marks words of Jesus between milestone quotes, across nested quotes of others', () => {
    const r = renderOsis('He said, <q sID="q1" who="Jesus"/>Have you not read what David did, <q>when he was hungry</q>?<q eID="q1"/> Then they left.');
    expect(r.segments).toEqual([
      { text: 'He said, ' },
      { text: 'Have you not read what David did, when he was hungry?', jesus: true },
      { text: ' Then they left.' },
    ]);
  });

  it('writes a quote marker when the markup asks for one', () => {
    expect(renderOsis('<q marker="“">Come</q>').text).toBe('“Come');
  });

  it('takes headings out of the text, with psalm titles marked canonical', () => {
    const r = renderOsis('<title canonical="true" type="psalm">A Psalm of <w>David</w>.</title> <l level="1" sID="x"/>The <divineName>LORD</divineName> is my shepherd');
    expect(r.text).toBe('The LORD is my shepherd');
    expect(r.headings).toEqual([{ text: 'A Psalm of David.', type: 'psalm', canonical: true, offset: 0 }]);
    const section = renderOsis('<div type="x-milestone" subType="x-preverse" sID="pv1"/><title>The Creation<note>fn</note></title><div sID="p1" type="x-p"/>In the beginning');
    expect(section.headings).toEqual([{ text: 'The Creation', offset: 0 }]);
    expect(section.text).toBe('In the beginning');
  });

  it('turns speakers into headings', () => {
    const r = renderOsis('<speaker>Beloved</speaker> Let him kiss me');
    expect(r.headings[0]).toMatchObject({ text: 'Beloved', type: 'speaker' });
    expect(r.text).toBe('Let him kiss me');
  });

  it('records paragraph and poetry breaks; the KJV pilcrow becomes a paragraph', () => {
    const r = renderOsis('first line, <l eID="a"/> <l level="2" sID="b"/>second line.<div eID="p" type="x-p"/> <div sID="q" type="x-p"/>New paragraph');
    expect(r.text).toBe('first line, second line. New paragraph');
    expect(r.breaks).toEqual([
      { offset: 12, kind: 'line' },
      { offset: 25, kind: 'paragraph' },
    ]);
    const kjv = renderOsis('¶ For God so loved the world');
    expect(kjv.text).toBe('For God so loved the world');
    expect(kjv.breaks).toEqual([{ offset: 0, kind: 'paragraph' }]);
  });

  it('keeps references in the text as links', () => {
    const r = renderOsis('as in <reference osisRef="Heb.7.25">Hebrews 7:25</reference>.');
    expect(r.text).toBe('as in Hebrews 7:25.');
    expect(r.links).toEqual([{ start: 6, end: 18, osisRef: 'Heb.7.25' }]);
  });

  it('decodes entities and survives broken markup', () => {
    expect(renderOsis('Salt &amp; light &#8220;x&#x201D; &bogus; 1 &lt; 2').text).toBe('Salt & light “x” &bogus; 1 < 2');
    expect(renderOsis('1 < 2 and 3 > 2').text).toBe('1 < 2 and 3 > 2');
    expect(renderOsis('trusted in his God. <d').text).toBe('trusted in his God.');
    expect(renderOsis('<q who="Jesus">never closed').segments).toEqual([{ text: 'never closed', jesus: true }]);
    expect(renderOsis('').text).toBe('');
    expect(renderOsis('   ').segments).toEqual([]);
  });
});

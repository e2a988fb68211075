import { describe, expect, it } from 'vitest';
import { parseNaveEntry } from './nave.topic.js';

// Shaped like the entries of the Nave module (TEI lines, arrows for subtopics, lists of instances).
const ENTRY = `<entryFree n="INTERCESSION">
<def>
<lb/>→ OF MAN WITH MAN <ref osisRef="1Sam.2.25">1Sa 2:25</ref>
<lb/>→ INSTANCES OF
<list>
<item>Reuben for Joseph <ref osisRef="Gen.37.21">Ge 37:21</ref>,<ref osisRef="Gen.37.22">22</ref></item>
<item>Pharaoh's chief baker for Joseph <ref osisRef="Gen.41.9-Gen.41.13">Ge 41:9-13</ref>; with 40:14</item>
<item>Bath-sheba</item>
</list>
<lb/>For Solomon <ref osisRef="1Kgs.1.15-1Kgs.1.31">1Ki 1:15-31</ref>
<lb/>→ OF MAN WITH GOD <ref osisRef="Gen.20.7">Ge 20:7</ref>; <ref osisRef="Exod.32.9-Exod.32.14">Ex 32:9-14</ref>
<list>
<item>See <ref target="Nave:PRAYER">PRAYER</ref>, INTERCESSORY</item>
</list>
<lb/>→ See <ref target="Nave:JESUS">JESUS</ref>, MEDIATION OF; <ref target="Nave:MEDIATION">MEDIATION</ref></def>
</entryFree>`;

describe('parseNaveEntry', () => {
  const topic = parseNaveEntry(ENTRY);

  it('takes the topic name from the entry', () => {
    expect(topic.name).toBe('INTERCESSION');
    expect(parseNaveEntry(ENTRY, 'Intercession').name).toBe('Intercession');
  });

  it('splits subtopics into sections with the references on their heading line', () => {
    expect(topic.sections.map((s) => [s.heading, s.refs])).toEqual([
      ['OF MAN WITH MAN', ['1Sam.2.25']],
      ['INSTANCES OF', []],
      ['OF MAN WITH GOD', ['Gen.20.7', 'Exod.32.9-Exod.32.14']],
    ]);
  });

  it('gives each line its words and its references', () => {
    expect(topic.sections[1].lines).toEqual([
      { label: 'Reuben for Joseph', text: 'Reuben for Joseph Ge 37:21,22', refs: ['Gen.37.21', 'Gen.37.22'], seeAlso: [] },
      {
        label: "Pharaoh's chief baker for Joseph; with 40:14",
        text: "Pharaoh's chief baker for Joseph Ge 41:9-13; with 40:14",
        refs: ['Gen.41.9-Gen.41.13'],
        seeAlso: [],
      },
      { label: 'Bath-sheba', text: 'Bath-sheba', refs: [], seeAlso: [] },
      { label: 'For Solomon', text: 'For Solomon 1Ki 1:15-31', refs: ['1Kgs.1.15-1Kgs.1.31'], seeAlso: [] },
    ]);
  });

  it('collects cross-links with their subtopics, in the section and for the topic', () => {
    expect(topic.sections[2].seeAlso).toEqual([{ topic: 'PRAYER', subtopic: 'INTERCESSORY' }]);
    expect(topic.sections[2].lines).toEqual([]);
    expect(topic.seeAlso).toEqual([
      { topic: 'PRAYER', subtopic: 'INTERCESSORY' },
      { topic: 'JESUS', subtopic: 'MEDIATION OF' },
      { topic: 'MEDIATION' },
    ]);
  });

  it('puts lines before any subtopic into an untitled section', () => {
    const t = parseNaveEntry('<entryFree n="ABADDON"><def>The angel of the bottomless pit <ref osisRef="Rev.9.11">Re 9:11</ref></def></entryFree>');
    expect(t.sections).toEqual([
      { heading: '', refs: [], lines: [{ label: 'The angel of the bottomless pit', text: 'The angel of the bottomless pit Re 9:11', refs: ['Rev.9.11'], seeAlso: [] }], seeAlso: [] },
    ]);
  });
});

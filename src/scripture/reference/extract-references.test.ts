import { describe, expect, it } from 'vitest';
import { extractReferences } from './extract-references.js';
import type { ReferenceOptions } from './types.js';

/** OSIS of every reference found, in order. */
const osis = (text: string, options?: ReferenceOptions) => extractReferences(text, options).references.map((r) => r.osis);

describe('extractReferences: forms from the issue, printed as the bcv parser prints them', () => {
  it.each([
    ['John 3:16', 'John.3.16'],
    ['Exodus 32:11-14', 'Exod.32.11-Exod.32.14'],
    ['Exodus 32:11–14', 'Exod.32.11-Exod.32.14'],
    ['Exodus 32:11—14', 'Exod.32.11-Exod.32.14'],
    ['Heb 4:15–5:2', 'Heb.4.15-Heb.5.2'],
    ['Matt 5–7', 'Matt.5-Matt.7'],
    ['John 17', 'John.17'],
    ['Ps 23', 'Ps.23'],
    ['John 17:1-26', 'John.17'],
    ['Jude 24–25', 'Jude.1.24-Jude.1.25'],
    ['Phlm 10', 'Phlm.1.10'],
    ['Phlm 10-21', 'Phlm.1.10-Phlm.1.21'],
    ['3 John 2', '3John.1.2'],
    ['Jude 1', 'Jude'],
    ['Gen 18:22-33; Ex 32:11-14', 'Gen.18.22-Gen.18.33,Exod.32.11-Exod.32.14'],
    ['Jn 3:16-18, 20', 'John.3.16-John.3.18,John.3.20'],
    ['Eph 1:15–23 and 3:14–21', 'Eph.1.15-Eph.1.23,Eph.3.14-Eph.3.21'],
    ['John 3:16, 17', 'John.3.16-John.3.17'],
    ['John 3, 4', 'John.3-John.4'],
    ['John chapter 3 verse 16', 'John.3.16'],
    ['John ch. 3 v. 16', 'John.3.16'],
    ['Phlm vv. 6', 'Phlm.1.6'],
    ['John 3 v 16', 'John.3.16'],
    ['John 3v16', 'John.3.16'],
    ['John 3:16ff', 'John.3.16-John.3.36'],
    ['John 3:16 f.', 'John.3.16-John.3.36'],
    ['Heb 11 ff', 'Heb.11-Heb.13'],
    ['John 3:16a', 'John.3.16'],
    ['Luke 24:5b-6a', 'Luke.24.5-Luke.24.6'],
    ['Lev 26.8', 'Lev.26.8'],
    ['jn3.16', 'John.3.16'],
    ['1 Cor 13:4-7', '1Cor.13.4-1Cor.13.7'],
    ['Gen 1:1-50:26', 'Gen'],
    ['Judg 21:1-Ruth 1:22', 'Judg.21-Ruth.1'],
    ['John 21:25, Acts 1:1', 'John.21.25-Acts.1.1'],
    ['Romans 8:28 – 9:5', 'Rom.8.28-Rom.9.5'],
    ['Matt 1 to 2', 'Matt.1-Matt.2'],
    ['Ps 119:176', 'Ps.119.176'],
  ])('%s → %s', (text, expected) => {
    expect(osis(text)).toEqual([expected]);
  });

  it('reports offsets in UTF-16 code units, with the text they cover', () => {
    const text = 'Read 😀 Exodus 32:11–14 and then Gen 18:22-33.';
    const refs = extractReferences(text).references;
    expect(refs.map((r) => [r.text, r.osis])).toEqual([
      ['Exodus 32:11–14', 'Exod.32.11-Exod.32.14'],
      ['Gen 18:22-33', 'Gen.18.22-Gen.18.33'],
    ]);
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(refs[0].start).toBe(8);
  });

  it('keeps a sequence that carries the book forward as one reference', () => {
    const [r] = extractReferences('See Gen 18:22-33; Ex 32:11-14 for the pattern.').references;
    expect(r.text).toBe('Gen 18:22-33; Ex 32:11-14');
  });

  it('reads ordinals written every usual way', () => {
    for (const t of ['1 John 2:1', 'I John 2:1', '1st John 2:1', 'First John 2:1', '1John 2:1', '1 Jn 2:1', 'I. John 2:1']) {
      expect(osis(t)).toEqual(['1John.2.1']);
    }
    expect(osis('II Corinthians 5:17')).toEqual(['2Cor.5.17']);
    expect(osis('Second Kings 5:14')).toEqual(['2Kgs.5.14']);
    expect(osis('3rd John 4')).toEqual(['3John.1.4']);
    expect(osis('the First Epistle of John 4:8')).toEqual(['1John.4.8']);
  });

  it('reads the chapter-first forms: "the 23rd Psalm", "chapter 3 of John"', () => {
    expect(osis('He read the 23rd Psalm aloud')).toEqual(['Ps.23']);
    expect(osis('the 23rd Psalm, verses 2-3')).toEqual(['Ps.23.2-Ps.23.3']);
    expect(osis('the 22st Psalm')).toEqual([]);
    expect(osis('chapter 3 of John')).toEqual(['John.3']);
  });

  it('finds references inside punctuation and brackets', () => {
    expect(osis('(Exodus 32:11–14)')).toEqual(['Exod.32.11-Exod.32.14']);
    expect(osis('“Romans 8:34,” he said;')).toEqual(['Rom.8.34']);
    expect(osis('[1 John 2:1]')).toEqual(['1John.2.1']);
  });
});

describe('extractReferences: invalid references are reported, never clamped', () => {
  it('gives the reason for a chapter that does not exist', () => {
    const r = extractReferences('Read John 22:1 tonight.');
    expect(r.references).toEqual([]);
    expect(r.invalid).toEqual([{ text: 'John 22:1', start: 5, end: 14, reason: 'John has 21 chapters' }]);
  });

  it('gives the reason for a verse that does not exist', () => {
    expect(extractReferences('John 3:37').invalid[0].reason).toBe('John 3 has 36 verses');
    expect(extractReferences('Jude 26').invalid[0].reason).toBe('Jude has 25 verses');
    expect(extractReferences('Rev 23').invalid[0].reason).toBe('Revelation has 22 chapters');
    expect(extractReferences('1 Cor 17:1').invalid[0].reason).toBe('1 Corinthians has 16 chapters');
  });

  it('does not clamp a range that runs past the end', () => {
    const r = extractReferences('John 3:16-40');
    expect(r.references).toEqual([]);
    expect(r.invalid[0].reason).toBe('John 3 has 36 verses');
  });

  it('knows Psalm 151 is in the NRSVA (the WEB) but not in the KJV', () => {
    expect(osis('Ps 151')).toEqual(['Ps.151']);
    const kjv = extractReferences('Ps 151', { versification: 'KJV' });
    expect(kjv.references).toEqual([]);
    expect(kjv.invalid[0].reason).toBe('Psalms has 150 chapters');
  });

  it('knows the deuterocanon is not in the KJV versification', () => {
    expect(osis('Tobit 3:4')).toEqual(['Tob.3.4']);
    expect(extractReferences('Tobit 3:4', { versification: 'KJV' }).invalid[0].reason).toBe(
      'Tobit is not in the KJV versification',
    );
  });

  it('keeps the valid parts of a sequence that has an invalid part', () => {
    const r = extractReferences('John 3:16; 22:1; 4:1');
    expect(r.references.map((x) => [x.text, x.osis])).toEqual([
      ['John 3:16', 'John.3.16'],
      ['4:1', 'John.4.1'],
    ]);
    expect(r.invalid.map((x) => [x.text, x.reason])).toEqual([['22:1', 'John has 21 chapters']]);
  });
});

describe('extractReferences: no false positives on prose', () => {
  it.each([
    'I lost my job 2 weeks ago',
    'I lost my Job 2 weeks ago',
    'surgery on March 3 at 10:30',
    'we met at 5:30',
    'Mark brought coffee for 12 people',
    'Job was hard',
    'Acts of kindness 3 times',
    'the meeting is 10:30 tomorrow',
    'I am 45 years old',
    'Is 53 too old?',
    'Mar 3, 2024 was a hard day',
    'Jan 3 at 5:00',
    'pray for Ruth 2 weeks after surgery',
    'John 3 days in hospital',
    'Luke 2 years old today',
    'my ratio is 3:2',
    'Esther 4 kids at home',
    'Numbers 1 through 10 were called',
    'the price rose to 1,000 dollars',
    'Mark 12pm lunch',
    'Version 2.5 released',
    'Room 12:30 pm',
    'de 10:30 a 11 en la iglesia',
    'Juan 3 años',
    'Sal 3 veces al día',
    'Matches 3:1 at half time',
    'Jokes 3:4 rated',
    'Romance 8:28 stars',
  ])('finds nothing in %j', (text) => {
    expect(extractReferences(text)).toEqual({ references: [], invalid: [] });
  });

  it('still finds a name-like book when the reference is plain', () => {
    expect(osis('Mark 12 says it well')).toEqual(['Mark.12']);
    expect(osis('In Job 38 God speaks')).toEqual(['Job.38']);
    expect(osis('job 38:4')).toEqual(['Job.38.4']);
    expect(osis('Acts 2:38')).toEqual(['Acts.2.38']);
  });

  it('stops a sequence at a count', () => {
    expect(osis('Romans 8:28, 12 people came')).toEqual(['Rom.8.28']);
    expect(osis('John 3:16 at 10:30')).toEqual(['John.3.16']);
  });
});

describe('extractReferences: Spanish', () => {
  it.each([
    ['Juan 3:16', 'John.3.16'],
    ['1 Corintios 13:4-7', '1Cor.13.4-1Cor.13.7'],
    ['Salmo 23', 'Ps.23'],
    ['Apocalipsis 12:10', 'Rev.12.10'],
    ['Éxodo 32:11-14', 'Exod.32.11-Exod.32.14'],
    ['Exodo 32:11-14', 'Exod.32.11-Exod.32.14'],
    ['Primera de Juan 2:1', '1John.2.1'],
    ['1ª Corintios 13', '1Cor.13'],
    ['2º Reyes 5:14', '2Kgs.5.14'],
    ['San Juan 3:16', 'John.3.16'],
    ['Hechos 2:38', 'Acts.2.38'],
    ['Santiago 1:2-4', 'Jas.1.2-Jas.1.4'],
    ['Cantares 2:4', 'Song.2.4'],
    ['Jn 3,16', 'John.3.16'],
    ['Romanos 8:28 y 8:38-39', 'Rom.8.28,Rom.8.38-Rom.8.39'],
  ])('%s → %s', (text, expected) => {
    expect(osis(text, { language: 'es' })).toEqual([expected]);
    expect(osis(text, { language: 'auto' })).toEqual([expected]);
  });

  it('reads the Spanish comma-and-dot citation style', () => {
    expect(osis('Mt 5,3.5.7', { language: 'es' })).toEqual(['Matt.5.3,Matt.5.5,Matt.5.7']);
    expect(osis('Mt 5,3-5.7-9; 6,9', { language: 'es' })).toEqual(['Matt.5.3-Matt.5.5,Matt.5.7-Matt.5.9,Matt.6.9']);
    expect(osis('Juan 3.16', { language: 'es' })).toEqual(['John.3.16']);
  });

  it('does not read Spanish names in English-only mode', () => {
    expect(osis('Juan 3:16', { language: 'en' })).toEqual([]);
    expect(osis('John 3:16', { language: 'es' })).toEqual([]);
  });

  it('reads decomposed accents (NFD) like composed ones', () => {
    expect(osis('E\u0301xodo 32:11', { language: 'es' })).toEqual(['Exod.32.11']);
  });
});

describe('extractReferences: misspellings by rule', () => {
  it.each([
    ['Phillipians 4:13', 'Phil.4.13'],
    ['Mathew 5:3', 'Matt.5.3'],
    ['Revalation 21:4', 'Rev.21.4'],
    ['Gensis 1:1', 'Gen.1.1'],
    ['Ecclesiates 3:1', 'Eccl.3.1'],
    ['Jhon 3:16', 'John.3.16'],
    ['1 Thesalonians 5:17', '1Thess.5.17'],
    ['Dueteronomy 6:4', 'Deut.6.4'],
    ['Phillipians 4', 'Phil.4'],
  ])('%s → %s', (text, expected) => {
    expect(osis(text)).toEqual([expected]);
  });

  it('does not report a misspelling that points nowhere as an invalid reference', () => {
    expect(extractReferences('Jhon 30:1')).toEqual({ references: [], invalid: [] });
  });
});

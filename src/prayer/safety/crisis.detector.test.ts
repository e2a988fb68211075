import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCrisis, compilePhrase } from './crisis.detector.js';
import { CRISIS_IDIOMS, CRISIS_PHRASES, MACROS } from './crisis.lexicon.js';
import { foldForMatching } from './text-fold.js';

const flagged = (text: string): boolean => assessCrisis(text, 'auto').crisis !== null;
const spans = (text: string): string[] => (assessCrisis(text).crisis?.matches ?? []).map((m) => text.slice(m.start, m.end));

describe('assessCrisis', () => {
  it('returns null for ordinary requests and for empty text', () => {
    expect(assessCrisis('', 'en')).toEqual({ crisis: null });
    expect(assessCrisis('Please pray for my job interview on Tuesday.', 'en')).toEqual({ crisis: null });
  });

  it('reports spans of the original text, through accents, curly apostrophes and decomposed letters', () => {
    const es = 'Hola. Ya no quiero vivir más, perdón.';
    expect(spans(es)).toEqual(['no quiero vivir']);
    const curly = 'Honestly I don’t want to live anymore';
    expect(spans(curly)).toEqual(['don’t want to live']);
    // "daño" typed as n + combining tilde: the span still covers the whole word in the original.
    const nfd = 'quiero hacerme dan\u0303o';
    const m = assessCrisis(nfd).crisis?.matches[0];
    expect(m && nfd.slice(m.start, m.end)).toBe('hacerme dan\u0303o');
    // Held-down letters are folded away for matching but stay inside the reported span.
    expect(spans('i want to killllll myself')).toEqual(['killllll myself']);
  });

  it('matches phrases only from the start of a word, and still finds one that begins inside a rejected match', () => {
    expect(flagged('He has the skill myself and others lack.')).toBe(false);
    // "ekill" is rejected at its inner "kill", and the real phrase right after must still be found.
    expect(spans('ekill myself? no: kill myself')).toEqual(['kill myself']);
  });

  it('lists kinds most urgent first so kinds[0] is the primary one', () => {
    const r = assessCrisis('My husband beats me and says he will kill me. I want to die.', 'en');
    expect(r.crisis?.kinds).toEqual(['danger', 'self_harm', 'abuse']);
  });

  it('merges overlapping hits of one kind into one highlight', () => {
    const r = assessCrisis('I want to kill myself', 'en');
    expect(r.crisis?.matches.length).toBe(1);
    expect(r.crisis?.matches[0].kind).toBe('self_harm');
  });

  it('lets a negation cancel a phrase only when it governs it', () => {
    expect(flagged('I would never hurt myself')).toBe(false);
    expect(flagged("I'm not going to kill myself, I promise")).toBe(false);
    expect(flagged('no quiero hacerme daño')).toBe(false);
    expect(flagged('Jamás me quitaría la vida')).toBe(false);
    // Uncertainty, compulsion or a new clause between cue and phrase: still a crisis.
    expect(flagged("I'm not sure I won't kill myself")).toBe(true);
    expect(flagged("I can't stop thinking about killing myself")).toBe(true);
    expect(flagged("I'm not okay I want to die")).toBe(true);
    expect(flagged('No, I want to die')).toBe(true);
    expect(flagged('no sé si quiero suicidarme')).toBe(true);
    expect(flagged('no puedo dejar de pensar en suicidarme')).toBe(true);
    // Phrases whose negation is the crisis itself are never cancelled.
    expect(flagged("I don't want to live")).toBe(true);
    expect(flagged('no quiero vivir')).toBe(true);
    expect(flagged("I'm not safe here")).toBe(true);
  });

  it('hears a Spanish cry for help sent from an English page, and mixed-language text', () => {
    expect(flagged('please pray, me quiero morir')).toBe(true);
    expect(assessCrisis('mi pareja me pega', 'en').crisis?.kinds).toEqual(['abuse']);
  });

  it('reads common obfuscations and slips', () => {
    for (const t of ['su1cide', 'SUICIDAL', 'sucidal thoughts', 'k!ll myself', 'kill my self', 'wanna unalive', 'kms', 'sewer slide', 'suicidarme', 'SUICIDARME']) {
      expect(flagged(t), t).toBe(true);
    }
    expect(flagged('we walked 12 kms to church')).toBe(false);
  });

  it('keeps idioms and faith language out', () => {
    for (const t of [
      'This job is killing me',
      'dying to see you',
      'I want to die to self daily',
      'quiero morir a mí mismo',
      'me muero de risa',
      'my grandmother died',
      'cut myself some slack',
      'it hits me that she is gone',
      'hit me up after church',
      'se me pegan las sábanas',
      'Take my life and let it be consecrated, Lord, to Thee',
      'alcohol abuse recovery group',
    ]) {
      expect(flagged(t), t).toBe(false);
    }
  });

  it('never throws and keeps spans inside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('en', 'es', 'auto') as fc.Arbitrary<'en' | 'es' | 'auto'>, (text, lang) => {
        const r = assessCrisis(text, lang);
        for (const m of r.crisis?.matches ?? []) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a crisis phrase wherever it sits in surrounding text', () => {
    fc.assert(
      fc.property(fc.constantFrom('Hello.', 'Pray for me.', '', 'Gracias.'), fc.constantFrom('I want to kill myself.', 'Me quiero morir.', 'My husband hits me.'), (before, phrase) => {
        const text = `${before} ${phrase} Amen.`;
        const r = assessCrisis(text);
        expect(r.crisis).not.toBeNull();
        expect(r.crisis!.matches.some((m) => text.slice(m.start, m.end).length > 0 && phrase.includes(text.slice(m.start, m.end)))).toBe(true);
      }),
    );
  });
});

describe('crisis lexicon', () => {
  it('compiles every phrase and idiom, none of which can match empty text', () => {
    for (const p of [...CRISIS_PHRASES, ...CRISIS_IDIOMS]) {
      const re = new RegExp(compilePhrase(p.pattern), 'u');
      expect(re.test(''), p.id).toBe(false);
    }
  });

  it('has unique rule ids', () => {
    const ids = [...CRISIS_PHRASES, ...CRISIS_IDIOMS].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a phrase that names an unknown macro', () => {
    expect(() => compilePhrase('kill @nosuch', MACROS)).toThrow(/unknown macro @nosuch/);
  });

  it('expands the phrase syntax: spaces, optional apostrophes, gaps', () => {
    const re = new RegExp(compilePhrase("don't take ~2 pills"), 'u');
    expect(re.test('dont take all my pills')).toBe(true);
    expect(re.test("don't  take pills")).toBe(true);
    expect(re.test('dont take a lot of my pills')).toBe(false);
    expect(re.test('dont take it. pills')).toBe(false);
  });
});

describe('foldForMatching', () => {
  it('lower-cases, drops accents, unifies apostrophes and keeps a map back to the original', () => {
    const f = foldForMatching('ÉL DIJO ‘NO’ — Ñandú');
    expect(f.folded).toBe("el dijo 'no' — nandu");
    expect(f.origin.length).toBe(f.folded.length + 1);
  });

  it('reads digits between letters as letters, and leaves numbers alone', () => {
    expect(foldForMatching('su1c1de 2024 h4rm').folded).toBe('suicide 2024 harm');
  });
});

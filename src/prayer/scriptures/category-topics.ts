// Data: which parts of Nave's Topical Bible speak to each category of request. Nave's gathers every
// verse on a subject, warnings and histories included, so the blend takes only the named subtopics, only
// verses from the books below (where a verse on its own reads as something to pray), only verses that
// speak the category's language (its word stems, in the translation's language) and none that speak of
// judgement. A person carrying guilt must not be handed "he hardens whom he desires".
import type { Category } from '../prayer.types.js';

/** A subtopic of a Nave's topic, as Nave's prints them: `{ topic: 'SIN', section: 'FORGIVENESS OF' }`. */
export interface NaveSection {
  readonly topic: string;
  readonly section: string;
}

export const CATEGORY_TOPICS: Readonly<Record<Category, readonly NaveSection[]>> = {
  guilt: [
    // Nave's SIN shares its name with the Desert of Sin, and the installed topic is the desert's.
    { topic: 'GOD', section: 'MERCY OF' },
    { topic: 'GOD', section: 'GRACE OF' },
    { topic: 'PRAYER', section: 'CONFESSION IN' },
  ],
  fear: [
    { topic: 'COURAGE', section: 'SCRIPTURES RELATING TO' },
    { topic: 'AFFLICTIONS AND ADVERSITIES', section: 'CONSOLATION IN' },
    { topic: 'FAITH', section: 'ENJOINED' },
  ],
  loneliness: [
    { topic: 'GOD', section: 'PRESENCE OF' },
    { topic: 'GOD', section: 'LOVE OF' },
    { topic: 'AFFLICTIONS AND ADVERSITIES', section: 'CONSOLATION IN' },
  ],
  addiction: [
    { topic: 'TEMPTATION', section: 'RESISTANCE TO' },
    { topic: 'AFFLICTIONS AND ADVERSITIES', section: 'PRAYER IN' },
    { topic: 'GOD', section: 'MERCY OF' },
  ],
  health: [
    { topic: 'AFFLICTIONS AND ADVERSITIES', section: 'CONSOLATION IN' },
    { topic: 'AFFLICTIONS AND ADVERSITIES', section: 'PRAYER IN' },
  ],
  family: [
    { topic: 'FAMILY', section: 'OF SAINTS' },
    { topic: 'FAMILY', section: 'RELIGION OF THE' },
  ],
  grief: [
    { topic: 'DEATH', section: 'OF THE RIGHTEOUS' },
    { topic: 'AFFLICTIONS AND ADVERSITIES', section: 'CONSOLATION IN' },
    { topic: 'DESPONDENCY', section: 'COMFORT IN' },
  ],
  provision: [
    { topic: 'GOD', section: 'PROVIDENCE OF' },
    { topic: 'RIGHTEOUS', section: 'PROMISES TO, EXPRESSED OR IMPLIED' },
  ],
  faith: [
    { topic: 'FAITH', section: 'ENJOINED' },
    { topic: 'FAITH', section: 'TRIAL OF' },
  ],
  other: [
    { topic: 'PRAYER', section: 'ANSWER TO, PROMISE' },
    { topic: 'GOD', section: 'FAITHFULNESS OF' },
  ],
};

/**
 * Books whose verses stand alone as prayer (OSIS ids); Nave's verses from other books are left out. The
 * Gospels are narrative and their verses rarely stand alone; the curated table holds the ones that do.
 */
export const PRAYERFUL_BOOKS: ReadonlySet<string> = new Set([
  'Ps', 'Isa', 'Lam', 'Zeph', 'Rom', '1Cor', '2Cor', 'Gal', 'Eph', 'Phil', 'Col',
  '1Thess', '2Thess', '1Tim', '2Tim', 'Heb', 'Jas', '1Pet', '2Pet', '1John',
]);

/** Word beginnings (accent-free, lower case) one of which a Nave's verse must contain, per language. */
export const CATEGORY_KEYWORDS: Readonly<Record<Category, Readonly<Record<'en' | 'es', readonly string[]>>>> = {
  guilt: {
    en: ['forgiv', 'merc', 'merciful', 'pardon', 'cleans', 'clean', 'transgression', 'iniquit', 'compassion', 'blot', 'wash', 'confess', 'redeem', 'grace', 'gracious'],
    es: ['perdon', 'misericord', 'limpi', 'lava', 'rebelion', 'iniquidad', 'confes', 'redim', 'gracia', 'clemen', 'piedad', 'compasi'],
  },
  fear: {
    en: ['fear', 'afraid', 'courage', 'strong', 'dismay', 'refuge', 'peace', 'trust', 'shield', 'fortress', 'deliver', 'comfort'],
    es: ['teme', 'temor', 'tema', 'miedo', 'esfuerz', 'valient', 'desmay', 'refugio', 'paz', 'confia', 'escudo', 'fortaleza', 'libra', 'consol'],
  },
  loneliness: {
    en: ['alone', 'forsake', 'leave', 'with you', 'with me', 'near', 'presence', 'friend', 'love', 'comfort', 'lonely'],
    es: ['solo', 'desampar', 'dejar', 'contigo', 'conmigo', 'cerca', 'presencia', 'amigo', 'amor', 'amad', 'consol'],
  },
  addiction: {
    en: ['free', 'deliver', 'escape', 'strength', 'strong', 'tempt', 'power', 'rescue', 'save', 'set me', 'help', 'mercy'],
    es: ['libr', 'libert', 'escap', 'fuerz', 'fortale', 'tent', 'poder', 'salv', 'socorr', 'ayud', 'misericord'],
  },
  health: {
    en: ['heal', 'health', 'sick', 'strength', 'restore', 'comfort', 'pain', 'life', 'raise', 'renew', 'cry', 'hear ', 'heard', 'hears'],
    es: ['sana', 'sanar', 'sane', 'sanid', 'salud', 'enferm', 'fuerz', 'restaur', 'consol', 'dolor', 'vida', 'levant', 'renuev', 'clam', 'oye', 'oid'],
  },
  family: {
    en: ['children', 'child', 'son ', 'sons', 'daughter', 'household', 'house', 'mother', 'love', 'peace', 'unity', 'together'],
    es: ['hijo', 'hija', 'casa', 'familia', 'madre', 'amor', 'amad', 'paz', 'unidad', 'juntos', 'hermano'],
  },
  grief: {
    en: ['mourn', 'comfort', 'tear', 'weep', 'sorrow', 'grief', 'broken', 'rest', 'hope', 'life', 'resurrection', 'sleep'],
    es: ['llor', 'consol', 'lagrim', 'tristeza', 'dolor', 'quebrant', 'descans', 'reposo', 'esperanza', 'vida', 'resurrec', 'duerm'],
  },
  provision: {
    en: ['provide', 'need', 'bread', 'food', 'supply', 'lack', 'want', 'give', 'good', 'riches', 'feed', 'satisf'],
    es: ['prove', 'necesi', 'pan', 'comida', 'falta', 'dara', 'da ', 'bien', 'riqueza', 'sustent', 'sacia', 'aliment'],
  },
  faith: {
    en: ['faith', 'believ', 'trust', 'hope', 'wait', 'doubt', 'sure', 'steadfast', 'strong'],
    es: ['fe', 'cre', 'confia', 'esper', 'dud', 'firme', 'fortale', 'esfuerz'],
  },
  other: {
    en: ['pray', 'intercession', 'hear ', 'heard', 'hears', 'answer', 'call', 'cry', 'ask', 'seek', 'faithful', 'keep', 'bless'],
    es: ['ora', 'interced', 'oye', 'oir', 'respond', 'invoc', 'clam', 'pedi', 'busc', 'fiel', 'guard', 'bendi'],
  },
};

/** Word beginnings that mark a verse of judgement or wrath: never blended in, whatever the category. */
export const UNPRAYERFUL_WORDS: Readonly<Record<'en' | 'es', readonly string[]>> = {
  en: ['harden', 'wrath', 'destroy', 'curse', 'punish', 'slay', 'kill', 'enem', 'wicked', 'angry', 'vengeance', 'hell', 'perish', 'condemn'],
  es: ['endurec', 'destru', 'maldi', 'castig', 'mata', 'enemig', 'impio', 'enoj', 'venganza', 'infierno', 'perec', 'conden', 'furor'],
};

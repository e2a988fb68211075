/**
 * A deterministic, article-like corpus for the reference benchmarks: paragraphs of devotional prose
 * and prayer-request prose (with the numbers and names that trip parsers up), and Scripture
 * references in the forms authors really write, at about one reference per 250 characters.
 */
import { mulberry32 } from '../src/platform/seeded-random.js';

const PROSE = [
  'He stands between our brokenness and the holiness of God, pleading for us continually.',
  'Guilt and shame threaten to drown us, but we are not left without an advocate.',
  'I lost my job 2 weeks ago and the rent is due on the 1st of next month.',
  'My mother has surgery on March 3 at 10:30, please pray that the doctors are wise.',
  'We met at 5:30 for coffee and talked about the years since our son left home.',
  'Mark brought coffee for 12 people and we prayed together for an hour.',
  'Job interviews have been hard; I have had 4 in 3 weeks and no answer yet.',
  'No amount of religion, morality or self-help can bridge the gap between us and a holy God.',
  'Every accusation from the enemy is answered by his ongoing intercession for us.',
  'Our small group of 8 meets on Tuesdays at 7 in the church hall on Main Street.',
  'She has been sober for 100 days and asks for strength for the next 100.',
  'The prophets cried out for mercy on behalf of the people again and again.',
  'Please pray for my marriage; we have been married 25 years and it feels like strangers now.',
  'Acts of kindness from neighbours carried us through the winter.',
  'He knows temptation, sorrow and pain, yet without sin, and so he understands us.',
];

const REFERENCES = [
  'Hebrews 7:25', 'Romans 8:34', '1 John 2:1', 'Exodus 32:11–14', 'Genesis 18:22-33', 'John 17',
  'Isaiah 53:12', 'Romans 3:23', 'Revelation 12:10', 'Romans 8:1', '2 Corinthians 5:21', 'Matthew 11:28',
  'Heb 4:14–16', 'Ps 23', 'Jn 3:16-18, 20', 'Eph 1:15–23 and 3:14–21', 'Matt 5–7', 'Jude 24–25',
  'Phlm 10', '3 John 2', 'Gen 18:22-33; Ex 32:11-14', 'Lev 26.8', 'John 3:16a', 'Phil 4:6-7',
  '1 Cor 13:4-7', 'Psalm 46:1', 'Heb 4:15–5:2', 'Luke 22:31-32', 'Rom. 8:26-27', 'James 5:16',
];

const FRAMES = [
  (r: string) => `As ${r} says, `,
  (r: string) => `(${r}) `,
  (r: string) => `Read ${r} slowly tonight. `,
  (r: string) => `— ${r}. `,
  (r: string) => `We prayed through ${r} together. `,
];

/** About `bytes` of text (UTF-8 ≈ UTF-16 length here), the same on every run. */
export function articleCorpus(bytes = 1024 * 1024, seed = 7): string {
  // Seeded, so every run measures the same text.
  const next = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    let paragraph = '';
    const sentences = 3 + Math.floor(next() * 4);
    for (let i = 0; i < sentences; i++) {
      if (next() < 0.55) paragraph += pick(FRAMES)(pick(REFERENCES));
      paragraph += pick(PROSE) + ' ';
    }
    parts.push(paragraph.trim());
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

// A tiny SWORD library written into a temporary folder: modules named like the real ones (so the default
// install picks them up) holding a handful of verses and topics, enough to test import, passages, search
// and topics on machines without the Debian packages.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LINKED, layoutSlots, writeConf, writeZld, writeZVerse, type SlotContent } from '../sword/testing/module.writer.js';

const JESUS = (s: string) => `<q who="Jesus" marker="">${s}</q>`;

/** The English Bible (NRSVA numbering, like the WEB). */
export const SYNTHETIC_WEB: Record<string, SlotContent> = {
  'Gen.0.0': '<title type="main">Genesis</title>',
  'Gen.1.0': '<chapter osisID="Gen.1" sID="Gen.1"/><title>The Creation</title>',
  'Gen.1.1': 'In the beginning, God<note type="translation">Elohim</note> created the heavens and the earth.',
  'Gen.1.2': 'The earth was formless and empty.',
  'Gen.2.1': 'The heavens, the earth, and all their vast array were finished.',
  'Ps.23.1': '<title type="psalm" canonical="true">A Psalm by David.</title> Yahweh is my shepherd; I shall lack nothing.',
  'Isa.53.12': 'He poured out his soul to death and was counted with the transgressors; yet he bore the sins of many and made intercession for the transgressors.',
  'Matt.5.3': JESUS('Blessed are the poor in spirit, for theirs is the Kingdom of Heaven.'),
  'John.3.16': JESUS('For God so loved the world, that he gave his only born Son, that whoever believes in him should not perish, but have eternal life.'),
  'John.3.17': JESUS('For God didn’t send his Son into the world to judge the world, but that the world should be saved through him.'),
  'John.3.18': LINKED,
  'John.21.25': 'There are also many other things which Jesus did.',
  'Rom.8.34': 'Who is he who condemns? It is Christ who died, yes rather, who was raised from the dead, who is at the right hand of God, who also makes intercession for us.',
  'Heb.7.25': 'Therefore he is also able to save to the uttermost those who draw near to God through him, seeing that he lives forever to make intercession for them.',
  '1Tim.2.1': 'I exhort therefore, first of all, that petitions, prayers, intercessions, and givings of thanks be made for all men.',
  '1Kgs.13.6': 'The king answered the man of God, “Now intercede for the favor of Yahweh your God, and pray for me.” The man of God interceded.',
  '3John.1.14': 'but I hope to see you soon. Then we will speak face to face.',
  '3John.1.15': 'Peace be to you. The friends greet you.',
  'Rev.12.17': 'The dragon grew angry with the woman.',
  'Rev.12.18': 'Then I stood on the sand of the sea.',
  'Rev.13.1': 'I saw a beast coming up out of the sea.',
  'Rev.22.21': 'The grace of the Lord Jesus Christ be with all the saints. Amen.<chapter eID="Rev.22"/> <div type="glossary"/><title type="main">Glossary</title> Abba is a Chaldee word for father.',
};

/** The Spanish Bible (KJV numbering, like the RV1909). */
export const SYNTHETIC_RV: Record<string, SlotContent> = {
  'Gen.1.1': 'EN el principio crió Dios los cielos y la tierra.',
  'Ps.23.1': 'JEHOVA es mi pastor; nada me faltará.',
  'John.3.16': 'Porque de tal manera amó Dios al mundo, que ha dado á su Hijo unigénito.',
  'Rom.8.34': '¿Quién es el que condenará? Cristo es el que murió; más aún, el que también resucitó, el que además está á la diestra de Dios, el que también intercede por nosotros.',
  'Heb.7.25': 'Por lo cual puede también salvar eternamente á los que por él se allegan á Dios, viviendo siempre para interceder por ellos.',
  'Prov.4.23': 'Sobre toda cosa guardada guarda tu corazón; Porque de él mana la vida.',
  'Rev.13.1': 'Y YO me paré sobre la arena del mar, y vi una bestia subir del mar.',
};

/** Nave's-style topics (TEI), one of them a link. */
export const SYNTHETIC_NAVE = [
  {
    key: 'INTERCESSION',
    text: `<entryFree n="INTERCESSION"><def>
<lb/>→ OF MAN WITH MAN <ref osisRef="Gen.37.21">Ge 37:21</ref>
<lb/>→ OF CHRIST <ref osisRef="Isa.53.12">Isa 53:12</ref>; <ref osisRef="Heb.7.25">Heb 7:25</ref>
<list><item>For all who draw near <ref osisRef="Rom.8.34">Ro 8:34</ref></item>
<item>A whole chapter <ref osisRef="John.3">Joh 3</ref></item></list>
<lb/>→ See <ref target="Nave:PRAYER">PRAYER</ref>, INTERCESSORY; <ref target="Nave:MEDIATION">MEDIATION</ref></def></entryFree>`,
  },
  { key: 'INTERCESSOR', link: 'INTERCESSION' },
  {
    key: 'PRAYER',
    text: `<entryFree n="PRAYER"><def><lb/>→ INTERCESSORY <ref osisRef="1Tim.2.1">1Ti 2:1</ref>
<lb/>→ OF JESUS <ref osisRef="John.17">Joh 17</ref></def></entryFree>`,
  },
  { key: 'SHEPHERD', text: '<entryFree n="SHEPHERD"><def><lb/>→ FIGURATIVE <ref osisRef="Ps.23.1">Ps 23:1</ref></def></entryFree>' },
] as const;

/** Writes the library into `root` (a new temporary folder by default) and returns the folder holding mods.d. */
export function writeSyntheticLibrary(root: string = mkdtempSync(join(tmpdir(), 'intercede-sword-'))): string {
  const bible = (name: string, versification: 'KJV' | 'NRSVA', lang: string, description: string, texts: Record<string, SlotContent>) => {
    const dir = join(root, 'modules', 'texts', 'ztext', name.toLowerCase());
    const slots = layoutSlots(versification, texts);
    // Large blocks: the readers' block handling is tested in sword/; here speed matters.
    writeZVerse(dir, 'ot', slots.ot, { slotsPerBlock: 2000 });
    writeZVerse(dir, 'nt', slots.nt, { slotsPerBlock: 2000 });
    writeConf(root, name, {
      Description: description,
      DataPath: `./modules/texts/ztext/${name.toLowerCase()}/`,
      ModDrv: 'zText',
      SourceType: 'OSIS',
      Encoding: 'UTF-8',
      CompressType: 'ZIP',
      BlockType: 'BOOK',
      Versification: versification,
      Lang: lang,
      DistributionLicense: 'Public Domain',
    });
  };
  bible('engWEB2015eb', 'NRSVA', 'en', 'World English Bible (test)', SYNTHETIC_WEB);
  bible('spaRV1909eb', 'KJV', 'es', 'Reina Valera 1909 (test)', SYNTHETIC_RV);
  writeZld(join(root, 'modules', 'lexdict', 'zld', 'nave', 'nave'), SYNTHETIC_NAVE.map((e) => ({ ...e })));
  writeConf(root, 'Nave', {
    Description: "Nave's Topical Bible (test)",
    DataPath: './modules/lexdict/zld/nave/nave',
    ModDrv: 'zLD',
    SourceType: 'TEI',
    Encoding: 'UTF-8',
    CompressType: 'ZIP',
    Lang: 'en',
  });
  return root;
}

// Everyday words that decide whether a number after a name is a reference. Data, shared by English
// and Spanish (a word in either language is treated the same way).
import { WordSet } from './word-set.js';

/**
 * Words never read as an abbreviated or misspelled book name, however close they come to one
 * ("at 10:30" is not Acts, "Jan 3" is not Jonah). Exact names in the tables are not affected.
 */
export const NOT_BOOK_WORDS = new WordSet(
  (
    // English function words, time and calendar words, units and counters.
    'a an and are as at be but by do for from go he her him his i if in is it its me my no not of on or our ' +
    'so than that the their them then there they this to too up us was we were what when which who will with ' +
    'you your am pm noon till until about around ago since before after between during each every per page ' +
    'pages pg pp line lines room rm step steps nos vol issue part parts item items table fig figure version ' +
    'day days week weeks wk wks month months mo mos year years yr yrs hour hours hr hrs min mins minute minutes ' +
    'sec secs second seconds jan feb mar apr may jun jul aug sep sept oct nov dec january february march april ' +
    'june july august september october november december mon tue tues wed thu thur thurs fri sat sun monday ' +
    'tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday morning evening night ' +
    'age aged ages people times time score level grade class flight gate bus route tel fax ext apt suite ' +
    'unit box lot no num number rev col ch sp mile miles km kg lb lbs oz ft inch inches mm cm ml mg ' +
    'also see like just only over under out off into onto upon via vs per pre re ok okay yes yeah ' +
    // Spanish function words, time and calendar words.
    'al de del el en la las lo los y o u por para con sin que se su sus mi mis tu tus un una uno unos unas ' +
    'hasta desde sobre entre hora horas dia dias semana semanas mes meses ano anos ene abr ago set dic enero ' +
    'febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lun mie jue vie sab dom ' +
    'lunes martes miercoles jueves viernes sabado domingo hoy manana ayer noche tarde pagina paginas personas ' +
    'veces vez gente nos les le me te ya muy mas pero como cuando donde'
  ).split(' '),
);

/**
 * Lower-case words that may follow a bare chapter of a name that is also an everyday word
 * ("Mark 12 says…", but not "Mark 12 people"). A capitalised next word is always fine.
 */
export const REFERENCE_FOLLOWERS = new WordSet(
  (
    'and or to through thru is was says say said tells told shows reminds records describes teaches speaks ' +
    'promises puts gives where when which that who in from verse verses vv v ch chapter chapters ff f kjv niv ' +
    'esv nasb nkjv nlt web rsv nrsv asv ' +
    'y o a al hasta dice dijo nos que en donde cuando habla enseña ensena versiculo versiculos capitulo rv rvr nvi'
  ).split(' '),
);

/**
 * Words that make the number before them a count ("…, 12 people came", "…, 3 veces"): a number in a
 * reference's sequence followed by one of these is not a verse.
 */
export const COUNT_WORDS = new WordSet(
  (
    'people persons times days weeks months years hours hrs minutes mins seconds secs kids children friends ' +
    'members men women others more percent dollars euros pounds miles km kg lbs am pm pages steps points ' +
    'personas veces dias semanas meses anos horas minutos ninos hijos amigos miembros hombres mujeres mas'
  ).split(' '),
);

/** Short words that join the parts of a longer name ("Letter of Jeremiah", "Carta de Jeremías"). */
export const JOINING_WORDS = new WordSet(['of', 'de', 'del']);

// The crisis lexicon: every word and phrase the detector knows, as data. The matcher (crisis.detector.ts)
// holds no language knowledge of its own, so a pastor or a translator can review this file alone.
//
// POLICY (the rules the corpus labels follow):
// - Err on the side of safety. A false alarm costs a pastor a look; a missed crisis can cost a life.
//   Ambiguous distress ("I can't take it anymore", "quiero desaparecer", "I don't think I'm suicidal")
//   is flagged.
// - Someone else in crisis counts: "my daughter is talking about suicide" is flagged like the first person.
// - Every mention of suicide or self-harm is flagged, including bereavement ("lost my brother to
//   suicide"): people bereaved by suicide are themselves at raised risk.
// - Abuse is flagged whoever it concerns, even in a request for others ("pray for the victims of abuse in
//   our city"): victims often speak of themselves in the third person first. Substance abuse, abuse of
//   power and similar are idioms, not abuse of a person.
// - Grief, illness, fear of dying and idioms ("this job is killing me", "dying to see", "me muero de
//   ganas", "die to self") are not crisis. "X is killing me" is never a pattern; threats need intent
//   ("going to kill me", "me quiere matar").
// - Negation cancels only phrases marked `negatable`, and only when the cue governs the phrase: it stands
//   at most NEGATION_WINDOW words before it with nothing but function words (NEGATION_SCOPE_WORDS) in
//   between — "I would never hurt myself", "I'm not going to kill myself", "no quiero hacerme daño".
//   Anything else in between breaks the scope and the phrase counts: uncertainty ("not sure if I want to
//   die", "no sé si quiero…"), compulsion ("can't stop thinking about killing myself"), another clause
//   with or without punctuation ("I'm not okay I want to die"). Phrases whose negation IS the crisis
//   ("I don't want to live", "no quiero vivir", "I'm not safe", "I can't go on") carry the negation
//   inside the pattern and are never cancelled.
//
// PHRASE SYNTAX (compiled by the detector; text is matched after folding — lower case, no accents,
// apostrophes unified, see text-fold.ts):
// - a literal space matches one or more whitespace characters; a space followed by `?` an optional one;
// - `'` matches an optional apostrophe, so "don't" also matches "dont";
// - `@name` expands to the macro of that name below (macros may use macros);
// - ` ~N ` (spaces around) matches up to N other words within the sentence;
// - `\p{L}` matches a letter of folded text;
// - anything else is a JavaScript regular expression (flags `u`), anchored at word edges.

/** What kind of crisis a phrase signals. */
export type CrisisKind = 'self_harm' | 'abuse' | 'danger';

/** Which language a lexicon entry is written for; `any` for forms shared by both (suicid-, kms). */
export type LexiconLanguage = 'en' | 'es' | 'any';

/** A crisis phrase. */
export interface CrisisPhrase {
  /** Stable name, reported with matches so that a reviewer can see which rule fired. */
  readonly id: string;
  readonly kind: CrisisKind;
  readonly lang: LexiconLanguage;
  readonly pattern: string;
  /** True when a negation cue shortly before, in the same clause, cancels the phrase. */
  readonly negatable?: boolean;
}

/** An idiom: any crisis match overlapping it is discarded ("this job is killing me", "drug abuse"). */
export interface IdiomRule {
  readonly id: string;
  readonly lang: LexiconLanguage;
  readonly pattern: string;
}

/** Macros used by phrases (`@name`). */
export const MACROS: Readonly<Record<string, string>> = {
  // Reflexives, first person and any person (typed with and without the space, and a common slip).
  me_self: String.raw`(my\s*self|myslef|my\s*sef|meself|my own self)`,
  self: String.raw`(@me_self|him\s*self|her\s*self|them\s*sel(f|ves)|your\s*self|themself)`,
  // People who commonly hurt or threaten: the detector needs a subject so "it hits me" stays out.
  rel: String.raw`(husband|hubby|wife|boyfriend|bf|girlfriend|gf|partner|spouse|fiance|fiancee|ex|ex-?husband|ex-?wife|ex-?boyfriend|ex-?girlfriend|ex-?partner|dad|daddy|father|mom|mum|mommy|mother|step-?dad|step-?father|step-?mom|step-?mother|parents?|brother|sister|uncle|aunt|cousin|grand(pa|father|ma|mother)|son|daughter|roommate|neighbou?r|boss|teacher|coach|pastor|priest|babysitter|caregiver|in-?laws?|father-?in-?law|mother-?in-?law|brother-?in-?law)`,
  person: String.raw`((he|she|they)('s|'ll|'d)?|(my|our|her|his|their|the|mom's|mother's|dad's|father's) @rel('s|'ll|'d)?)`,
  // Auxiliaries and adverbs between a subject and its verb ("he has been hitting", "she always slaps").
  aux: String.raw`((is|was|has|had|have|been|keeps|kept|started|starts|will|would|always|sometimes|still|often|used to|gets|got|just|also|even|again|constantly|regularly|literally|now) )*`,
  // Who gets hurt.
  victim: String.raw`(me|us|him|her|them|(my|our|the|his|her) (kids|children|child|son|daughter|baby|babies|wife|husband|mom|mum|mother|dad|father|family|sister|brother|little (sister|brother)))`,
  hit_en: String.raw`(hit|hits|hitting|beat|beats|beaten|beating|slap|slaps|slapped|slapping|punch|punches|punched|punching|kick|kicks|kicked|kicking|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|rape|rapes|raped|raping|molest|molests|molested|molesting|abuse|abuses|abused|abusing|smack|smacks|smacked|whip|whips|whipped|batter|batters|battered|hurts|strikes|struck)`,
  // "don't" in its spellings, and the want-verbs that carry a wish.
  dont: String.raw`(don't|do not|didn't|did not|doesn't|does not|no longer|never)`,
  // Not "going to die" / "about to die": that is how the seriously ill speak of their fear.
  want: String.raw`(want|wants|wanted|wanting|wanna|want2|wish|wishes|wished|ready|deserve|deserves|desire|plan|plans|planning|prefer|would like|i'd like|longing|long|yearn|yearning|trying|tried|try)`,
  cant: String.raw`(can't|cannot|can not|cant|unable to|couldn't|could not)`,
  // Spanish.
  // Not "voy a morir" (I am going to die): fear of illness, not a wish.
  quiero: String.raw`(quiero|kiero|qiero|quisiera|kisiera|deseo|desearia|prefiero|preferiria|me gustaria|tengo ganas de|ganas de|quiere|quieren|queria|pienso|pensando en|pienso en|he pensado en|intente|intento|planeo|necesito)`,
  rel_es: String.raw`(esposo|marido|pareja|novio|novia|esposa|mujer|ex|exmarido|exesposo|exnovio|expareja|padre|papa|papi|madre|mama|mami|padrastro|madrastra|hermano|hermana|tio|tia|primo|prima|abuelo|abuela|suegro|suegra|cunado|jefe|profesor|maestro|entrenador|vecino|padrino)`,
  hit_es: String.raw`(pega|pegan|pegaba|pegaban|pego|pegaron|golpea|golpean|golpeaba|golpeo|golpearon|maltrata|maltrataba|maltrato|maltrataron|viola|violaba|violo|violaron|abusa|abusaba|abuso|abusaron|agrede|agredia|agredio|patea|pateaba|pateo|ahorca|ahorcaba|estrangula|estrangulaba|cachetea|abofetea|abofeteo|ahorco|ahorcaron|estrangulo|manosea|manoseaba|manoseo|empuja|empujaba|empujo|ha pegado|ha golpeado|ha maltratado|ha violado|ha abusado|ha agredido|han pegado|han golpeado|han violado|han abusado)`,
  body_es: String.raw`(venas|brazos?|munecas?|piernas?|muslos?|piel|barriga)`,
  pills_en: String.raw`(pills|tablets|sleeping pills|meds|medications?|medicine|painkillers|antidepressants|insulin)`,
  pills_es: String.raw`(pastillas|pildoras|medicinas|medicamentos|tabletas|somniferos|calmantes|antidepresivos)`,
};

/** Crisis phrases. */
export const CRISIS_PHRASES: readonly CrisisPhrase[] = [
  // ── Self-harm and suicide, shared forms ───────────────────────────────────────────────────────────
  // suicide, suicidal, suicidio, suicidarme, and common slips (suicde, sucidal, suiside).
  { id: 'suicide', kind: 'self_harm', lang: 'any', negatable: true, pattern: String.raw`su[ie]?(c|s|ss|sc|cc)[iy]?d\p{L}*` },
  { id: 'sewerslide', kind: 'self_harm', lang: 'any', pattern: String.raw`sewer\s*slid\p{L}*` },
  { id: 'unalive', kind: 'self_harm', lang: 'any', negatable: true, pattern: String.raw`un-?aliv\p{L}*` },
  { id: 'kms', kind: 'self_harm', lang: 'any', pattern: 'kms|kys|kmsl' },
  { id: 'self-harm', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`self[\s-]*(harm|harms|harmed|harming|injury|injuries|injure|injuring|mutilat\p{L}*|delete|deleting|destruct\p{L}*)` },
  { id: 'overdose', kind: 'self_harm', lang: 'any', negatable: true, pattern: String.raw`overdos\p{L}*|sobredosis|od on|o\.d\. on` },

  // ── Self-harm, English ──────────────────────────────────────────────────────────────────────────────
  { id: 'kill-self', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(kill|kills|killing|killed|kil|kiling|murder|murdering)\s*@self` },
  { id: 'method-self', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(hang|hanging|hanged|shoot|shooting|shot|drown|drowning|poison|poisoning|stab|stabbing|suffocate|suffocating|starve|starving|starved|hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|burn|burning|burns) @self` },
  { id: 'wrists', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(slit|slitting|slash|slashing|cut|cutting|cuts) (my|his|her|their) (wrists?|arms?|legs?|thighs?|veins?|skin)` },
  { id: 'end-life', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(end|ends|ending|ended|take|takes|taking|took) (my|his|her|their|your) (own )?life` },
  { id: 'end-it-all', kind: 'self_harm', lang: 'en', negatable: true, pattern: 'end (it all|everything|things|it now|it tonight|it today)' },
  { id: 'want-die', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`@want( to)?( just)? (die|be dead|not exist|not be alive|disappear)` },
  { id: 'wish-dead', kind: 'self_harm', lang: 'en', pattern: String.raw`wish (that )?(i|i'd|i had|i could|i would)( just)? (was dead|were dead|be dead|die|died|never (been born|wake up|woke up|existed)|not wake up|disappear|not exist|had never been born|wasn't born|hadn't been born|wasn't alive|weren't alive|could die)` },
  { id: 'better-off-dead', kind: 'self_harm', lang: 'en', pattern: '(better off|rather be|be better) dead' },
  { id: 'better-off-without', kind: 'self_harm', lang: 'en', pattern: '(better off|happier|fine|okay|ok|better) without me' },
  { id: 'if-gone', kind: 'self_harm', lang: 'en', pattern: String.raw`if i (was|were|wasn't|weren't|am not|'m not|m not) (gone|dead|here|around|alive|in the picture)` },
  { id: 'nobody-miss', kind: 'self_harm', lang: 'en', pattern: String.raw`(no ?one|no-one|nobody)('d| would| will| is going to| gonna| even)?( even)? (miss me|cares? (if|whether) i (live or die|lived or died|die|died|was gone|were gone|disappear|disappeared|killed)|notice if i (die|died|was gone|were gone|disappear|disappeared)|would notice i'm gone)` },
  { id: 'not-want-live', kind: 'self_harm', lang: 'en', pattern: String.raw`(@dont|not|no) (want|wanna|wish|feel like)( to)? (live|living|be alive|exist|be here|keep living|keep going|continue living|be on this earth|live anymore|wake up(?!\s+(early|at|before|so|late|in time)\b)|go on(?!\s+(a|an|the|with|to|vacation|holiday|trip|tour|dates?)\b))` },
  { id: 'not-sure-live', kind: 'self_harm', lang: 'en', pattern: String.raw`(not sure|don't know|do not know|dont know|wonder) ((if|whether|that|why) )?(i )?(want|wanna|should|can)( to)? (live|be alive|go on|keep going|keep living|exist|be here)` },
  { id: 'cant-go-on', kind: 'self_harm', lang: 'en', pattern: String.raw`@cant (go on(?!\s+(a|an|the|with|to|vacation|holiday|trip|tour|dates?)\b)|keep going|keep living|live like this|live anymore|do (this|life) any\s?more|take (it|this|life|the pain) any\s?more|take it any longer|face (another day|tomorrow|living))` },
  { id: 'tired-of-living', kind: 'self_harm', lang: 'en', negatable: true, pattern: '(tired|sick|weary) of (living|being alive|life|existing|being here)' },
  { id: 'done-with-life', kind: 'self_harm', lang: 'en', negatable: true, pattern: 'done (with (life|living|it all|this life)|living)' },
  { id: 'not-worth-living', kind: 'self_harm', lang: 'en', pattern: String.raw`(isn't|is not|isnt|'s not|ain't|not|never) worth (living|it any\s?more)|no point (in )?(living|going on|life|being alive|waking up)` },
  { id: 'nothing-to-live-for', kind: 'self_harm', lang: 'en', pattern: String.raw`(nothing|no one|nobody|no reason)( left)? to live for|no reason to (live|go on|keep going|keep living|be alive|get up|wake up|stay)` },
  { id: 'life-no-meaning', kind: 'self_harm', lang: 'en', pattern: '(life|my life) (has|had|is) (no|without) (meaning|point|purpose|reason)' },
  { id: 'give-up-life', kind: 'self_harm', lang: 'en', negatable: true, pattern: '(give|giving|gave|given) up on (life|living|myself)' },
  { id: 'jump', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(jump|jumping|jumped|throw myself|throwing myself|step|stepping) (off|from|in front of|under|out of|into) ~2 (bridge|building|roof|rooftop|cliff|balcony|window|train|car|bus|truck|overpass|tower|ledge|traffic|river)` },
  { id: 'pills', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(take|taking|took|swallow|swallowing|swallowed|down|downing|downed) (all|every one of|the whole (bottle|box|pack|packet) of|a (bunch|handful|lot) of|too many|all of) (of )?(my |the |those |these |his |her )?@pills_en` },
  { id: 'goodbye-note', kind: 'self_harm', lang: 'en', pattern: String.raw`(goodbye|good-bye|suicide|farewell) (letter|note|message|video)s?|goodbye (cruel )?world|goodbye forever` },
  { id: 'never-wake', kind: 'self_harm', lang: 'en', pattern: String.raw`(hope|wish|pray|praying) (that )?i (don't|do not|dont|never|won't|will not|wont) wake up|(sleep|go to sleep|fall asleep) and (never|not) wake up|sleep forever|never wake up again` },
  { id: 'drive-into', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving) (my |the )?(car|truck)? ?(into|off|in front of) ~2 (tree|wall|bridge|cliff|road|traffic|oncoming|pole|truck|train)` },
  { id: 'gun-to-head', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(gun|pistol|knife) to my (head|throat|wrist)|blow my brains out` },
  { id: 'better-not-exist', kind: 'self_harm', lang: 'en', pattern: String.raw`(better|easier) if i (didn't|did not|never|wasn't|weren't) (exist|existed|wake up|woke up|born|been born|here|alive|around)` },
  { id: 'last-day', kind: 'self_harm', lang: 'en', pattern: String.raw`(my )?last (day|night) (on earth|alive|of my life|on this earth)|(goodbye|good-bye|bye) (everyone|everybody|to everyone|to all of you|all)(?=\s*($|[.,;!?]))` },
  // Christians in despair often speak of wanting heaven now rather than of dying; ambiguous → flagged.
  { id: 'heaven-now', kind: 'self_harm', lang: 'en', pattern: String.raw`(want|wanna|ready|wish|long|longing|need) to (be with (jesus|god|the lord|my (husband|wife|son|daughter|mom|dad|mother|father|baby)) (now|already|today|tonight|in heaven)|go home to (jesus|the lord|god|heaven) (now|already|today|tonight)|go to heaven (now|already|today|tonight))` },
  { id: 'cant-stop', kind: 'self_harm', lang: 'en', pattern: String.raw`@cant stop (cutting|hurting @self|harming @self|self[\s-]*harming|burning @self|starving @self|thinking about (dying|death|suicide|ending it))` },
  { id: 'see-no-point', kind: 'self_harm', lang: 'en', pattern: String.raw`(@dont|not|can't|cannot|cant) see (the|any) point (of|in) (living|life|going on|being alive|being here|waking up)|what'?s the point (of|in) (living|life|going on|being alive)` },
  { id: 'ways-to-die', kind: 'self_harm', lang: 'en', negatable: true, pattern: String.raw`(ways?|methods?|how) to (die|commit suicide|end (it|it all|my life)|overdose)(?!\s+(to|well|daily)\b)|painless (way to die|death)` },
  { id: 'thoughts-death', kind: 'self_harm', lang: 'en', negatable: true, pattern: '(thoughts|thinking|think|thought) (of|about) (ending it|dying|not being here|not existing|not waking up|death every day)' },

  // ── Self-harm, Spanish ──────────────────────────────────────────────────────────────────────────────
  { id: 'es-want-die', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`(me )?@quiero (morir(me)?|matarme|suicidarme|quitarme la vida|desaparecer|dejar de (vivir|existir)|estar muert[oa]|irme de este mundo|no despertar|dormir para siempre)` },
  // "me quiere matar" is someone else's threat (danger, below); "me voy a morir" is fear, not intent.
  { id: 'es-se-quiere', kind: 'self_harm', lang: 'es', negatable: true, pattern: 'se (quiere|queria|quiso) (morir|matar|suicidar|quitar la vida)|se (va a|iba a) (matar|suicidar|quitar la vida)|me (quiero|kiero|quisiera) (morir|matar|suicidar|quitar la vida)|me (voy a|iba a) (matar|suicidar|quitar la vida)' },
  // Bare "matarme" is self-harm unless a threat phrase says otherwise (then both kinds are reported).
  { id: 'es-matarse', kind: 'self_harm', lang: 'es', negatable: true, pattern: 'matarme|matarse' },
  { id: 'es-quitar-vida', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`(quitarme|quitarse|quitarle|me quito|me quite|se quito|se quita|me quitare|me quitaria|se quitaria) la vida|(acabar|terminar) con (mi|su) (propia )?vida` },
  { id: 'es-acabar-todo', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`(acabar|terminar) con todo(?!\s+(est[eao]s?|el|la|los|las|lo|mi|mis)\b)` },
  { id: 'es-no-quiero-vivir', kind: 'self_harm', lang: 'es', pattern: String.raw`no (quiero|kiero|qiero|quisiera|deseo|tengo ganas de) (vivir|existir|despertar(me)?|seguir (viviendo|aqui|en este mundo|asi|adelante|con vida)|estar (aqui|viv[oa]|en este mundo))` },
  { id: 'es-no-se-si-vivir', kind: 'self_harm', lang: 'es', pattern: String.raw`no (se|estoy segur[oa]) (si|de que|de) (quiero|kiero|vale la pena|deba|debo|puedo) (vivir|seguir (viviendo|adelante|aqui)|estar (aqui|viv[oa]))` },
  { id: 'es-no-puedo-seguir', kind: 'self_harm', lang: 'es', pattern: String.raw`no (puedo|podre|aguanto|soporto) (seguir( (asi|adelante|viviendo|con (mi|esta) vida))?|mas)(?=\s*($|[.,;:!?…)]|y |pero |con (la|mi|esta) vida|ya\b|dios|senor))` },
  { id: 'es-no-aguanto-vida', kind: 'self_harm', lang: 'es', pattern: 'no (aguanto|soporto|puedo con) (la|mi|esta) vida' },
  { id: 'es-cansado-vivir', kind: 'self_harm', lang: 'es', negatable: true, pattern: '(cansad[oa]s?|hart[oa]s?) de (vivir|la vida|mi vida|existir|estar viv[oa])' },
  { id: 'es-sin-razones', kind: 'self_harm', lang: 'es', pattern: String.raw`(no tengo|sin|no hay|no encuentro|ya no tengo|no veo) (ninguna |ningun )?(razon(es)?|motivos?|ganas|sentido|por que|porque|proposito)( alguno)? ((para|de|en) )?(vivir|seguir viviendo|seguir adelante|seguir|estar viv[oa]|levantarme)` },
  { id: 'es-vida-sin-sentido', kind: 'self_harm', lang: 'es', pattern: String.raw`(la|mi) vida (ya )?no (tiene sentido|vale (la pena|nada))|no vale la pena (vivir|seguir)` },
  { id: 'es-nadie-extrana', kind: 'self_harm', lang: 'es', pattern: String.raw`(nadie|nadien) (me )?(extranaria|echaria de menos|notaria (que no estoy|mi ausencia)|lloraria|se daria cuenta|va a (extranar|echar de menos))` },
  { id: 'es-mejor-sin-mi', kind: 'self_harm', lang: 'es', pattern: String.raw`(estarian|estaria|estaran|estara|vivirian|serian|seria|vivirias) (mas felices|mejor|tranquil[oa]s?) sin mi` },
  { id: 'es-ojala', kind: 'self_harm', lang: 'es', pattern: String.raw`ojala (que )?(no )?(me muriera|me muera|me muriese|estuviera muert[oa]|no hubiera nacido|no haber nacido|no despertara|no despierte|no existiera|desapareciera)` },
  { id: 'es-mejor-muerto', kind: 'self_harm', lang: 'es', pattern: String.raw`(mejor|preferiria|prefiero) (estar )?muert[oa]` },
  { id: 'es-hacerme-dano', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`(hacerme|hacerse|me hago|se hace|me hare|me haria|se haria|volver a hacerme|me sigo haciendo|se sigue haciendo) (dano|danio)|lastimarme|lastimarse|autolesi\p{L}*|auto-?lesi\p{L}*|autolastim\p{L}*` },
  { id: 'es-cortarse', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`(me|se) (corto|corta|cortaba|corte|estoy cortando|esta cortando|sigo cortando|sigue cortando) (los |las |el |la |mis |sus )?@body_es|cortar(me|se) (los |las |el |la |mis |sus )?@body_es` },
  { id: 'es-pastillas', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`(tomarme|tomar|tragarme|tragar|beberme|me tome|me tomo|me trague|me voy a tomar) (todas|todo el bote de|toda la caja de|un monton de|muchas|todo el frasco de|una caja de) (mis |las |esas |estas |sus )?@pills_es` },
  { id: 'es-ahorcar', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`ahorcarme|ahorcarse|me (voy a )?ahorcar|pegarme un tiro|dispararme|envenenarme|envenenarse|ahogarme|colgarme de` },
  { id: 'es-tirarse', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`(tirarme|tirarse|lanzarme|lanzarse|aventarme|me tiro|me voy a tirar|saltar) ~3 (puente|balcon|edificio|ventana|azotea|tren|vias|metro|precipicio|acantilado|techo|camion|coche|carro)` },
  { id: 'es-no-despertar', kind: 'self_harm', lang: 'es', pattern: String.raw`(dormir|dormirme|acostarme) y (no|nunca) (volver a )?despertar|no despertar (nunca )?mas|dormir para siempre` },
  { id: 'es-despedida', kind: 'self_harm', lang: 'es', pattern: String.raw`carta de despedida|(me despido|despedirme) (de (todos|todo el mundo|ustedes) )?para siempre|adios para siempre` },
  { id: 'es-mejor-no-existir', kind: 'self_harm', lang: 'es', pattern: String.raw`(seria|es|estaria|sera) mejor (no existir|no estar aqui|no haber nacido|morir(me)?|estar muert[oa]|desaparecer|que yo no (existiera|estuviera))|(quisiera|quiero|prefiero|preferiria|deseo|desearia) no (existir|haber nacido|despertar|estar aqui)` },
  { id: 'es-cortes', kind: 'self_harm', lang: 'es', negatable: true, pattern: String.raw`(me|se) (corto|corta|cortaba|esta cortando|sigue cortando|sigo cortando)(?=\s*($|[.,;:!?]|otra vez|de nuevo|a escondidas|todos los dias|cuando|para))|cortes en (los |las |sus |mis )?@body_es` },
  { id: 'es-cielo-ya', kind: 'self_harm', lang: 'es', pattern: String.raw`(quiero|quisiera|deseo|necesito) (irme con|estar con|ir con|irme al cielo con) (dios|el senor|jesus|cristo|mi (esposo|esposa|marido|madre|padre|hijo|hija|mama|papa|bebe))( (ya|ahora|hoy|esta noche))?(?=\s*($|[.,;!?]|ya|ahora|hoy))|(quiero|quisiera) irme al cielo (ya|ahora|hoy)` },
  { id: 'es-lo-mejor-morir', kind: 'self_harm', lang: 'es', pattern: String.raw`(lo )?mejor (seria|es|estaria|sera) (morir(me)?|no existir|desaparecer|estar muert[oa]|no despertar|quitarme la vida|matarme|no estar aqui)` },
  { id: 'es-pensar-morir', kind: 'self_harm', lang: 'es', negatable: true, pattern: '(habla|hablaba|habla mucho|piensa|pensaba|pienso|pense|he pensado) (de|en) (morir|morirme|morirse|matarme|matarse|desaparecer|no despertar|la muerte todo el dia)' },

  // ── Abuse, English ──────────────────────────────────────────────────────────────────────────────────
  // abuse, abusive, abuser; Spanish abuso, abusó, abusada (shared stem). Idioms below remove drug abuse etc.
  { id: 'abuse', kind: 'abuse', lang: 'any', negatable: true, pattern: String.raw`abus(e|es|ed|ing|ive|ively|er|ers|o|os|a|an|aba|aban|aron|ado|ada|ados|adas|ador|adora|adores|ando|ar|arme|arla|arlo)` },
  { id: 'hit-by-person', kind: 'abuse', lang: 'en', pattern: String.raw`@person @aux@hit_en @victim` },
  // Present tense without a subject ("controls my money and hits me"); "it hits me", "hit me up" are idioms.
  { id: 'hits-me', kind: 'abuse', lang: 'en', pattern: String.raw`(hits|beats|slaps|punches|kicks|chokes|strangles|smacks|shoves) (me|us|@victim)|(beat|beats|beating|beaten) (me|us|her|him|them) up|grop(e|es|ed|ing) (me|her|him|my)` },
  { id: 'passive-abuse', kind: 'abuse', lang: 'en', negatable: true, pattern: String.raw`(am|is|was|been|being|get|gets|got|getting|were|are) (sexually |physically |emotionally |verbally |repeatedly )?(molested|raped|assaulted|beaten|battered|trafficked|groomed|sexually abused)` },
  { id: 'abuse-nouns', kind: 'abuse', lang: 'en', negatable: true, pattern: String.raw`domestic (violence|abuse|violent)|family violence|intimate partner violence|rape|raped|raping|rapist|incest|molest\p{L}*|sexual(ly)? (assault\p{L}*|abuse\p{L}*|harass\p{L}*)|(sex|human) trafficking|trafficked|grooming (me|her|him|my)|touch(es|ed|ing)? (me|her|him|my (son|daughter|child|kids)) (inappropriately|sexually|in (private|wrong|bad) (places|ways|parts))` },
  { id: 'violent-relationship', kind: 'abuse', lang: 'en', pattern: String.raw`violent (relationship|marriage|husband|wife|boyfriend|girlfriend|partner|home|household|father|dad|stepdad|stepfather|mother|mom|ex)` },
  { id: 'forced-sex', kind: 'abuse', lang: 'en', pattern: String.raw`forc(e|es|ed|ing) (me|her|him) (to have sex|to sleep with|into sex|to do sexual)|forc(es|ed|ing) (him|her)self on (me|her|him)` },
  { id: 'afraid-of-person', kind: 'abuse', lang: 'en', pattern: String.raw`(afraid|scared|terrified|frightened) of (my|our|her|his) (ex-?)?@rel` },

  // ── Abuse, Spanish ──────────────────────────────────────────────────────────────────────────────────
  { id: 'es-me-pega', kind: 'abuse', lang: 'es', negatable: true, pattern: String.raw`(me|nos|le|les|te) @hit_es` },
  { id: 'es-pareja-me-insulta', kind: 'abuse', lang: 'es', negatable: true, pattern: String.raw`(mi|su) @rel_es (me|nos|la|le) (insulta|insultaba|humilla|humillaba|grita|gritaba|controla|controlaba|encierra|empuja|empujaba|empujo|escupe|arrastra)` },
  { id: 'es-abuse-nouns', kind: 'abuse', lang: 'es', negatable: true, pattern: String.raw`violencia (domestica|de genero|intrafamiliar|familiar|machista|sexual|en (mi|la|nuestra) casa|en el hogar)|(me|nos|le|les) (da|daba|dio|dan|daban) (una )?(palizas?|golpes|bofetadas|cachetadas)|(relacion|pareja|esposo|marido|novio|padre|padrastro|hogar|matrimonio) violent[oa]|maltrat\p{L}*|malos tratos|violacion(es)?|(fui|fue|he sido|ha sido|me han|la han|lo han|han) violad[oa]s?|abusad[oa]s?|acoso sexual|tocamientos|incesto|trata de personas|me (toca|tocaba|toco|tocan) (mis|sus|las|el|la) (partes|cuerpo|pechos|intimidad)` },

  // ── Immediate danger, English ───────────────────────────────────────────────────────────────────────
  { id: 'threat-kill', kind: 'danger', lang: 'en', pattern: String.raw`@person @aux(going to|gonna|will|wants? to|wanted to|trying to|tried to|threaten(s|ed)? to|threatening to|said (he|she|they)'d|said (he|she|they) would|swore (he|she|they)'d|promised to|might|is going to|plans to|planning to) (kill|hurt|shoot|stab|strangle|choke|rape|beat|burn) @victim` },
  { id: 'threat-will', kind: 'danger', lang: 'en', pattern: String.raw`(he|she|they|@rel)('ll| will|'d| would| is gonna|'s gonna|s gonna) (kill|hurt|shoot|stab|strangle|choke|murder) @victim` },
  { id: 'threat-kill-bare', kind: 'danger', lang: 'en', pattern: String.raw`(wants|threaten(s|ed)?|threatening|tried|trying|promised|swore|swears|plans|planning) to (kill|shoot|stab|strangle|choke|rape|murder) @victim` },
  { id: 'threat-gap', kind: 'danger', lang: 'en', pattern: String.raw`threat\p{L}* to ~6 (kill|hurt|shoot|stab|burn) @victim` },
  { id: 'threatened-me', kind: 'danger', lang: 'en', pattern: String.raw`threat(en|ens|ened|ening) (me|us|my (kids|children|family|life))|death threats?` },
  { id: 'not-safe', kind: 'danger', lang: 'en', pattern: String.raw`(i'm|i am|im|we're|we are|were|i feel|we feel) (not |un)safe|(@dont|not) feel safe( at home| here| with (him|her|them))?|not safe (at home|here|tonight|with (him|her|them)|in my (home|house))|unsafe (at home|in my (home|house)|with (him|her))` },
  { id: 'fear-life', kind: 'danger', lang: 'en', pattern: String.raw`(fear|fearing|afraid|scared|terrified) for (my|our|the kids'|my kids'|my children's) (life|lives|safety)|my life is in danger|(i'm|i am|im|we're|we are) in danger|(my|our) (kids|children|family) (is|are) in danger` },
  { id: 'weapon', kind: 'danger', lang: 'en', pattern: String.raw`@person @aux(has|had|have|got|bought|keeps|kept|pulled|grabbed|carrying|carries|holding|took out|waved|pointed) (a|his|her|the|out a) (gun|knife|weapon|pistol|rifle|firearm|shotgun|machete)|(pointed|held|holding) (a|his|her|the) (gun|knife|weapon|pistol|rifle) (at|to)` },
  { id: 'weapon-bare', kind: 'danger', lang: 'en', pattern: String.raw`(has|had|got|holding|carrying|grabbed|pulled out|waving|brandishing|bought|came back with|is getting) (a|his|her) (gun|knife|weapon|pistol|rifle|machete|firearm|shotgun)` },
  { id: 'armed-stranger', kind: 'danger', lang: 'en', pattern: String.raw`(man|men|someone|somebody|guy|person|intruder|stranger|he|she) with a (gun|knife|weapon|pistol|rifle|machete)|(gun|knife|weapon)s? (outside|at|in front of|near|inside) (my|our|the) (house|home|door|apartment|window|room)` },
  { id: 'confinement', kind: 'danger', lang: 'en', pattern: String.raw`locked (me|us) (in|up in|inside)|(won't|will not|doesn't|does not|wont) let me (leave|go out|out of the house|call)|(is )?stalking me|stalks me|kidnapp?ed|held (me )?hostage|holding me hostage` },

  // ── Immediate danger, Spanish ───────────────────────────────────────────────────────────────────────
  { id: 'es-me-quiere-matar', kind: 'danger', lang: 'es', pattern: String.raw`(me|nos) (quiere|quieren|va a|van a|intento|intentaron|trato de|trata de|amenaza con|amenazo con|amenazan con) (matar|pegar|golpear|violar|hacer dano|apunalar|disparar|quemar)` },
  { id: 'es-matarme-intent', kind: 'danger', lang: 'es', pattern: String.raw`(quiere|quieren|va a|van a|intento|intentaron|trato de|trata de|amenaza con|amenazo con|amenazan con|amenazaba con|dijo que iba a|dice que va a|dijo que va a) (matarme|matarnos|matar a mis|golpearme|hacerme dano|violarme|pegarme)` },
  { id: 'es-amenaza-gap', kind: 'danger', lang: 'es', pattern: String.raw`amenaz\p{L}* con ~6 (matarme|matarnos|matarlos|matar a|hacerme dano|quemar)` },
  { id: 'es-si-me-mata', kind: 'danger', lang: 'es', pattern: String.raw`(si|cuando|dijo que|dice que|amenaza que|jura que|juro que) ~6 (me|nos) (mata|matara|mataria|va a matar)(?!\s+(el|la|los|las|de|con)\b)` },
  { id: 'es-miedo-que-me-mate', kind: 'danger', lang: 'es', pattern: String.raw`(miedo|temo|temor) (de |a )?que (me|nos) (mate|maten|haga dano|pegue|golpee|encuentre)` },
  { id: 'es-amenaza', kind: 'danger', lang: 'es', pattern: String.raw`me (amenaza|amenazan|amenazaba|amenazo|amenazaron|ha amenazado|esta amenazando)|amenazas de muerte` },
  { id: 'es-arma', kind: 'danger', lang: 'es', pattern: String.raw`(tiene|tenia|saco|lleva|compro|agarro) (un|una) (arma|pistola|cuchillo|navaja|escopeta|rifle|revolver|machete)|me (apunto|apunta|apuntaba) con` },
  { id: 'es-no-a-salvo', kind: 'danger', lang: 'es', pattern: String.raw`no (estoy|estamos|me siento|nos sentimos|estan|esta) (a salvo|segur[oa]s? (en (mi |la |esta )?casa|con (el|ella)|aqui|en mi hogar))|no (estoy|estamos) a salvo` },
  { id: 'es-temo-vida', kind: 'danger', lang: 'es', pattern: String.raw`(temo|miedo|tememos) por (mi|nuestra|nuestras|la) (vida|vidas|seguridad)|(mi|nuestra) vida (corre|esta en) peligro|(estoy|estamos|estan mis hijos) en peligro` },
  { id: 'es-acoso', kind: 'danger', lang: 'es', pattern: String.raw`me (persigue|persiguen|acosa|acosan|esta acosando|estan acosando|sigue a todas partes|vigila todo el tiempo|tiene encerrad[oa]|encerro|encierra)|no me deja salir` },
];

/** Idioms and look-alikes; a crisis match that overlaps one is discarded. */
export const CRISIS_IDIOMS: readonly IdiomRule[] = [
  // Dying to self is discipleship (Luke 9:23, Romans 6:11), not a wish to die.
  { id: 'die-to-self', lang: 'en', pattern: String.raw`(die|dying|died|dead|death) to (@me_self|self|sin|the flesh|the world|my (flesh|pride|ego|old self|old man|sins?|will|desires))|die daily` },
  { id: 'es-morir-a-mi', lang: 'es', pattern: String.raw`(morir|morirme|muerto|muerta|muertos) (a|al) (mi mism[oa]|mi yo|yo|el yo|pecado|el pecado|la carne|mi carne|mi ego|mi orgullo|mi viejo hombre|viejo hombre)` },
  { id: 'es-morir-de', lang: 'es', pattern: String.raw`(morir|morirme|morirse|muero|muere|muriendo) de (risa|ganas|hambre|sueno|calor|frio|aburrimiento|envidia|amor|nervios|cansancio|emocion|alegria|gusto)` },
  // A natural death in God's time is hope, not a wish to die now.
  { id: 'die-in-gods-time', lang: 'any', pattern: String.raw`(die|morir|morirme|dying) ~4 (when (god|the lord|jesus) (calls|wants|decides|takes)|cuando (dios|el senor|jesus|cristo) (me|lo|la|nos) (llame|llama|quiera|disponga|decida|recoja)|of old age|de vejez|de viej[oa])` },
  { id: 'die-laughing', lang: 'en', pattern: String.raw`die (of|from|laughing) (laughter|laughing|embarrassment|boredom|cuteness)|die laughing` },
  { id: 'substance-abuse', lang: 'any', pattern: String.raw`(drug|drugs|alcohol|substance|substances|opioid|opiate|prescription|pill|painkiller|steroid|solvent|inhalant|cannabis|marijuana|meth|cocaine|heroin) abuse|abus\p{L}* (of )?(drugs|alcohol|substances|pills|painkillers|power|authority|the system|prescription|my authority|his authority)|abus\p{L}* (de|del) (la |las |los |el )?(drogas?|alcohol|sustancias|pastillas|poder|autoridad|confianza|comida|azucar|tabaco|medicamentos)|abuso de (mi|su|la) (confianza|autoridad|poder|paciencia|bondad|tiempo)` },
  { id: 'it-hits-me', lang: 'en', pattern: String.raw`(it|this|that|reality|grief|the truth|the pain|sadness|the loss|the news|a car|the car|a wave|the ball|a ball|a truck|the thought|everything) (really |just |suddenly |finally )?(hits|beats|hit|beat) (me|us)|(hit|hits) (me|us) up|beats me (why|how|what|where|who)` },
  { id: 'beat-me-to', lang: 'en', pattern: String.raw`beat (me|us) (to|at|in|by)( it| the)?|(beaten|beat) (in|at) the (final|game|match|race)` },
  { id: 'slack', lang: 'en', pattern: String.raw`(cut|cutting|cuts) @me_self (some slack|a break|off|short|a (piece|slice)|a deal)` },
  { id: 'accident', lang: 'en', pattern: String.raw`(hurt|hurting|cut|cutting|burn|burned|burnt|burning) (@self) (playing|while|lifting|at the gym|in (a|an|the) (accident|fall|game|kitchen)|when (i|he|she) fell|falling|cooking|shaving|on the|with a (knife|kitchen)|at work|exercising|running|skiing|skating)` },
  { id: 'pills-routine', lang: 'any', pattern: String.raw`(remember|forget|forgot|forgetting|afford|need|needs|have|has|supposed|meant|able|try|trying) to take all (of )?(my|his|her|the) @pills_en|take all (of )?(my|his|her) @pills_en (every|each|daily|on time|in the|at night|with|as prescribed|regularly)|(olvid\p{L}*|acordar\p{L}*|recordar|acuerdo|debo|tengo que|hay que|necesito|cuesta) (de )?tomar(me)? todas (mis|las|sus) @pills_es` },
  { id: 'kms-distance', lang: 'any', pattern: String.raw`\d[\d.,]*\s*kms?` },
  { id: 'take-my-life-hymn', lang: 'en', pattern: 'take my life and let it be' },
  { id: 'es-se-me-pega', lang: 'es', pattern: String.raw`se (me|le|nos|te) peg\p{L}*|me pega (el sol|la gripe|el frio|el calor|la risa)` },
  { id: 'es-me-empuja-a', lang: 'es', pattern: String.raw`(me|nos|le) (empuja|empujaba|empujo|pega|pego) a (ser|seguir|hacer|mejorar|creer|buscar|orar|confiar|leer|estudiar|trabajar|cambiar|salir adelante)` },
  { id: 'es-vida-me-golpea', lang: 'es', pattern: String.raw`(la vida|el dolor|la tristeza|la realidad|la depresion|la soledad|la enfermedad|el cancer|la crisis) (me|nos) (golpea|golpeo|pega|pego|maltrata|ha golpeado)` },
  { id: 'es-amenaza-trabajo', lang: 'es', pattern: String.raw`(me|nos) amenaz\p{L}* con (despedir\p{L}*|echar\p{L}*|dejar\p{L}*|quitar\p{L}* el trabajo|demandar\p{L}*|el divorcio|desahuciar\p{L}*)` },
  { id: 'es-persigue-pasado', lang: 'es', pattern: String.raw`me persigue(n)? (el|la|mi|mis|los|las) (pasado|culpa|recuerdos?|miedo|pecado|sombra|deudas?|verguenza|error(es)?)` },
  { id: 'spiritual-enemy', lang: 'en', pattern: String.raw`(devil|enemy|satan|the evil one)('s)? (is )?(trying|wants|want|tried) to (kill|destroy) (me|us)` },
  { id: 'threat-lawsuit', lang: 'en', pattern: String.raw`threat\p{L}* (me|us) with (a lawsuit|legal action|court|eviction|divorce|firing|a bad review)` },
  { id: 'gun-hobby', lang: 'en', pattern: String.raw`(gun|rifle|weapon|firearm)s? (collection|license|licence|range|shop|safety|permit|club)` },
  { id: 'rape-seed', lang: 'en', pattern: 'rape ?seed|oilseed rape' },
  { id: 'maltrato-animal', lang: 'es', pattern: 'maltrato animal|maltrato a los animales' },
  { id: 'shot-foot', lang: 'en', pattern: String.raw`(shoot|shot|shooting) @me_self in the foot|kill(ing)? @me_self (laughing|with laughter)` },
  { id: 'es-matarse-trabajando', lang: 'es', pattern: String.raw`matar(me|se|nos) (a trabajar|a estudiar|trabajando|estudiando|de trabajo)` },
];

/** Words that negate a following negatable phrase (folded; `n't` contractions are recognised too). */
export const NEGATION_CUES: readonly string[] = [
  'not', 'never', 'no', 'nope', 'without', 'nor', 'neither', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt',
  'cant', 'cannot', 'couldnt', 'shouldnt', 'isnt', 'wasnt', 'arent', 'aint', 'havent', 'hasnt', 'hadnt',
  // Not Spanish "sin" (without): it is also the English word sin ("is it a sin to take my own life?").
  'nunca', 'jamas', 'ni', 'tampoco',
];

/**
 * Function words that may stand between a negation cue and the phrase it negates ("not GOING TO kill
 * myself", "no ESTOY PENSANDO EN suicidarme"). Any other word — "sure", "stop", "thought", "sé si",
 * "dejar", or the start of another clause — ends the negation's reach.
 */
export const NEGATION_SCOPE_WORDS: readonly string[] = [
  // English
  'i', "i'm", 'im', "i'd", 'id', "i'll", 'ill', "i've", 'ive', 'he', 'she', 'they', 'we', 'you', 'it',
  "he'd", "she'd", "they'd", 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'would', 'will',
  'could', 'should', 'might', 'must', 'can', 'do', 'does', 'did', 'have', 'has', 'had', 'ever', 'even',
  'really', 'actually', 'seriously', 'going', 'gonna', 'to', 'want', 'wanna', 'wanting', 'plan', 'planning',
  'intend', 'intending', 'try', 'trying', 'tried', 'thinking', 'considering', 'about', 'of', 'on', 'like',
  'feel', 'feeling', 'a', 'any', 'anymore', 'again', 'longer', 'more', 'once', 'at', 'all', 'again',
  // Spanish
  'yo', 'me', 'te', 'se', 'lo', 'la', 'le', 'nos', 'quiero', 'quisiera', 'queria', 'quiere', 'voy', 'va',
  'vas', 'vamos', 'iba', 'a', 'de', 'en', 'estoy', 'esta', 'estaba', 'pensando', 'pienso', 'planeando',
  'he', 'ha', 'hemos', 'han', 'haria', 'hare', 'volvere', 'volveria', 'volver', 'tengo', 'tiene', 'ganas',
  'intencion', 'ya', 'mas', 'puedo', 'podria', 'pretendo', 'pienso', 'siquiera', 'realmente',
];

/**
 * Doubt just before a negation cue undoes it: "I'm not SURE I won't kill myself", "no SÉ si no me haré
 * daño". Checked among the few words before the cue.
 */
export const NEGATION_DOUBT_WORDS: readonly string[] = [
  'sure', 'know', 'if', 'whether', 'wonder', 'doubt', 'maybe', 'perhaps', 'hope',
  'se', 'si', 'seguro', 'segura', 'quizas', 'quiza', 'tal', 'ojala', 'dudo', 'espero',
];

/** How many function words may stand between a negation cue and the phrase it negates. */
export const NEGATION_WINDOW = 4;

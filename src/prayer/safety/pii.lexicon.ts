// Data for scrubbing personal details from public text: first names that tell a capitalised word is a
// given name (so the next capitalised word is a surname), compound given names, capitalised words and
// places that are never surnames, and the street words of addresses. Written for Intercede; lists are
// deliberately common names, not exhaustive — a missed surname stays visible, so moderators still read
// public requests before they go on the wall.

/** Splits a whitespace-separated block into words (keeps the tables readable). */
const words = (block: string): readonly string[] => block.trim().split(/\s+/);

/** Common first names in English-speaking countries (given names, nicknames included). */
export const FIRST_NAMES_EN: readonly string[] = words(`
  James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
  Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George
  Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen
  Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack
  Dennis Jerry Tyler Aaron Adam Nathan Henry Douglas Zachary Peter Kyle Ethan
  Walter Noah Jeremy Keith Roger Terry Gerald Harold Sean Austin Carl
  Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert
  Willie Alan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason
  Philip Phillip Louis Harry Howard Fred Martin Craig Luke Caleb Isaac Liam
  Oliver Owen Wyatt Hunter Connor Evan Ian Chris Mike Dave Tom Jim
  Bob Bill Steve Tony Matt Dan Ben Sam Nick Greg Jeff Tim
  Ron Ken Ted Ray Phil Pete Rick Don Jimmy Johnny Danny Tommy
  Andy Josh Jake Joey Micah Levi Eli Silas Jeremiah Josiah Ezra Asher
  Gideon Nathaniel Marcus Dustin Travis Derek Chad Brett Cody Shane Trevor Troy
  Wesley Clayton Dale Glenn Leonard Stanley Earl Clarence Herbert Leon Marvin Calvin
  Curtis Darrell Allen Jay Mitchell Cameron Blake Garrett Colton Landon Grayson Carter
  Lincoln Hudson Easton Brody Malik Jamal Darius Tyrone Andre Terrence Marquis DeShawn
  Xavier Dominic Elias Theodore Leo Miles Timmy Mickey Franklin Jared Randall Shawn
  Todd Brent Kurt Neil Gordon Norman Victor Ernest Melvin Lloyd Floyd Herman
  Vernon Dwayne Lamar Reggie Maurice Cedric Demetrius Jermaine Rodney Stuart Graham Hugh
  Colin Duncan Callum Alistair Angus Rhys Gareth Declan Seamus Brendan Kieran Aidan
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy
  Betty Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah
  Stephanie Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma
  Anna Pamela Nicole Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria
  Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina
  Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria
  Sara Janice Ann Anne Kathryn Abigail Sophia Frances Jean Alice Judy Isabella
  Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany
  Doris Kayla Alexis Lori Marie Ava Mia Chloe Ella Lily Zoe Harper
  Avery Aubrey Addison Leah Naomi Esther Lydia Miriam Priscilla Tabitha Rhoda Dorcas
  Eve Hope Faith Joy Brooke Paige Courtney Tiffany Crystal Erica Erin Vanessa
  Tina Tammy Wendy Dawn Tracy Stacy Kristen Kristin Katie Kate Jenny Becky
  Beth Sue Patty Peggy Sally Connie Bonnie Carla Gina Holly Jill Joanne
  Kim Kathy Cathy Annie Ellie Molly Maggie Jasmine Destiny Tasha Keisha Latoya
  Ebony Aaliyah Imani Shanice Monique Rose Lillian Lucy Ruby Hazel Violet Stella
  Aurora Penelope Scarlett Layla Nora Riley Savannah Claire Audrey Bella Skylar Caroline
  Madeline Alyssa Kaylee Autumn Valerie Vivian Irene Norma Lois Phyllis Mildred Edna
  Jane Lynn Mae Jo June Marjorie Gladys Rita Loretta Geraldine Wanda Tonya
  Yvonne Sheila Gail Ellen Eileen Maureen Colleen Bridget Siobhan Fiona Kirsty Gemma
  Rosemary Louise Kay Jeanette Nadine Leslie Robin Shelby Sydney Taylor Morgan Jocelyn
  Rochelle Lorraine Annette Elaine Agnes Beatrice Eleanor Harriet Mabel Myrtle Opal Pearl
  Iris Bernice Candace Shannon Kendra
`);

/** Common first names in Spain and Latin America (accents optional when matching). */
export const FIRST_NAMES_ES: readonly string[] = words(`
  José Antonio Manuel Francisco Juan David Javier Daniel Carlos Jesús Alejandro Miguel
  Rafael Pedro Pablo Ángel Sergio Fernando Jorge Luis Alberto Álvaro Adrián Diego
  Raúl Iván Rubén Enrique Óscar Ramón Andrés Vicente Joaquín Santiago Víctor Eduardo
  Mario Roberto Jaime Marcos Ignacio Alfonso Jordi Hugo Ricardo Salvador Guillermo Gabriel
  Emilio Gonzalo Julio Julián Martín Tomás Agustín Nicolás Marc Samuel Héctor Félix
  Cristian Iker Aitor Josep Xavier Lorenzo Mateo Lucas Leo Alonso Gustavo Arturo
  Armando Rodrigo Felipe Ernesto Esteban Fabián Gerardo Germán Gilberto Hernán Horacio Humberto
  Isaac Ismael Israel Jacobo Jonatán Josué Leonardo Mauricio Máximo Moisés Néstor Octavio
  Omar Orlando Osvaldo Patricio Ramiro Reinaldo Renato Rogelio Rolando Saúl Sebastián Simón
  Teodoro Ulises Valentín Alfredo Abel Abraham Adolfo Aníbal Benjamín Bernardo Bruno César
  Cristóbal Darío Edgar Elías Emiliano Efraín Ezequiel Federico Gael Jacinto Jeremías Joel
  Leandro Marcelo Matías Pascual Silvestre Tadeo Timoteo Tobías Zacarías Juanjo Paco Pepe
  Nacho Chema Quique Toni Manolo Lalo Chuy Beto Memo Pancho Joan Pau
  Xabier Unai Mikel Gorka Eneko Asier Borja Íñigo Gerard Albert Arnau Pol
  Oriol Rigoberto Wilfredo Wilson Heriberto Celestino Eusebio María Carmen Ana Isabel Laura
  Cristina Marta Dolores Pilar Lucía Elena Paula Sara Mercedes Rosa Raquel Manuela
  Rosario Teresa Beatriz Encarnación Julia Silvia Nuria Irene Alba Patricia Andrea Rocío
  Montserrat Mónica Sonia Alicia Sandra Marina Susana Yolanda Natalia Margarita Inmaculada Eva
  Ángela Claudia Esther Josefa Francisca Antonia Concepción Amparo Sofía Noelia Verónica Carolina
  Lorena Nerea Daniela Inés Miriam Victoria Gloria Celia Olga Lidia Clara Emilia
  Ainhoa Adriana Alejandra Valeria Valentina Camila Martina Ximena Renata Fernanda Gabriela Guadalupe
  Lupe Juana Josefina Estela Estefanía Esperanza Consuelo Soledad Remedios Milagros Luz Paz
  Mar Sol Leticia Liliana Lourdes Magdalena Marisol Maribel Mariana Maite Matilde Nieves
  Ofelia Paloma Perla Rebeca Regina Rut Sagrario Salomé Socorro Tamara Trinidad Vanesa
  Aurora Azucena Belén Blanca Brenda Catalina Cecilia Diana Elisa Elvira Emma Eugenia
  Eulalia Fátima Flor Graciela Hortensia Iris Itziar Jimena Julieta Karina Karla Lucero
  Luisa Marcela Maricarmen Mariela Nayeli Olivia Paulina Ramona Rosalía Rosana Ruth Silvana
  Tania Yesenia Yadira Zulema Abril Agustina Amelia Anabel Araceli Celeste Dulce Edith
  Elsa Gisela Ivonne Jazmín Lola Mayra Noemí Pepa Xiomara Ángeles Begoña Montse
  Mireia Laia Aitana Irati Ane
`);

/**
 * Names that often follow another as one given name ("Mary Ann", "María José", "Juan Carlos"): after a
 * first name they continue it rather than start the surname.
 */
export const COMPOUND_GIVEN_NAMES: readonly string[] = words(`
  Ann Anne Jane Lynn Lynne Mae Marie Beth Jo Jean Louise Rose Grace
  Kay Sue Paul Ray Joe Ellen Elizabeth José María Luis Ángel Antonio
  Carlos Manuel Jesús Miguel Carmen Pilar Isabel Teresa Elena Fernanda Alberto Javier
  Francisco Pablo Ignacio Ramón Eugenia Victoria Guadalupe Dolores Luisa Mar Rocío Sol
  Paz Luz Fernando Andrés Emilio Alejandro Enrique Camila Jimena Ángeles Eduardo Ricardo
  Julián Ana Inés Belén Soledad Esperanza Montserrat Josefa Concepción Lourdes Mercedes Nieves
`);

/**
 * First names that are also everyday or church words ("Joy Comes In The Morning", "Faith Over Fear",
 * "Grace Alone"): at the start of a sentence they are taken as words, not names.
 */
export const AMBIGUOUS_FIRST_NAMES: readonly string[] = words(`
  Joy Faith Hope Grace Mercy Charity Patience Honor Destiny Dawn Amber Ruby Pearl Iris Rose Violet Hazel Summer
  Autumn April May June Star Mark Bill Pat Frank Jack Rob Sue Miles Hunter Carter Mason Taylor Jordan Lincoln Hudson
  Austin Cameron Chase Drew Gay Guy Holly Ivy Lily Max Norman Skylar Sky Angel Christian Earl Victor Penny Ray
  Luz Paz Sol Mar Fe Esperanza Consuelo Soledad Remedios Milagros Dolores Amparo Pilar Rocío Victoria Salvador
  Trinidad Ángeles Mercedes Concepción Rosario Aurora Perla Flor Gloria Celeste Dulce Socorro Nieves Leo
`);

/** Small words inside surnames and compound names: "de la Fuente", "María del Carmen", "van der Berg". */
export const NAME_PARTICLES: readonly string[] = words(`de del la las los y i van von der den da di du le al bin ben`);

/**
 * Capitalised words that never are a surname after a first name: God and church words, days, months,
 * feasts, function words written in title case. Compared without accents and case.
 */
export const NOT_SURNAMES: readonly string[] = words(`
  God Lord Jesus Christ Christ's Spirit Holy Almighty Savior Saviour Messiah Lamb King Father Son Creator Redeemer
  Emmanuel Immanuel Yahweh Jehovah Trinity Heaven Amen Hallelujah Alleluia Bible Scripture Scriptures Gospel Word
  Church Chapel Cathedral Parish Ministry Ministries Mission Missions Fellowship Assembly Assemblies Tabernacle Temple
  Baptist Methodist Lutheran Presbyterian Catholic Orthodox Anglican Episcopal Pentecostal Evangelical Reformed Adventist
  Nazarene Apostolic Community Center Centre Hospital Clinic School Academy College University Seminary Institute Home
  Street Avenue Road Lane Drive Boulevard Park River Lake Beach Valley Hill Hills Mountain Mount Bay Island Springs
  Apostle Apostles Saint Saints Prophet Disciple Disciples Pastor Reverend Bishop Elder Deacon Brother Sister Mom Dad
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Christmas Easter Thanksgiving Pentecost Advent Lent Resurrection Good Friday
  English Spanish American Mexican Hispanic Latino African Asian European Christian Christians Jewish Muslim
  I I'm I'll I've I'd And Or But The A An Is Are Was Were In On At For To From With Without My Our Your His Her Their
  Please Pray Praying Prayer Prayers Thank Thanks Also So Who What When Where Why How This That These Those Today
  Tomorrow Yesterday Tonight Name Names Day Morning Evening Night Memorial Elementary High Middle Bless Blessed Blessings Help Amen OK Okay
  North South East West New Old Upper Lower Great Little Big Saint St
  Dios Señor Jesucristo Cristo Espíritu Santo Santa Santísimo Santísima Padre Hijo Madre Virgen Todopoderoso Salvador
  Redentor Creador Mesías Cordero Rey Jehová Trinidad Cielo Amén Aleluya Biblia Escritura Escrituras Evangelio Palabra
  Iglesia Capilla Catedral Parroquia Ministerio Ministerios Misión Misiones Congregación Asamblea Templo Comunidad
  Bautista Metodista Luterana Presbiteriana Católica Católico Ortodoxa Anglicana Pentecostal Evangélica Evangélico
  Adventista Nazareno Nazarena Apostólica Centro Hospital Clínica Escuela Colegio Universidad Seminario Instituto Casa
  Calle Avenida Plaza Paseo Parque Río Lago Playa Valle Monte Sierra Isla
  Apóstol Apóstoles San Profeta Discípulo Discípulos Pastora Reverendo Obispo Anciano Diácono Hermano Hermana Mamá Papá
  Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre
  Setiembre Octubre Noviembre Diciembre Navidad Pascua Semana Cuaresma Adviento Pentecostés Resurrección Reyes Magos
  Español Inglés Americano Mexicano Latino Cristiano Cristiana Cristianos
  Y O Pero El La Los Las Un Una Es Son Era En Con Por Para De Del Sin Mi Mis Tu Su Sus Nuestro Nuestra Que Quien
  Cuando Donde Como Hoy Mañana Ayer Noche Gracias Oren Orar Oración Oraciones Bendiga Bendición Bendiciones Ayuda
  Nombre Día Mundo Divina Divino Bendito Bendita Sacramentado Resucitado Crucificado Misericordioso Guardián Norte Sur
  Este Oeste Nuevo Nueva Viejo Vieja Gran Grande
`);

/** Bible books: a book name followed by a chapter number ("Mark 5", "Juan 3") is a reference, not a surname. */
export const BIBLE_BOOKS: readonly string[] = words(`
  Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Ruth Samuel Kings Chronicles Ezra Nehemiah Esther Job
  Psalm Psalms Proverbs Ecclesiastes Song Isaiah Jeremiah Lamentations Ezekiel Daniel Hosea Joel Amos Obadiah Jonah
  Micah Nahum Habakkuk Zephaniah Haggai Zechariah Malachi Matthew Mark Luke John Acts Romans Corinthians Galatians
  Ephesians Philippians Colossians Thessalonians Timothy Titus Philemon Hebrews James Peter Jude Revelation
  Génesis Éxodo Levítico Números Deuteronomio Josué Jueces Rut Reyes Crónicas Esdras Nehemías Ester Salmo Salmos
  Proverbios Eclesiastés Cantares Isaías Jeremías Lamentaciones Ezequiel Oseas Abdías Jonás Miqueas Nahúm Habacuc
  Sofonías Hageo Zacarías Malaquías Mateo Marcos Lucas Juan Hechos Romanos Corintios Gálatas Efesios Filipenses
  Colosenses Tesalonicenses Timoteo Tito Filemón Hebreos Santiago Pedro Judas Apocalipsis
`);

/** Places whose names follow a first name-like word ("Austin Texas", "Santiago Chile", "Mar Mediterráneo"). */
export const PLACE_NAMES: readonly string[] = words(`
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
  Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas
  Utah Vermont Virginia Washington Wisconsin Wyoming America Canada England Scotland Ireland Wales Britain Australia
  Africa Asia Europe Spain España Mexico México Guatemala Honduras Salvador Nicaragua Costa Rica Panamá Panama Cuba
  Colombia Venezuela Ecuador Perú Peru Bolivia Chile Argentina Uruguay Paraguay Brasil Brazil Dominicana Puerto Rico
  Francia France Italia Italy Alemania Germany Portugal Israel Ukraine Ucrania Russia Rusia China Japan Japón India
  Philippines Filipinas Nigeria Kenya Uganda Ghana Haiti Haití Jerusalem Jerusalén Galilee Galilea Bethlehem Belén
  Nazareth Nazaret Egypt Egipto Rome Roma London Londres Paris París Houston Dallas Chicago Atlanta Miami Phoenix
  Denver Seattle Boston Detroit Orlando Tampa Nashville Memphis Madrid Barcelona Valencia Sevilla Málaga Zaragoza
  Bilbao Murcia Granada Córdoba Alicante Toledo Salamanca Compostela Galicia Andalucía Cataluña Asturias Canarias
  Baleares Castilla León Extremadura Navarra Aragón Cantabria Rioja Tenerife Mallorca Ibiza Lima Bogotá Quito Caracas
  Santiago Guadalajara Monterrey Tijuana Medellín Cali Habana Mediterráneo Atlántico Pacífico Caribe Street
`);

/** Courtesy titles after which a capitalised word is a surname ("Mrs. Johnson" → "Mrs. J."). */
export const SURNAME_TITLES: readonly string[] = words(`Mr Mrs Ms Mx Dr Sr Sra Srta Dña Doña`);

/** Words before a name that make it a place or a saint, not a person ("San José", "Fort Worth", "St. Paul"). */
export const PLACE_PREFIXES: readonly string[] = words(`San Santa Santo São Saint St Fort Port Mount Mt Los Las El Lake Cape`);

/**
 * English street types that are unambiguous in any case ("123 main street" is an address too).
 * Abbreviations are listed capitalised and matched in that form and in lower case.
 */
export const STREET_TYPES_EN: readonly string[] = words(`
  Street St Avenue Ave Road Rd Lane Ln Drive Dr Boulevard Blvd Highway Hwy Parkway Pkwy Terrace Expressway Freeway
  Turnpike
`);

/** English street types that are also everyday words ("a close friend", "in a row"): capitalised only. */
export const STREET_TYPES_EN_CAPITALISED: readonly string[] = words(`
  Court Ct Place Pl Way Ter Circle Cir Trail Trl Square Sq Crescent Cres Close Row Alley Pike Loop Run Path Plaza
  Grove Gardens Walk Mews Av
`);

/** Spanish street types, full and abbreviated (they come before the street name). */
export const STREET_TYPES_ES: readonly string[] = words(`
  Calle C/ C. Cl. Avenida Avda. Avda Av. Avd. Paseo Pº Pso. Plaza Pza. Plza. Pl. Carrera Cra. Kra. Camino Cmno.
  Ronda Travesía Trav. Glorieta Carretera Ctra. Callejón Pasaje Psje. Urbanización Urb. Calzada Colonia
  Bulevar Rambla Vía Diagonal Alameda Cuesta Costanilla Prolongación Prol. Privada Andador Cerrada Jirón
`);

import type { MessageKey } from './messages.en.js';

/** Spanish messages; the type makes a missing or extra key a compile error. */
export const es: Record<MessageKey, string> = {
  'site.name': 'Intercede',
  'site.tagline': 'Alguien se pondrá en la brecha por ti.',
  'nav.skip': 'Saltar al contenido principal',
  'nav.main': 'Principal',
  'nav.home': 'Inicio',
  'nav.pray': 'Pedir oración',
  'nav.wall': 'Muro de oración',
  'nav.intercede': 'Orar por otros',
  'nav.bible': 'Biblia',
  'nav.language': 'Idioma',
  'nav.switchTo': 'Read in English',
  'footer.about': 'Intercede es software libre para ministerios de oración.',
  'footer.privacy': 'Las peticiones de oración son confidenciales: solo las leen las personas que tú eliges.',
  'home.title': 'No tienes que cargar esto a solas',
  'home.lead':
    'Culpa, miedo, duelo, adicción, soledad: sea lo que sea que cargues, cuéntanoslo y un equipo de intercesores orará por ti, no una vez, sino día tras día.',
  'home.how.title': 'Cómo funciona',
  'home.how.ask': 'Compartes lo que hay en tu corazón. Puedes hacerlo de forma anónima y eliges quién puede leerlo.',
  'home.how.pray': 'Cada petición llega a un intercesor. Nadie se queda sin oración, y las más urgentes van primero.',
  'home.how.hear': 'Recibes respuesta: cuando alguien ora, lo ves, a menudo con una palabra de ánimo y un versículo.',
  'home.verse.text':
    'Por lo cual puede también salvar eternamente a los que por él se allegan a Dios, viviendo siempre para interceder por ellos.',
  'home.verse.ref': 'Hebreos 7:25',
  'home.cta.pray': 'Pedir oración',
  'home.cta.intercede': 'Únete al equipo de oración',
  'home.crisis':
    'Si estás en peligro o piensas en quitarte la vida, contacta ahora con los servicios de emergencia o con una línea de crisis. Tu vida importa.',
  'error.notFound.title': 'Página no encontrada',
  'error.notFound.body': 'No encontramos esta página. Puede que se haya movido o que la dirección tenga un error.',
  'error.server.title': 'Algo salió mal',
  'error.server.body': 'Lo sentimos: algo falló de nuestro lado. Inténtalo de nuevo en un momento.',
  'error.generic.title': 'Esto no funcionó',
  'form.problem': 'Hay un problema',
  'error.backHome': 'Ir a la página de inicio',
};

/** English messages. The Spanish catalogue must have exactly these keys (checked by the type below). */
export const en = {
  'site.name': 'Intercede',
  'site.tagline': 'Someone will stand in the gap for you.',
  'nav.skip': 'Skip to main content',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.pray': 'Ask for prayer',
  'nav.wall': 'Prayer wall',
  'nav.intercede': 'Pray for others',
  'nav.bible': 'Bible',
  'nav.language': 'Language',
  'nav.switchTo': 'Leer en español',
  'footer.about': 'Intercede is open-source software for prayer ministries.',
  'footer.privacy': 'Prayer requests are confidential: only the people you choose can read them.',
  'home.title': 'You do not have to carry this alone',
  'home.lead':
    'Guilt, fear, grief, addiction, loneliness: whatever you carry, tell us and a team of intercessors will pray for you — not once, but day after day.',
  'home.how.title': 'How it works',
  'home.how.ask': 'You share what is on your heart. You can stay anonymous, and you choose who may read it.',
  'home.how.pray': 'Every request reaches an intercessor. Nobody is left without prayer, and the most urgent come first.',
  'home.how.hear': 'You hear back: when someone prays, you see it, often with a word of encouragement and a verse.',
  'home.verse.text':
    'Therefore he is also able to save to the uttermost those who draw near to God through him, seeing that he lives forever to make intercession for them.',
  'home.verse.ref': 'Hebrews 7:25',
  'home.cta.pray': 'Ask for prayer',
  'home.cta.intercede': 'Join the prayer team',
  'home.crisis':
    'If you are in danger or thinking of ending your life, please contact emergency services or a crisis line now. You matter.',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'We could not find this page. It may have moved, or the address may be mistyped.',
  'error.server.title': 'Something went wrong',
  'error.server.body': 'We are sorry: something went wrong on our side. Please try again in a moment.',
  'error.generic.title': 'This did not work',
  'form.problem': 'There is a problem',
  'error.backHome': 'Go to the home page',
} as const;

export type MessageKey = keyof typeof en;

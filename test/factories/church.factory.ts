import type { ChurchFields } from '../../src/content/churches/church.input.js';

/** A valid listing (a church in central Madrid), with any field replaced. */
export function churchFields(overrides: ChurchFields = {}): ChurchFields {
  return {
    name: 'Iglesia Evangélica de Sol',
    street: 'Calle Mayor 5',
    city: 'Madrid',
    postalCode: '28013',
    country: 'ES',
    latitude: '40.4153',
    longitude: '-3.7074',
    website: 'https://iglesia-sol.example.org',
    serviceTimes: 'Domingo 11:00\nMiércoles 19:30, oración',
    languages: ['es', 'en'],
    tradition: 'evangelical',
    ...overrides,
  };
}

/** Real places for distance tests: [name, city, postal code, country, latitude, longitude]. */
export const PLACES: ReadonlyArray<readonly [string, string, string, string, number, number]> = [
  ['San Ginés', 'Madrid', '28013', 'ES', 40.4175, -3.7065],
  ['Iglesia de Chamberí', 'Madrid', '28010', 'ES', 40.4319, -3.7003],
  ['Parroquia de Getafe', 'Getafe', '28901', 'ES', 40.3057, -3.7329],
  ['Catedral de Toledo', 'Toledo', '45002', 'ES', 39.8569, -4.0238],
  ['Holy Name Cathedral', 'Chicago', '60611', 'US', 41.8958, -87.6278],
  ['Moody Church', 'Chicago', '60614', 'US', 41.9117, -87.6336],
  ['First Baptist Evanston', 'Evanston', '60201', 'US', 42.0451, -87.6877],
];

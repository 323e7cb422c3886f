/** Given names, mixed on purpose: a contact centre hears every kind. */
export const firstNames: readonly string[] = `
  Ada Adrian Aisha Alma Amara Anders Ángel Anika Arjun Astrid Beatriz Benedikt Bilal Bruno Camila
  Carmen Cedric Chiara Chidi Clara Dalia Damien Daniela Darius Dev Diego Eamon Elif Elena Emeka
  Esther Ezra Fatima Felix Freya Gabriel Greta Hana Hamza Hugo Ingrid Irene Isaac Ivy Jamal Jana
  Jonas Joy Julian Kai Kamala Keiko Kofi Lara Leila Leon Liam Lina Lucia Luis Maeve Malik Marek
  Maria Mateo Maya Mei Miguel Mila Nadia Naveen Nia Nico Noor Olga Omar Oskar Paloma Pavel Priya
  Quinn Rafael Rania Ravi Rosa Ruth Samir Sana Sebastian Selin Sven Tariq Tessa Theo Tomás Uma
  Valentina Vera Victor Wen Yara Yusuf Zainab Zoe
`
  .trim()
  .split(/\s+/);

export const lastNames: readonly string[] = `
  Abara Ahmed Alvarez Andersen Baptiste Becker Bianchi Boateng Brennan Castillo Chen Cohen Costa
  Dahl Delgado Dubois Eriksen Esposito Farouk Fernandes Fischer Fitzgerald Gallagher García Gupta
  Haddad Hansen Hartmann Hoang Ibrahim Ivanova Jansen Jensen Kaur Khan Kim Kowalski Kruger Lambert
  Larsen Lee Lindqvist Lopez Mahmoud Marino Martins Mendoza Moreau Murphy Nakamura Nguyen Novak
  Nwosu O'Connor Okafor Olsen Ortega Park Patel Pereira Petrov Quintero Rahman Ramos Reyes Rossi
  Russo Saito Santana Schmidt Silva Singh Sokolov Suarez Sullivan Takahashi Tanaka Torres Tran
  Varga Vargas Vasquez Volkov Wagner Walsh Weber Wójcik Yamamoto Yilmaz Zhang
`
  .trim()
  .split(/\s+/);

/** Cities with their state, a plausible ZIP prefix and the area code used for phone numbers. */
export const cities = [
  { city: 'Portland', state: 'OR', zip: '972', area: '503' },
  { city: 'Seattle', state: 'WA', zip: '981', area: '206' },
  { city: 'Spokane', state: 'WA', zip: '992', area: '509' },
  { city: 'Boise', state: 'ID', zip: '837', area: '208' },
  { city: 'Sacramento', state: 'CA', zip: '958', area: '916' },
  { city: 'Oakland', state: 'CA', zip: '946', area: '510' },
  { city: 'San Diego', state: 'CA', zip: '921', area: '619' },
  { city: 'Fresno', state: 'CA', zip: '937', area: '559' },
  { city: 'Phoenix', state: 'AZ', zip: '850', area: '602' },
  { city: 'Tucson', state: 'AZ', zip: '857', area: '520' },
  { city: 'Albuquerque', state: 'NM', zip: '871', area: '505' },
  { city: 'Denver', state: 'CO', zip: '802', area: '303' },
  { city: 'Salt Lake City', state: 'UT', zip: '841', area: '801' },
  { city: 'Las Vegas', state: 'NV', zip: '891', area: '702' },
  { city: 'Austin', state: 'TX', zip: '787', area: '512' },
  { city: 'Houston', state: 'TX', zip: '770', area: '713' },
  { city: 'El Paso', state: 'TX', zip: '799', area: '915' },
  { city: 'Tulsa', state: 'OK', zip: '741', area: '918' },
  { city: 'Omaha', state: 'NE', zip: '681', area: '402' },
  { city: 'Minneapolis', state: 'MN', zip: '554', area: '612' },
  { city: 'Madison', state: 'WI', zip: '537', area: '608' },
  { city: 'Chicago', state: 'IL', zip: '606', area: '312' },
  { city: 'Indianapolis', state: 'IN', zip: '462', area: '317' },
  { city: 'Columbus', state: 'OH', zip: '432', area: '614' },
  { city: 'Detroit', state: 'MI', zip: '482', area: '313' },
  { city: 'Louisville', state: 'KY', zip: '402', area: '502' },
  { city: 'Nashville', state: 'TN', zip: '372', area: '615' },
  { city: 'Atlanta', state: 'GA', zip: '303', area: '404' },
  { city: 'Charlotte', state: 'NC', zip: '282', area: '704' },
  { city: 'Raleigh', state: 'NC', zip: '276', area: '919' },
  { city: 'Richmond', state: 'VA', zip: '232', area: '804' },
  { city: 'Tampa', state: 'FL', zip: '336', area: '813' },
  { city: 'Orlando', state: 'FL', zip: '328', area: '407' },
  { city: 'Baltimore', state: 'MD', zip: '212', area: '410' },
  { city: 'Philadelphia', state: 'PA', zip: '191', area: '215' },
  { city: 'Pittsburgh', state: 'PA', zip: '152', area: '412' },
  { city: 'Newark', state: 'NJ', zip: '071', area: '973' },
  { city: 'Buffalo', state: 'NY', zip: '142', area: '716' },
  { city: 'Hartford', state: 'CT', zip: '061', area: '860' },
  { city: 'Providence', state: 'RI', zip: '029', area: '401' },
  { city: 'Burlington', state: 'VT', zip: '054', area: '802' },
  { city: 'Portland', state: 'ME', zip: '041', area: '207' },
  { city: 'Anchorage', state: 'AK', zip: '995', area: '907' },
  { city: 'Honolulu', state: 'HI', zip: '968', area: '808' },
] as const;

export const streetNames: readonly string[] = `
  Alder Ash Aspen Beacon Birch Bluebell Briar Cedar Chestnut Clover Cypress Dogwood Elm Fern
  Foxglove Garden Hawthorn Hazel Heather Hickory Juniper Lake Laurel Linden Magnolia Maple Meadow
  Mill Oak Orchard Park Pine Poplar Quarry Ridge River Rowan Sage Spruce Summit Sycamore Thistle
  Valley Willow
`
  .trim()
  .split(/\s+/);

export const streetKinds = [
  'Street',
  'Avenue',
  'Road',
  'Lane',
  'Drive',
  'Court',
  'Way',
  'Place',
  'Terrace',
] as const;

/** The reps who appear as note authors, ticket assignees and commenters. */
export const reps = [
  'Jordan Reyes',
  'Priya Natarajan',
  'Sam Okoye',
  'Lena Fischer',
  'Marco Bellini',
  'Hannah Cho',
  'Tobias Lund',
  'Aaliyah Brooks',
  'Diego Herrera',
  'Nora Kelly',
] as const;

/** Reserved example domains, so no generated address can reach a real inbox. */
export const emailDomains = ['example.com', 'example.org', 'example.net'] as const;

// The staff app shell's own messages (navigation of the back office areas, access notes), French
// first, in the admin chunk (never in the guest's entry). Each area keeps its own catalogue beside
// its pages (lib/i18n/area-catalogue.ts).
import { createAreaT } from '../../lib/i18n/area-catalogue';

export const adminFr = {
  'nav.dashboard': 'Tableau de bord',
  'nav.evening': 'Soirée',
  'nav.bookings': 'Réservations',
  // Tonight's room and the standing layout are named apart: « Salle » beside « Plan de salle »
  // sent staff to the wrong one (issue #14).
  'nav.room': 'Ce soir en salle',
  'nav.kitchen': 'Cuisine',
  'nav.customers': 'Clients',
  'nav.venue': 'Programmation',
  'nav.performances': 'Représentations',
  'nav.catalogue': 'Spectacles et formules',
  'nav.layout': 'Tables et zones',
  'nav.reports': 'Rapports',
  'nav.settings': 'Réglages',
  'access.denied': 'Cette page est réservée à d’autres rôles de l’équipe.',
  'area.loading': 'Chargement…',
  'home.dashboard': 'Ce soir et les prochaines dates : remplissage, couverts, arrivées.',
  'home.bookings': 'Chercher, modifier, annuler ; prendre une réservation au téléphone.',
  'home.room': 'Qui est assis où ce soir : placer et déplacer les groupes, imprimer les arrivées.',
  'home.kitchen': 'Couverts, menus et régimes de la soirée, à imprimer.',
  'home.customers': 'Fiches clients, historique, notes et étiquettes.',
  'home.performances': 'Dates, saisons, jauges et ventes.',
  'home.catalogue': 'Spectacles, formules, tarifs, extras et règles de vente.',
  'home.layout': 'Le plan permanent de la salle : ses zones, ses tables et leurs places.',
  'home.reports': 'Ventes et taux de remplissage, exportables en CSV.',
} as const;

export const adminEn = {
  'nav.dashboard': 'Dashboard',
  'nav.evening': 'Evening',
  'nav.bookings': 'Bookings',
  'nav.room': 'Tonight’s room',
  'nav.kitchen': 'Kitchen',
  'nav.customers': 'Customers',
  'nav.venue': 'Programme',
  'nav.performances': 'Performances',
  'nav.catalogue': 'Shows and formulas',
  'nav.layout': 'Tables and zones',
  'nav.reports': 'Reports',
  'nav.settings': 'Settings',
  'access.denied': 'This page is for other staff roles.',
  'area.loading': 'Loading…',
  'home.dashboard': 'Tonight and the coming dates: fill, covers, arrivals.',
  'home.bookings': 'Find, change, cancel; take a booking on the phone.',
  'home.room': 'Who sits where tonight: seat and move parties, print the arrivals.',
  'home.kitchen': 'The evening’s covers, menus and diets, ready to print.',
  'home.customers': 'Customer records, history, notes and tags.',
  'home.performances': 'Dates, seasons, capacities and sales.',
  'home.catalogue': 'Shows, formulas, prices, extras and sales rules.',
  'home.layout': 'The room’s standing layout: its zones, its tables and their seats.',
  'home.reports': 'Sales and occupancy, exportable as CSV.',
} as const satisfies { readonly [K in keyof typeof adminFr]: string };

export const useAdminT = createAreaT(adminFr, adminEn);

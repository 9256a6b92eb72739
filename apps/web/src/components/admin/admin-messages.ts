// The staff app shell's own messages (navigation of the back office areas, access notes), French
// first, in the admin chunk (never in the guest's entry). Each area keeps its own catalogue beside
// its pages (lib/i18n/area-catalogue.ts).
import { createAreaT } from '../../lib/i18n/area-catalogue';

export const adminFr = {
  'nav.dashboard': 'Tableau de bord',
  'nav.evening': 'Soirée',
  'nav.bookings': 'Réservations',
  'nav.room': 'Salle',
  'nav.kitchen': 'Cuisine',
  'nav.customers': 'Clients',
  'nav.venue': 'Programmation',
  'nav.performances': 'Représentations',
  'nav.catalogue': 'Spectacles et formules',
  'nav.layout': 'Plan de salle',
  'nav.reports': 'Rapports',
  'nav.settings': 'Réglages',
  'access.denied': 'Cette page est réservée à d’autres rôles de l’équipe.',
  'area.loading': 'Chargement…',
} as const;

export const adminEn = {
  'nav.dashboard': 'Dashboard',
  'nav.evening': 'Evening',
  'nav.bookings': 'Bookings',
  'nav.room': 'Room',
  'nav.kitchen': 'Kitchen',
  'nav.customers': 'Customers',
  'nav.venue': 'Programme',
  'nav.performances': 'Performances',
  'nav.catalogue': 'Shows and formulas',
  'nav.layout': 'Floor plan',
  'nav.reports': 'Reports',
  'nav.settings': 'Settings',
  'access.denied': 'This page is for other staff roles.',
  'area.loading': 'Loading…',
} as const satisfies { readonly [K in keyof typeof adminFr]: string };

export const useAdminT = createAreaT(adminFr, adminEn);

import type { Assert, Catalogue, SameParams } from './catalogue';
import type { fr } from './messages-fr';

// Must have exactly the keys of the French catalogue: a missing key or an extra one fails tsc.
export const en = {
  'meta.home': 'La Diva Cabaret — Dinner and show in the heart of Paris',
  'meta.notFound': 'Page not found — La Diva Cabaret',
  'meta.admin': 'Staff area — La Diva Cabaret',

  'a11y.skipLink': 'Skip to content',
  'header.home': 'La Diva Cabaret, home',
  'header.language': 'Language',

  'hero.eyebrow': 'Parisian cabaret',
  'hero.accent': 'Cabaret',
  'hero.tagline': 'Dinner and show in the heart of Paris',
  'hero.lead':
    'Feathers, rhinestones and champagne: a true Parisian revue night, from the first glass to the last encore.',
  'hero.ctaPrimary': 'Explore our packages',
  'hero.ctaSecondary': 'Plan your visit',
  'hero.notice': 'Online booking opens soon',

  'shows.eyebrow': 'The season',
  'shows.title': 'Our revues are coming soon',
  'shows.lead':
    'The new season is taking shape backstage. Very soon you will find our revues here, with their dates and the seats still available.',
  'shows.placeholder': 'Programme in preparation: three revues will soon be on the bill.',
  'shows.poster': 'Poster to be unveiled',
  'shows.badge': 'Soon',

  'formulas.eyebrow': 'Your evening',
  'formulas.title': 'Three ways to enjoy the revue',
  'formulas.show.name': 'Show only',
  'formulas.show.text':
    'The revue and nothing but: take your seat for curtain-up with a glass of bubbly in hand.',
  'formulas.dinner.name': 'Dinner & show',
  'formulas.dinner.text':
    'A Parisian brasserie dinner served at your table, then the revue without leaving your seat.',
  'formulas.dinner.badge': 'Our classic',
  'formulas.champagne.name': 'Champagne',
  'formulas.champagne.text':
    'The tables closest to the stage, champagne on ice and a welcome that leaves nothing to chance.',
  'formulas.note': 'Prices and menus will be revealed when booking opens.',

  'info.eyebrow': 'Practical information',
  'info.title': 'Plan your evening',
  'info.evenings.title': 'Our evenings',
  'info.evenings.days': '{from} to {to}',
  'info.evenings.dinner': 'Dinner from {time}',
  'info.evenings.show': 'Curtain up at {time}',
  'info.dress.title': 'Dress code',
  'info.dress.text': 'Evening wear appreciated: tonight, you are the one who shines.',
  'info.contact.title': 'Find us',
  'info.contact.addressFallback': 'In the heart of Paris',
  'info.contact.phone': 'Phone',
  'info.contact.email': 'Email',
  'info.contact.soon': 'Our full contact details arrive with online booking.',

  'footer.tagline': 'Revue, dinner and champagne',
  'footer.staff': 'Staff area',
  'footer.rights': '© {year} La Diva Cabaret. All rights reserved.',

  'notFound.title': 'The curtain has fallen on this page',
  'notFound.text': 'The page you are looking for does not exist or is no longer on the bill.',
  'notFound.back': 'Back to the home page',

  'admin.title': 'Staff area',
  'admin.text':
    'Staff sign-in arrives soon. Box office, floor plan, kitchen and door check-in will all live here.',
  'admin.back': 'Back to the website',

  'app.loading': 'Loading…',
  'app.error.title': 'A hitch backstage',
  'app.error.text': 'This page could not be displayed. Check your connection and try again.',
  'app.error.reload': 'Reload the page',
} as const satisfies Catalogue;

// Each English message takes the same `{parameters}` as its French original: a mismatch names the
// key in a tsc error.
export type EnglishParamsMatch = Assert<SameParams<typeof fr, typeof en>>;

// The looks of titles, for elements that are not a PageHeading (a panel's title, a legend).

/** Small gold capitals above a title (or, in the staff app, a section's own title). */
export const eyebrowClass =
  'text-xs font-semibold tracking-[0.32em] text-gold uppercase compact:text-[0.7rem] compact:tracking-[0.2em] compact:text-gold/80';

/** A section's title on a guest page (a panel's, a form step's legend). */
export const sectionTitleClass = 'font-display text-2xl font-medium text-cream';

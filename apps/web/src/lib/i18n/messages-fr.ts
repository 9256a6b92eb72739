// The French catalogue is the source of truth: its keys define `MessageKey`, and every other
// language must provide exactly these keys (see messages-en.ts). `{name}` marks a parameter.
export const fr = {
  'meta.home': 'La Diva Cabaret — Dîner-spectacle au cœur de Paris',
  'meta.notFound': 'Page introuvable — La Diva Cabaret',
  'meta.admin': 'Espace équipe — La Diva Cabaret',

  'a11y.skipLink': 'Aller au contenu',
  'header.home': 'La Diva Cabaret, accueil',
  'header.language': 'Langue',

  'hero.eyebrow': 'Cabaret parisien',
  'hero.accent': 'Cabaret',
  'hero.tagline': 'Dîner-spectacle au cœur de Paris',
  'hero.lead':
    'Plumes, strass et champagne : une soirée de revue à la parisienne, du premier verre au dernier rappel.',
  'hero.ctaPrimary': 'Découvrir nos formules',
  'hero.ctaSecondary': 'Infos pratiques',
  'hero.notice': 'Billetterie en ligne : ouverture prochaine',

  'shows.eyebrow': 'La saison',
  'shows.title': 'Nos revues arrivent bientôt',
  'shows.lead':
    'La nouvelle saison se prépare en coulisses. Très bientôt, vous trouverez ici nos revues, leurs dates et les places encore disponibles.',
  'shows.placeholder': 'Programme en préparation : trois revues seront bientôt à l’affiche.',
  'shows.poster': 'Affiche dévoilée bientôt',
  'shows.badge': 'Bientôt',

  'formulas.eyebrow': 'Votre soirée',
  'formulas.title': 'Trois façons de vivre la revue',
  'formulas.show.name': 'Spectacle',
  'formulas.show.text':
    'La revue, rien que la revue : installez-vous pour le lever de rideau, une coupe à la main.',
  'formulas.dinner.name': 'Dîner-spectacle',
  'formulas.dinner.text':
    'Un dîner de brasserie parisienne servi à table, puis la revue sans quitter votre place.',
  'formulas.dinner.badge': 'L’incontournable',
  'formulas.champagne.name': 'Champagne',
  'formulas.champagne.text':
    'Les tables au plus près de la scène, le champagne en seau et un accueil aux petits soins.',
  'formulas.note': 'Tarifs et menus dévoilés à l’ouverture de la billetterie.',

  'info.eyebrow': 'Infos pratiques',
  'info.title': 'Préparer votre soirée',
  'info.evenings.title': 'Nos soirées',
  'info.evenings.days': 'Du {from} au {to}',
  'info.evenings.dinner': 'Dîner dès {time}',
  'info.evenings.show': 'Lever de rideau à {time}',
  'info.dress.title': 'Tenue',
  'info.dress.text': 'Tenue de soirée appréciée : ce soir, c’est vous qui brillez.',
  'info.contact.title': 'Nous trouver',
  'info.contact.addressFallback': 'Au cœur de Paris',
  'info.contact.phone': 'Téléphone',
  'info.contact.email': 'E-mail',
  'info.contact.soon': 'Nos coordonnées complètes arrivent avec la billetterie.',

  'footer.tagline': 'Revue, dîner et champagne',
  'footer.staff': 'Espace équipe',
  'footer.rights': '© {year} La Diva Cabaret. Tous droits réservés.',

  'notFound.title': 'Le rideau est tombé sur cette page',
  'notFound.text': 'La page que vous cherchez n’existe pas ou a quitté l’affiche.',
  'notFound.back': 'Retour à l’accueil',

  'admin.title': 'Espace équipe',
  'admin.text':
    'La connexion de l’équipe arrive bientôt. Billetterie, plan de salle, cuisine et contrôle des entrées se prépareront ici.',
  'admin.back': 'Retour au site',

  'app.loading': 'Chargement…',
  'app.error.title': 'Un incident en coulisses',
  'app.error.text': 'Cette page n’a pas pu s’afficher. Vérifiez votre connexion puis réessayez.',
  'app.error.reload': 'Recharger la page',
} as const;

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
  'hero.ctaPrimary': 'Réserver une soirée',
  'hero.ctaSecondary': 'Infos pratiques',
  'hero.notice': 'Billetterie en ligne ouverte, règlement sur place',

  'shows.eyebrow': 'La saison',
  'shows.title': 'À l’affiche',
  'shows.lead': 'Nos revues de la saison : choisissez la vôtre, puis la soirée qui vous attend.',
  'shows.next': 'Prochaine soirée : {date}',
  'shows.noDate': 'Nouvelles dates bientôt',
  'shows.cta': 'Dates et tarifs',
  'shows.empty': 'La nouvelle saison se prépare en coulisses : revenez très bientôt.',
  'shows.error': 'Le programme n’a pas pu être chargé. Vérifiez votre connexion puis rechargez.',

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
  'formulas.note': 'Tarifs selon la place en salle : le détail est sur la page de chaque revue.',

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

  'meta.page': '{page} — La Diva Cabaret',
  'header.signIn': 'Se connecter',
  'header.account': 'Mon compte',
  'header.staff': 'Espace équipe',

  'error.VALIDATION_FAILED':
    'Certaines informations ne sont pas valides. Vérifiez-les puis réessayez.',
  'error.BAD_REQUEST': 'La demande n’a pas pu être comprise. Rechargez la page puis réessayez.',
  'error.UNAUTHENTICATED': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'error.FORBIDDEN': 'Votre compte n’a pas accès à cette action.',
  'error.NOT_FOUND': 'Ce que vous cherchez n’existe plus.',
  'error.METHOD_NOT_ALLOWED': 'Cette action n’est pas possible ici.',
  'error.CONFLICT': 'Cela a changé entre-temps. Actualisez puis réessayez.',
  'error.PAYLOAD_TOO_LARGE': 'C’est trop long : raccourcissez puis réessayez.',
  'error.UNSUPPORTED_MEDIA_TYPE':
    'La demande n’a pas pu être comprise. Rechargez la page puis réessayez.',
  'error.RATE_LIMITED': 'Trop de tentatives. Patientez quelques minutes puis réessayez.',
  'error.rateLimitedFor': 'Trop de tentatives. Réessayez dans {minutes} min.',
  'error.BUSY': 'Beaucoup de monde en ce moment. Réessayez dans un instant.',
  'error.DATABASE_UNAVAILABLE':
    'Le service est momentanément indisponible. Réessayez dans un instant.',
  'error.INTERNAL': 'Un incident est survenu de notre côté. Réessayez dans un instant.',
  'error.NETWORK': 'Connexion impossible. Vérifiez votre réseau puis réessayez.',
  'error.BAD_RESPONSE': 'Réponse inattendue du serveur. Rechargez la page puis réessayez.',
  'error.INVALID_CREDENTIALS': 'E-mail ou mot de passe incorrect.',
  'error.EMAIL_NOT_VERIFIED':
    'Confirmez d’abord votre adresse e-mail grâce au lien que nous vous avons envoyé.',
  'error.MFA_REQUIRED': 'Saisissez le code de votre application d’authentification.',
  'error.INVALID_CODE': 'Ce code n’est pas valide ou a déjà servi. Saisissez le code suivant.',
  'error.INVALID_LINK': 'Ce lien n’est plus valide : il a expiré ou a déjà servi.',
  'error.WEAK_PASSWORD': 'Ce mot de passe est trop faible. Choisissez-en un autre.',
  'error.weakPassword.too_short': 'Au moins 8 caractères, s’il vous plaît.',
  'error.weakPassword.too_long': 'Ce mot de passe est trop long (128 caractères au plus).',
  'error.weakPassword.common':
    'Ce mot de passe est trop courant : choisissez-en un plus personnel.',
  'error.weakPassword.contains_personal_info':
    'Évitez votre nom ou votre adresse e-mail dans le mot de passe.',
  'error.CSRF_FAILED':
    'Votre session n’a pas pu être vérifiée. Rechargez la page puis reconnectez-vous.',
  'error.SESSION_ENDED': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'error.SOLD_OUT':
    'Il ne reste plus assez de places dans cette zone pour ce soir-là. Essayez une autre zone ou une autre date.',
  'error.NO_TABLE':
    'Plus aucune table de cette zone ne peut accueillir votre groupe ensemble ce soir-là. Essayez une autre zone ou une autre date.',
  'error.HOLD_EXPIRED':
    'Le délai de réservation de vos places est écoulé et elles ne sont plus disponibles. Recommencez votre sélection.',
  'error.PARTY_TOO_LARGE':
    'Ce groupe est trop nombreux pour une réservation en ligne. Appelez-nous : nous trouverons une solution.',
  'error.SALES_CLOSED': 'La vente en ligne est fermée pour cette représentation.',
  'error.CANCELLATION_CLOSED':
    'Le délai d’annulation en ligne est dépassé. Appelez-nous pour toute modification.',
  'error.CAPACITY_BELOW_BOOKED': 'Impossible de descendre sous les places déjà réservées.',
  'error.TABLE_IN_USE':
    'Cette table a déjà accueilli des réservations : elle ne peut être retirée.',
  'error.UNSUPPORTED_FILE_TYPE': 'Ce type de fichier n’est pas accepté (JPEG, PNG, WebP ou AVIF).',
  'error.FILE_TOO_LARGE': 'Ce fichier est trop lourd (10 Mo au plus).',
  'error.IMAGE_TOO_LARGE': 'Cette image est trop grande en pixels.',
  'error.INVALID_FILE': 'Ce fichier est illisible ou endommagé.',
  'error.TABLE_FULL':
    'Ces tables n’ont pas assez de places libres pour ce groupe (ou une table privée est déjà prise).',
  'error.IDEMPOTENCY_KEY_REUSED':
    'Cette demande a déjà été envoyée avec d’autres détails. Vérifiez-les puis envoyez-la de nouveau.',
  'error.LINK_PURGED':
    'Ce message contenait un lien à usage unique, qui n’est plus conservé une fois le message envoyé, abandonné ou annulé : la personne doit demander un nouveau lien.',

  'auth.email': 'Adresse e-mail',
  'auth.email.invalid': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  'auth.password': 'Mot de passe',
  'auth.password.new': 'Nouveau mot de passe',
  'auth.password.choose': 'Choisissez un mot de passe',
  'auth.password.current': 'Mot de passe actuel',
  'auth.password.required': 'Saisissez votre mot de passe.',
  'auth.password.show': 'Afficher',
  'auth.password.hintLength': 'Au moins {min} caractères',
  'auth.password.hintMet': '(c’est bon)',
  'auth.password.hintCommon': 'Ni un mot de passe courant, ni votre nom ou e-mail',
  'auth.displayName': 'Votre nom',
  'auth.optional': 'Facultatif',
  'auth.pending': 'Un instant…',
  'auth.retry': 'Réessayer',
  'auth.toAccount': 'Aller à mon compte',
  'auth.signIn.title': 'Connexion',
  'auth.signIn.lead': 'Retrouvez vos réservations et vos billets.',
  'auth.signIn.submit': 'Se connecter',
  'auth.signIn.missing': 'Saisissez votre adresse e-mail et votre mot de passe.',
  'auth.signIn.forgot': 'Mot de passe oublié ?',
  'auth.signIn.noAccount': 'Pas encore de compte ?',
  'auth.signIn.signUp': 'Créer un compte',
  'auth.signIn.resend': 'Renvoyer l’e-mail de confirmation',
  'auth.signIn.resent': 'C’est envoyé : ouvrez le lien reçu par e-mail (pensez aux indésirables).',
  'auth.mfa.title': 'Vérification en deux étapes',
  'auth.mfa.lead': 'Ouvrez votre application d’authentification et saisissez le code affiché.',
  'auth.mfa.codeLabel': 'Code à 6 chiffres',
  'auth.mfa.codeHint': 'Il change toutes les 30 secondes.',
  'auth.mfa.codeInvalid': 'Saisissez les 6 chiffres du code.',
  'auth.mfa.recoveryLabel': 'Code de secours',
  'auth.mfa.recoveryHint':
    'L’un des 10 codes mis de côté, par exemple abcde-12345. Chacun ne sert qu’une fois.',
  'auth.mfa.recoveryInvalid': 'Un code de secours compte 10 lettres ou chiffres.',
  'auth.mfa.useRecovery': 'Je n’ai pas mon téléphone : utiliser un code de secours',
  'auth.mfa.useTotp': 'Utiliser plutôt mon application d’authentification',
  'auth.mfa.submit': 'Vérifier',
  'auth.mfa.back': 'Revenir à la connexion',
  'auth.mfa.expired': 'La vérification a expiré. Saisissez de nouveau votre mot de passe.',
  'auth.signUp.title': 'Créer un compte',
  'auth.signUp.lead': 'Pour réserver plus vite et garder vos billets à portée de main.',
  'auth.signUp.terms':
    'J’accepte les conditions générales de vente et la politique de confidentialité.',
  'auth.signUp.termsRequired': 'Acceptez les conditions pour créer votre compte.',
  'auth.signUp.marketing':
    'Je souhaite recevoir par e-mail les nouvelles revues et les offres (facultatif).',
  'auth.signUp.submit': 'Créer mon compte',
  'auth.signUp.haveAccount': 'Déjà un compte ?',
  'auth.signUp.signIn': 'Se connecter',
  'auth.signUp.sentTitle': 'Consultez votre boîte mail',
  'auth.signUp.sentText':
    'Si {email} peut être utilisée, un e-mail vient d’y être envoyé. Ouvrez le lien qu’il contient pour continuer.',
  'auth.signUp.sentHint':
    'Rien reçu d’ici quelques minutes ? Regardez dans les indésirables, ou renvoyez l’e-mail.',
  'auth.signUp.toSignIn': 'Aller à la connexion',
  'auth.verify.title': 'Confirmation de votre e-mail',
  'auth.verify.pending': 'Vérification du lien…',
  'auth.verify.doneTitle': 'Adresse confirmée',
  'auth.verify.doneText': 'Merci ! Votre adresse e-mail est confirmée.',
  'auth.verify.invalidText':
    'Ce lien de confirmation a expiré ou a déjà servi. Saisissez votre adresse : nous vous en envoyons un nouveau.',
  'auth.link.checking': 'Vérification du lien…',
  'auth.link.invalidTitle': 'Lien expiré',
  'auth.forgot.title': 'Mot de passe oublié',
  'auth.forgot.lead':
    'Saisissez l’adresse de votre compte : nous vous envoyons un lien pour choisir un nouveau mot de passe.',
  'auth.forgot.submit': 'Recevoir le lien',
  'auth.forgot.sentText':
    'Si un compte existe pour {email}, un lien vient d’y être envoyé. Il reste valable une heure.',
  'auth.forgot.back': 'Revenir à la connexion',
  'auth.reset.title': 'Nouveau mot de passe',
  'auth.reset.lead': 'Pour le compte {email}.',
  'auth.reset.submit': 'Enregistrer le mot de passe',
  'auth.reset.codeNeeded':
    'Ce compte est protégé par la vérification en deux étapes : saisissez aussi un code.',
  'auth.reset.doneTitle': 'Mot de passe modifié',
  'auth.reset.doneText':
    'Par sécurité, tous vos appareils ont été déconnectés. Connectez-vous avec votre nouveau mot de passe.',
  'auth.reset.invalidText':
    'Ce lien de réinitialisation a expiré ou a déjà servi. Demandez-en un nouveau.',
  'auth.reset.again': 'Demander un nouveau lien',
  'auth.invitation.title': 'Bienvenue dans l’équipe',
  'auth.invitation.lead':
    'Choisissez votre mot de passe. Vous configurerez ensuite la vérification en deux étapes.',
  'auth.invitation.submit': 'Créer mon accès',
  'auth.invitation.doneTitle': 'Votre accès est prêt',
  'auth.invitation.doneText':
    'Connectez-vous, puis configurez la vérification en deux étapes : elle est exigée pour l’espace équipe.',
  'auth.invitation.invalidText':
    'Cette invitation a expiré ou a déjà servi. Demandez-en une nouvelle à un administrateur.',
  'auth.setup.title': 'Premier administrateur',
  'auth.setup.lead':
    'Créez le compte qui administrera La Diva. Vous configurerez ensuite la vérification en deux étapes.',
  'auth.setup.submit': 'Créer le compte administrateur',
  'auth.setup.invalidText':
    'Ce lien d’installation a expiré ou a déjà servi. Redémarrez le serveur pour en obtenir un nouveau.',

  'mfa.enrol.intro':
    'Une application d’authentification (Google Authenticator, Microsoft Authenticator, 1Password…) vous donnera un code à chaque connexion. Confirmez d’abord votre mot de passe.',
  'mfa.enrol.start': 'Continuer',
  'mfa.enrol.scan':
    'Scannez ce QR code avec votre application d’authentification, puis saisissez le code qu’elle affiche.',
  'mfa.enrol.qrAlt': 'QR code à scanner avec votre application d’authentification',
  'mfa.enrol.manual': 'Impossible de scanner ? Saisissez cette clé dans l’application :',
  'mfa.enrol.codeLabel': 'Code affiché par l’application',
  'mfa.enrol.confirm': 'Activer',
  'mfa.enrol.enabled': 'La vérification en deux étapes est activée.',
  'mfa.codes.text':
    'Gardez ces codes de secours en lieu sûr : chacun permet une connexion si vous n’avez plus votre téléphone. Ils ne seront plus affichés.',
  'mfa.codes.label': 'Vos codes de secours',
  'mfa.codes.copy': 'Copier',
  'mfa.codes.download': 'Télécharger',
  'mfa.codes.copied': 'Codes copiés.',
  'mfa.codes.copyFailed': 'La copie n’a pas fonctionné : téléchargez-les ou notez-les.',
  'mfa.codes.fileHeader': 'La Diva Cabaret — codes de secours (chacun ne sert qu’une fois)',
  'mfa.codes.saved': 'J’ai mis ces codes en lieu sûr.',
  'mfa.codes.confirmRequired': 'Cochez cette case une fois les codes conservés.',
  'mfa.codes.continue': 'Terminer',

  'account.eyebrow': 'Votre espace',
  'account.title': 'Mon compte',
  'account.nav': 'Mon compte',
  'account.nav.profile': 'Profil',
  'account.nav.security': 'Sécurité',
  'account.signedInAs': 'Connecté avec {email}',
  'account.signOut': 'Se déconnecter',
  'account.save': 'Enregistrer',
  'account.saved': 'C’est enregistré.',
  'account.cancel': 'Annuler',
  'account.wrongPassword': 'Ce n’est pas votre mot de passe actuel.',
  'account.profile.title': 'Profil',
  'account.profile.language': 'Langue de nos e-mails',
  'account.profile.languageHint': 'Aussi celle de ce site sur cet appareil.',
  'account.profile.changeEmail': 'changer d’adresse',
  'account.consents.title': 'Nos nouvelles',
  'account.consents.lead':
    'Chaque choix est enregistré dès que vous le modifiez. Vous pouvez changer d’avis à tout moment.',
  'account.consents.marketing_email': 'Recevoir par e-mail les nouvelles revues et les offres',
  'account.consents.marketing_sms': 'Recevoir les offres de dernière minute par SMS',
  'account.data.title': 'Vos données',
  'account.data.lead': 'Téléchargez tout ce que La Diva conserve sur vous, dans un fichier JSON.',
  'account.data.export': 'Télécharger mes données',
  'account.data.exported': 'Le fichier est téléchargé.',
  'account.erase.title': 'Supprimer mon compte',
  'account.erase.lead':
    'Vos informations personnelles sont effacées ; les réservations passées restent, anonymes, pour la comptabilité.',
  'account.erase.open': 'Supprimer mon compte…',
  'account.erase.warning':
    'C’est définitif : votre compte et vos billets à venir ne pourront pas être récupérés.',
  'account.erase.word': 'SUPPRIMER',
  'account.erase.typeLabel': 'Pour confirmer, saisissez {word}',
  'account.erase.typeMismatch': 'Saisissez exactement {word}.',
  'account.erase.submit': 'Supprimer définitivement',
  'account.erase.doneTitle': 'Compte supprimé',
  'account.erase.doneText': 'Votre compte a été supprimé. Merci d’avoir été des nôtres.',

  'security.title': 'Sécurité',
  'security.password.title': 'Mot de passe',
  'security.password.submit': 'Changer le mot de passe',
  'security.password.done': 'Mot de passe changé. Vos autres appareils ont été déconnectés.',
  'security.email.title': 'Adresse e-mail',
  'security.email.lead': 'Adresse actuelle : {email}.',
  'security.email.new': 'Nouvelle adresse e-mail',
  'security.email.submit': 'Changer d’adresse',
  'security.email.sent':
    'Un lien de confirmation a été envoyé à {email}. La nouvelle adresse s’appliquera une fois confirmée.',
  'security.mfa.title': 'Vérification en deux étapes',
  'security.mfa.lead':
    'Un code de votre téléphone en plus du mot de passe : même si celui-ci fuit, votre compte reste à vous.',
  'security.mfa.on': 'Activée',
  'security.mfa.off': 'Désactivée',
  'security.mfa.enable': 'Activer la vérification en deux étapes',
  'security.mfa.enabledNotice': 'La vérification en deux étapes est activée.',
  'security.mfa.newCodes': 'Nouveaux codes de secours',
  'security.mfa.newCodesText':
    'Les anciens codes cesseront de fonctionner. Confirmez avec votre mot de passe et un code.',
  'security.mfa.newCodesSubmit': 'Générer de nouveaux codes',
  'security.mfa.disable': 'Désactiver',
  'security.mfa.disableText':
    'Votre compte ne sera plus protégé que par son mot de passe. Confirmez avec votre mot de passe et un code.',
  'security.mfa.disableSubmit': 'Désactiver la vérification',
  'security.mfa.disabledNotice': 'La vérification en deux étapes est désactivée.',
  'security.sessions.title': 'Appareils connectés',
  'security.sessions.lead':
    'Un appareil que vous ne reconnaissez pas ? Déconnectez-le et changez votre mot de passe.',
  'security.sessions.current': 'Cet appareil',
  'security.sessions.unknownDevice': 'Appareil inconnu',
  'security.sessions.lastSeen': 'Dernière activité : {date}',
  'security.sessions.revoke': 'Déconnecter',
  'security.sessions.revokeOne': 'Déconnecter {device}',
  'security.sessions.revoked': 'L’appareil a été déconnecté.',
  'security.sessions.revokeOthers': 'Déconnecter tous les autres appareils',
  'security.sessions.othersRevoked': 'Tous les autres appareils ont été déconnectés.',

  'app.loading': 'Chargement…',
  'app.error.title': 'Un incident en coulisses',
  'app.error.text': 'Cette page n’a pas pu s’afficher. Vérifiez votre connexion puis réessayez.',
  'app.error.reload': 'Recharger la page',
} as const;

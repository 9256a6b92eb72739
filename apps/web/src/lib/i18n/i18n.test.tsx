import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test-api';
import { renderApp, VENUE, venueSettled } from '../../test-utils';
import { translate } from './catalogue';
import { en } from './messages-en';
import { fr } from './messages-fr';

/** The home page's data: the evenings' days are named by Intl in the page's language. */
function stubHome() {
  stubApi({
    'GET /api/venue': { body: VENUE },
    'GET /api/shows': { body: [] },
    'GET /api/evenings': {
      body: [{ weekdays: [4, 5, 6, 7], curtain: '21:00', doors: '19:00', dinner: '19:00' }],
    },
  });
}

describe('i18n', () => {
  it('speaks French by default', async () => {
    stubHome();
    renderApp();
    await venueSettled();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe(fr['meta.home']);
    expect(screen.getByRole('heading', { level: 2, name: 'À l’affiche' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    // Days named by Intl in French.
    expect(await screen.findByText('Du jeudi au dimanche')).toBeTruthy();
  });

  it('switches to English: texts, <html lang>, title, and remembers the choice', async () => {
    stubHome();
    const first = renderApp();
    await venueSettled();
    await screen.findByText('Du jeudi au dimanche');
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'Français' }).getAttribute('lang')).toBe('fr');

    fireEvent.click(english);

    expect(screen.getByRole('heading', { level: 2, name: 'On stage' })).toBeTruthy();
    expect(screen.queryByText('À l’affiche')).toBeNull();
    expect(screen.getByText('Thursday to Sunday')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(en['meta.home']);

    // A new visit starts in English.
    first.unmount();
    document.documentElement.lang = '';
    renderApp();
    await venueSettled();
    expect(screen.getByRole('heading', { level: 2, name: 'On stage' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a stored value that is not a language it speaks', async () => {
    window.localStorage.setItem('ladiva.locale', 'de');
    renderApp();
    await venueSettled();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate(fr, 'footer.rights', { year: 2027 })).toBe(
      '© 2027 La Diva Cabaret. Tous droits réservés.',
    );
    expect(translate(en, 'info.evenings.days', { from: 'Thursday' })).toBe('Thursday to {to}');
  });

  it('has an English message for every French one, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const message of Object.values(en)) expect(message.trim()).not.toBe('');
  });
});

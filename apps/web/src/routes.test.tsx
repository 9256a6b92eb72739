import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, renderApp, signInAs } from './test-utils';

describe('routes', () => {
  it('serves the staff home under /admin (and for an address it does not know)', async () => {
    signInAs(ADMIN);
    renderApp('/admin/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Espace équipe' })).toBeTruthy();
    // The title is set by an effect once the lazy page has rendered.
    await waitFor(() => expect(document.title).toBe('Espace équipe — La Diva Cabaret'));
  });

  it('shows a designed 404 for an unknown address', async () => {
    renderApp('/nulle-part');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Le rideau est tombé sur cette page' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour à l’accueil' }).getAttribute('href')).toBe('/');
    await waitFor(() => expect(document.title).toBe('Page introuvable — La Diva Cabaret'));
  });
});

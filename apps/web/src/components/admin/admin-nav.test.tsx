import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../test-api';
import { ADMIN, renderApp, signInAs } from '../../test-utils';

/** The navigation's links, by name, with where they lead. */
async function navLinks(): Promise<Record<string, string | null>> {
  const nav = within(await screen.findByRole('navigation', { name: /Espace équipe|Staff area/ }));
  return Object.fromEntries(
    nav.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]),
  );
}

describe('The staff navigation’s words', () => {
  beforeEach(() => signInAs(ADMIN));

  it('names tonight’s room and the layout editor apart, in French and in English', async () => {
    stubApi({});
    renderApp('/admin');
    await screen.findByRole('heading', { level: 1, name: 'Espace équipe' });
    const french = await navLinks();
    expect(french['Ce soir en salle']).toBe('/admin/room');
    expect(french['Tables et zones']).toBe('/admin/layout');
    // No area is named with a word of another's (« Salle » beside « Plan de salle »).
    const names = Object.keys(french);
    for (const name of ['Ce soir en salle', 'Tables et zones']) {
      expect(names.filter((other) => other !== name && other.includes(name))).toEqual([]);
    }
    expect(names.some((name) => /plan de salle/i.test(name))).toBe(false);
    // The staff home's cards say the same, with what each is for.
    const home = within(screen.getByRole('main'));
    expect(home.getByRole('link', { name: /^Ce soir en salle/ }).textContent).toContain(
      'Qui est assis où ce soir',
    );
    expect(home.getByRole('link', { name: /^Tables et zones/ }).textContent).toContain(
      'Le plan permanent de la salle',
    );

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Staff area' });
    const english = await navLinks();
    expect(english['Tonight’s room']).toBe('/admin/room');
    expect(english['Tables and zones']).toBe('/admin/layout');
    expect(Object.keys(english).some((name) => /floor plan/i.test(name))).toBe(false);
  });
});

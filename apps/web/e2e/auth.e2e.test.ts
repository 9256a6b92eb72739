// Identity journeys in a real Chromium against the real server (fresh data folder, no SMTP: the
// emails land in the local mailbox). A guest on a phone, in French: sign up, confirm the email,
// sign in, set up 2FA, sign out, sign in again with a code. And the staff area's door: the admin
// from ADMIN_EMAIL/ADMIN_PASSWORD must set up 2FA before seeing anything.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  enrolTotp,
  linkTokenFromMailbox,
  nextTotpCode,
  seriousViolations,
  signIn,
  signInAsStaff,
} from './auth-helpers.ts';
import { DESKTOP, PHONE } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_ENV, ADMIN_PASSWORD, e2eWorld } from './world.ts';

const world = e2eWorld('ladiva-e2e-auth-', ADMIN_ENV);

const open = (viewport = PHONE) =>
  world.open({ viewport, locale: 'fr-FR', serviceWorkers: 'allow' });

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

describe('a guest’s account', () => {
  it('signs up, confirms the email, sets up 2FA and signs in again with a code', async () => {
    const { page, problems } = await open(PHONE);
    const violations: string[] = [];
    const email = `camille.${Date.now()}@example.com`;
    const password = 'Plumes-et-strass-2026';

    await page.goto(`${world.server.url}/sign-up`);
    await heading(page, 'Créer un compte');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    violations.push(...(await seriousViolations(page)));
    await page.getByLabel('Votre nom').fill('Camille');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('checkbox', { name: /conditions générales/ }).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await heading(page, 'Consultez votre boîte mail');
    violations.push(...(await seriousViolations(page)));

    const token = await linkTokenFromMailbox(world.dataDir, email, '/verify-email');
    await page.goto(`${world.server.url}/verify-email#token=${token}`);
    await heading(page, 'Adresse confirmée');
    // The token left the address bar (and the history) at once.
    expect(new URL(page.url()).hash).toBe('');
    violations.push(...(await seriousViolations(page)));

    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await heading(page, 'Connexion');
    violations.push(...(await seriousViolations(page)));
    await signIn(page, email, password);
    await heading(page, 'Mon compte');
    violations.push(...(await seriousViolations(page)));

    await page.getByRole('link', { name: 'Sécurité' }).click();
    await heading(page, 'Sécurité');
    violations.push(...(await seriousViolations(page)));
    const section = page.getByRole('region', { name: 'Vérification en deux étapes' });
    await section.getByRole('button', { name: 'Activer la vérification en deux étapes' }).click();
    const { secret, step } = await enrolTotp(section, password, { page, found: violations });
    await section.getByText('Activée', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).first().waitFor();
    await page.getByRole('link', { name: 'Se connecter' }).first().click();
    await heading(page, 'Connexion');
    await signIn(page, email, password);
    await heading(page, 'Vérification en deux étapes');
    violations.push(...(await seriousViolations(page)));
    // The enrolment's code was spent: the authenticator's next one.
    await page.getByLabel('Code à 6 chiffres').fill(await nextTotpCode(secret, step));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await heading(page, 'Mon compte');

    expect(violations).toEqual([]);
    expect(problems.filter((problem) => !problem.includes('status of 4'))).toEqual([]);
  }, 120_000);

  it('words a wrong password from the catalogue, never the server’s text', async () => {
    const { page } = await open(PHONE);
    await page.goto(`${world.server.url}/sign-in`);
    await heading(page, 'Connexion');
    await signIn(page, 'personne@example.com', 'pas-le-bon-mot-de-passe');
    await page.getByRole('alert').getByText('E-mail ou mot de passe incorrect.').waitFor();
  });
});

describe('the staff area’s door', () => {
  it('has the admin sign in at the staff door, then set up 2FA, before the staff home', async () => {
    const { page, problems } = await open(DESKTOP);
    const violations: string[] = [];
    await page.goto(`${world.server.url}/admin/messages/mailbox`);
    // The staff area's own sign-in, at the address asked for: no guest wording, no sign-up.
    await heading(page, 'Connexion à l’espace équipe');
    expect(new URL(page.url()).pathname).toBe('/admin/messages/mailbox');
    expect(await page.getByRole('link', { name: 'Créer un compte' }).count()).toBe(0);
    violations.push(...(await seriousViolations(page)));

    await signInAsStaff(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await heading(page, 'Sécurisez votre accès');
    violations.push(...(await seriousViolations(page)));
    // The password just typed is not asked again to start the set-up (ADR 0029).
    await enrolTotp(page.getByRole('main'), null, { page, found: violations });

    await heading(page, 'Boîte locale');
    await page.getByRole('navigation', { name: 'Espace équipe' }).getByText('Membres').click();
    await heading(page, 'Membres de l’équipe');
    await page.getByText(ADMIN_EMAIL).first().waitFor();
    violations.push(...(await seriousViolations(page)));

    // Reloaded with no network (the service worker serves the app): "offline" with a retry, not
    // the sign-in; back online, the page again.
    await controlledByServiceWorker(page);
    await heading(page, 'Membres de l’équipe');
    await world.context!.setOffline(true);
    await page.reload();
    await heading(page, 'Hors ligne');
    expect(await page.getByRole('heading', { name: 'Connexion à l’espace équipe' }).count()).toBe(
      0,
    );
    violations.push(...(await seriousViolations(page)));
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await heading(page, 'Hors ligne');
    // The network comes back: the page tries again on its own.
    await world.context!.setOffline(false);
    await heading(page, 'Membres de l’équipe');

    expect(violations).toEqual([]);
    // Offline, the failed requests are expected; an error of the page is not.
    expect(
      problems.filter(
        (problem) => !problem.includes('status of 4') && !/ERR_INTERNET_DISCONNECTED/.test(problem),
      ),
    ).toEqual([]);
  }, 120_000);
});

/** Waits until the service worker is active, then reloads so that it controls the page. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
  });
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

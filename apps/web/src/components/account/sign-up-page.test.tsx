import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../test-api';
import { renderApp } from '../../test-utils';

async function openSignUp() {
  renderApp('/sign-up');
  await screen.findByRole('heading', { level: 1, name: 'Créer un compte' });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));

describe('Sign-up', () => {
  it('checks the form before sending: email, password length, terms', async () => {
    const api = stubApi({});
    await openSignUp();
    const password = screen.getByLabelText('Mot de passe');
    fireEvent.change(password, { target: { value: 'court' } });
    submit();

    const email = screen.getByLabelText('Adresse e-mail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
    expect(screen.getByText(/Saisissez une adresse e-mail valide/)).toBeTruthy();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Au moins 8 caractères, s’il vous plaît.')).toBeTruthy();
    expect(screen.getByText('Acceptez les conditions pour créer votre compte.')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  it('shows the password hints live', async () => {
    stubApi({});
    await openSignUp();
    const hint = screen.getByText('Au moins 8 caractères').closest('li')!;
    expect(hint.textContent).not.toContain('c’est bon');
    fireEvent.change(screen.getByLabelText('Mot de passe'), {
      target: { value: 'plumes-et-strass' },
    });
    expect(hint.textContent).toContain('c’est bon');
    expect(screen.getByText(/Ni un mot de passe courant/)).toBeTruthy();
  });

  it('says why the server refused the password, on the password field', async () => {
    stubApi({ 'POST /api/auth/sign-up': apiError(400, 'WEAK_PASSWORD', { reason: 'common' }) });
    await openSignUp();
    fireEvent.change(screen.getByLabelText('Adresse e-mail'), {
      target: { value: 'camille@example.com' },
    });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'motdepasse' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /conditions générales/ }));
    submit();
    const message = await screen.findByText(
      'Ce mot de passe est trop courant : choisissez-en un plus personnel.',
    );
    const password = screen.getByLabelText('Mot de passe');
    expect(password.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(password));
  });

  it('sends the account, then says to check the inbox', async () => {
    const api = stubApi({
      'POST /api/auth/sign-up': { status: 202, body: { status: 'accepted' } },
    });
    await openSignUp();
    fireEvent.change(screen.getByLabelText('Votre nom'), { target: { value: ' Camille ' } });
    fireEvent.change(screen.getByLabelText('Adresse e-mail'), {
      target: { value: 'camille@example.com' },
    });
    fireEvent.change(screen.getByLabelText('Mot de passe'), {
      target: { value: 'plumes-et-strass' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /conditions générales/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /nouvelles revues/ }));
    submit();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Consultez votre boîte mail' }),
    ).toBeTruthy();
    expect(screen.getByText(/camille@example.com/)).toBeTruthy();
    expect(api.calls[0]?.body).toEqual({
      email: 'camille@example.com',
      password: 'plumes-et-strass',
      displayName: 'Camille',
      locale: 'fr',
      acceptTerms: true,
      marketingEmail: true,
    });
  });
});

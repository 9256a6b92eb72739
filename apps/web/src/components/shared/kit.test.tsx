// The UI kit's promises to assistive technology: every field is named by its label and tied to its
// hint and error, dialogs give focus back, tabs move with the arrows, and the staff's density is
// a look only (same roles, same names).
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api/api-request';
import { Button } from './button';
import { Checkbox, Radio } from './checkbox';
import { ConfirmDialog } from './dialog';
import { SelectField, TextAreaField, TextField } from './field';
import { Fieldset } from './fieldset';
import { I18nProvider } from './i18n-provider';
import { LoadFailed } from './load-failed';
import { Tabs } from './tabs';

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

describe('the UI kit', () => {
  it('names each control by its label and reads its hint and error with it', () => {
    render(
      <form>
        <TextField label="Nom" hint="Comme sur la réservation" error="Le nom manque" />
        <SelectField label="Langue" hint="Pour les e-mails">
          <option>Français</option>
        </SelectField>
        <TextAreaField label="Notes" />
        <Checkbox label="J’accepte" checked={false} onChange={() => undefined} error="Requis" />
      </form>,
    );
    const name = screen.getByRole('textbox', { name: 'Nom' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(name)).toEqual(['Comme sur la réservation', 'Le nom manque']);
    const language = screen.getByRole('combobox', { name: 'Langue' });
    expect(language.getAttribute('aria-invalid')).toBeNull();
    expect(describedBy(language)).toEqual(['Pour les e-mails']);
    expect(screen.getByRole('textbox', { name: 'Notes' }).getAttribute('aria-describedby')).toBe(
      null,
    );
    const box = screen.getByRole('checkbox', { name: 'J’accepte' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(box)).toEqual(['Requis']);
  });

  it('groups choices under a legend that names the group, with its error', () => {
    function Locale() {
      const [value, setValue] = useState('fr');
      return (
        <Fieldset legend="Langue de l’e-mail" error="Choisissez une langue">
          {['fr', 'en'].map((locale) => (
            <Radio
              key={locale}
              name="locale"
              value={locale}
              label={locale}
              checked={value === locale}
              onChange={() => setValue(locale)}
            />
          ))}
        </Fieldset>
      );
    }
    render(<Locale />);
    const group = screen.getByRole('group', { name: 'Langue de l’e-mail' });
    expect(describedBy(group)).toEqual(['Choisissez une langue']);
    fireEvent.click(within(group).getByRole('radio', { name: 'en' }));
    expect((within(group).getByRole('radio', { name: 'en' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('asks before acting, starts on the safe button, and gives focus back when closed', () => {
    const onConfirm = vi.fn();
    function Cancel() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <Button variant="danger" onClick={() => setOpen(true)}>
            Annuler la réservation
          </Button>
          <ConfirmDialog
            open={open}
            title="Annuler cette réservation ?"
            description="Vos places seront remises en vente."
            confirmLabel="Oui, annuler"
            keepLabel="Non, la garder"
            error={null}
            onConfirm={onConfirm}
            onClose={() => setOpen(false)}
          />
        </>
      );
    }
    render(<Cancel />);
    const opener = screen.getByRole('button', { name: 'Annuler la réservation' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Annuler cette réservation ?' });
    expect(describedBy(dialog)).toEqual(['Vos places seront remises en vente.']);
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Non, la garder' }),
    );
    fireEvent(dialog, new Event('cancel', { cancelable: true })); // Escape
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('moves between tabs with the arrows, Home and End', () => {
    render(
      <Tabs
        label="Aperçu"
        tabs={[
          { id: 'html', label: 'HTML', panel: <p>Le message</p> },
          { id: 'text', label: 'Texte', panel: <p>Le texte</p> },
          { id: 'sms', label: 'SMS', panel: <p>Le SMS</p> },
        ]}
      />,
    );
    const html = screen.getByRole('tab', { name: 'HTML' });
    html.focus();
    fireEvent.keyDown(html, { key: 'ArrowRight' });
    const text = screen.getByRole('tab', { name: 'Texte' });
    expect(text.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(text);
    expect(screen.getByRole('tabpanel', { name: 'Texte' }).textContent).toBe('Le texte');
    fireEvent.keyDown(text, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'SMS' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(html);
  });

  it('gives the staff the same controls, denser: only the looks change', () => {
    render(
      <div data-density="compact">
        <Button type="submit" variant="primary">
          Enregistrer
        </Button>
        <TextField label="Recherche" />
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Enregistrer' });
    expect(button.getAttribute('type')).toBe('submit');
    expect(button.className).toContain('compact:min-h-10');
    expect(screen.getByRole('textbox', { name: 'Recherche' })).toBeTruthy();
  });

  it('says why a read failed, in words, and offers to try again', () => {
    const retry = vi.fn();
    const { rerender } = render(
      <I18nProvider>
        <LoadFailed error={new TypeError('Failed to fetch')} onRetry={retry} />
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).not.toContain('Failed to fetch');
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(retry).toHaveBeenCalledOnce();
    rerender(
      <I18nProvider>
        <LoadFailed
          error={new ApiError(404, 'NOT_FOUND', 'server text', 'req-1', {})}
          onRetry={retry}
          message="Ce spectacle n’existe pas."
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Ce spectacle n’existe pas.');
  });
});

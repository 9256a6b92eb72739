// Invite a staff member: an email with a link to choose a password, then set up 2FA.
import { STAFF_ROLES, type StaffRole } from '@ladiva/contract/auth-vocabulary';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { useInviteStaff } from '../api/use-staff-members';
import { errorText } from '../ui/error-text';
import { EmailField, SelectField, TextField } from '../../shared/field';
import { eyebrowClass } from '../../shared/heading-class';
import { StatusMessage } from '../../shared/alert';
import { Button } from '../../shared/button';
import { Checkbox } from '../../shared/checkbox';
import { Fieldset } from '../../shared/fieldset';
import { panelClass } from '../../shared/panel-class';
import { looksLikeEmail } from '../../../lib/validation';

export function InviteForm() {
  const { t, locale } = useStaffT();
  const id = useId();
  const invite = useInviteStaff();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [language, setLanguage] = useState<'fr' | 'en'>(locale);
  const [errors, setErrors] = useState<{ email?: string; roles?: string }>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const firstRole = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    const found = {
      ...(looksLikeEmail(email) ? {} : { email: t('admin.test.invalid') }),
      ...(roles.length > 0 ? {} : { roles: t('admin.staff.rolesRequired') }),
    };
    setErrors(found);
    if (found.email) return emailInput.current?.focus();
    if (found.roles) return firstRole.current?.focus();
    const name = displayName.trim();
    const outcome = await invite.run({
      email: email.trim(),
      roles,
      locale: language,
      ...(name ? { displayName: name } : {}),
    });
    if (outcome.ok) {
      setResult({ ok: true, text: t('admin.staff.invited', { email: email.trim() }) });
      setEmail('');
      setDisplayName('');
      setRoles([]);
    } else {
      setResult({ ok: false, text: errorText(t, outcome.error) });
    }
  }

  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`${panelClass({ padded: false })} p-4 sm:p-5`}
    >
      <h2 id={`${id}-title`} className={eyebrowClass}>
        {t('admin.staff.inviteTitle')}
      </h2>
      <form noValidate onSubmit={submit} className="mt-3 grid gap-4 sm:grid-cols-2">
        <EmailField
          ref={emailInput}
          label={t('auth.email')}
          autoComplete="off"
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('admin.staff.memberName')}
          autoComplete="off"
          maxLength={120}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <Fieldset legend={t('admin.staff.roles')} error={errors.roles} className="sm:col-span-2">
          <div className="flex flex-wrap gap-x-5 gap-y-1">
            {STAFF_ROLES.map((role, index) => (
              <Checkbox
                key={role}
                ref={index === 0 ? firstRole : undefined}
                label={t(`admin.role.${role}`)}
                checked={roles.includes(role)}
                onChange={(checked) =>
                  setRoles((current) =>
                    checked ? [...current, role] : current.filter((item) => item !== role),
                  )
                }
              />
            ))}
          </div>
        </Fieldset>
        <SelectField
          label={t('admin.staff.language')}
          value={language}
          onChange={(event) => setLanguage(event.target.value as 'fr' | 'en')}
        >
          <option value="fr">{t('admin.locale.fr')}</option>
          <option value="en">{t('admin.locale.en')}</option>
        </SelectField>
        <div className="flex items-end">
          <Button type="submit" variant="primary" disabled={invite.pending} className="w-full">
            {invite.pending ? t('admin.test.sending') : t('admin.staff.invite')}
          </Button>
        </div>
        <StatusMessage result={result} className="sm:col-span-2" />
      </form>
    </section>
  );
}

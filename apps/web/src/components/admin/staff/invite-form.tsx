// Invite a staff member: an email with a link to choose a password, then set up 2FA.
import { STAFF_ROLES, type StaffRole } from '@ladiva/contract/auth-vocabulary';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { useInviteStaff } from '../api/use-staff-members';
import { buttonPrimary, eyebrow, field, label, panel } from '../ui/classes';
import { errorText } from '../ui/error-text';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteForm() {
  const { t, locale } = useT();
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
      ...(EMAIL.test(email.trim()) ? {} : { email: t('admin.test.invalid') }),
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
    <section aria-labelledby={`${id}-title`} className={`${panel} p-4 sm:p-5`}>
      <h2 id={`${id}-title`} className={eyebrow}>
        {t('admin.staff.inviteTitle')}
      </h2>
      <form noValidate onSubmit={submit} className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-email`} className={label}>
            {t('auth.email')}
          </label>
          <input
            ref={emailInput}
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? `${id}-email-error` : undefined}
            className={field}
          />
          {errors.email && (
            <p id={`${id}-email-error`} className="mt-1 text-xs text-rose-200">
              {errors.email}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-name`} className={label}>
            {t('admin.staff.memberName')}
          </label>
          <input
            id={`${id}-name`}
            autoComplete="off"
            maxLength={120}
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            className={field}
          />
        </div>
        <fieldset
          className="sm:col-span-2"
          aria-describedby={errors.roles ? `${id}-roles-error` : undefined}
        >
          <legend className={label}>{t('admin.staff.roles')}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1">
            {STAFF_ROLES.map((role, index) => (
              <label key={role} className="flex min-h-10 items-center gap-2 text-sm text-cream">
                <input
                  ref={index === 0 ? firstRole : undefined}
                  type="checkbox"
                  checked={roles.includes(role)}
                  onChange={(event) =>
                    setRoles((current) =>
                      event.target.checked
                        ? [...current, role]
                        : current.filter((item) => item !== role),
                    )
                  }
                  className="size-4 accent-gold"
                />
                {t(`admin.role.${role}`)}
              </label>
            ))}
          </div>
          {errors.roles && (
            <p id={`${id}-roles-error`} className="mt-1 text-xs text-rose-200">
              {errors.roles}
            </p>
          )}
        </fieldset>
        <div>
          <label htmlFor={`${id}-locale`} className={label}>
            {t('admin.staff.language')}
          </label>
          <select
            id={`${id}-locale`}
            value={language}
            onChange={(event) => setLanguage(event.target.value as 'fr' | 'en')}
            className={field}
          >
            <option value="fr">{t('admin.locale.fr')}</option>
            <option value="en">{t('admin.locale.en')}</option>
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" disabled={invite.pending} className={`${buttonPrimary} w-full`}>
            {invite.pending ? t('admin.test.sending') : t('admin.staff.invite')}
          </button>
        </div>
        <p
          role="status"
          className={`text-sm sm:col-span-2 ${result?.ok ? 'text-emerald-200' : 'text-rose-200'}`}
        >
          {result?.text}
        </p>
      </form>
    </section>
  );
}

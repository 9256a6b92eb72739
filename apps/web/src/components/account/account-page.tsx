// /account: the guest's profile, what they agreed to receive, their data, and erasure.
import type { Consent } from '@ladiva/contract/auth';
import { useCallback, useState, type FormEvent } from 'react';
import { useT } from '../../hooks/use-t';
import { updateUser, type Session } from '../../lib/auth/session';
import { LOCALES, type Locale } from '../../lib/i18n/locale';
import { AccountLayout, AccountSection } from './account-layout';
import { listConsents, setConsent, updateAccount } from './api/account-api';
import { useLoad } from '../../hooks/use-load';
import { GuestPage } from '../shared/guest-page';
import { EraseAccount } from './erase-account';
import { ExportData } from './export-data';
import { MyBookings } from './my-bookings';
import { Checkbox } from '../shared/checkbox';
import { errorMessage } from '../../lib/api/error-message';
import { RequireSession } from './ui/require-session';
import { SelectField, TextField } from '../shared/field';
import { Alert } from '../shared/alert';
import { TextLink } from '../shared/text-link';
import { Button, ButtonLink } from '../shared/button';
import { LoadFailedText } from '../shared/load-failed';

export default function AccountPage() {
  const { t } = useT();
  const [erased, setErased] = useState(false);
  if (erased) return <ErasedNotice />;
  return (
    <RequireSession>
      {(session) => (
        <AccountLayout session={session} title={t('account.title')}>
          <MyBookings />
          <Profile session={session} />
          <Consents />
          <AccountSection
            id="data-title"
            title={t('account.data.title')}
            lead={t('account.data.lead')}
          >
            <ExportData />
          </AccountSection>
          <EraseAccount session={session} onErased={() => setErased(true)} />
        </AccountLayout>
      )}
    </RequireSession>
  );
}

function Profile({ session }: { session: Session }) {
  const { t, setLocale } = useT();
  const { user } = session;
  const [displayName, setDisplayName] = useState(user.displayName ?? '');
  const [language, setLanguage] = useState<Locale>(user.locale);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    setPending(true);
    try {
      const name = displayName.trim();
      updateUser(await updateAccount({ displayName: name || null, locale: language }));
      setLocale(language);
      setSaved(true);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <AccountSection id="profile-title" title={t('account.profile.title')}>
      <form noValidate onSubmit={submit} className="space-y-5">
        <TextField
          label={t('auth.displayName')}
          autoComplete="name"
          maxLength={120}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <SelectField
          label={t('account.profile.language')}
          hint={t('account.profile.languageHint')}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Locale)}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {locale === 'fr' ? 'Français' : 'English'}
            </option>
          ))}
        </SelectField>
        <div className="text-sm">
          <p className="font-medium text-cream">{t('auth.email')}</p>
          <p className="mt-1 break-words text-mist">
            {user.email} ·{' '}
            <TextLink to="/account/security#email">{t('account.profile.changeEmail')}</TextLink>
          </p>
        </div>
        <Alert tone="error">{error}</Alert>
        {!error && <Alert tone="success">{saved ? t('account.saved') : null}</Alert>}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t('auth.pending') : t('account.save')}
        </Button>
      </form>
    </AccountSection>
  );
}

type MarketingKind = 'marketing_email' | 'marketing_sms';
const MARKETING: readonly MarketingKind[] = ['marketing_email', 'marketing_sms'];

/** Each choice is saved as soon as it is ticked or unticked (a consent record per change). */
function Consents() {
  const { t } = useT();
  const fetcher = useCallback((signal: AbortSignal) => listConsents(signal), []);
  const consents = useLoad(fetcher);
  const [overrides, setOverrides] = useState<Partial<Record<MarketingKind, boolean>>>({});
  const [busy, setBusy] = useState<MarketingKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const granted = (kind: MarketingKind): boolean =>
    overrides[kind] ?? latest(consents.data?.items ?? [], kind)?.granted ?? false;

  async function toggle(kind: MarketingKind, value: boolean) {
    setError(null);
    setSaved(false);
    setBusy(kind);
    try {
      const consent = await setConsent(kind, value);
      setOverrides((previous) => ({ ...previous, [kind]: consent.granted }));
      setSaved(true);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <AccountSection
      id="consents-title"
      title={t('account.consents.title')}
      lead={t('account.consents.lead')}
    >
      <div aria-busy={consents.loading} className="space-y-2">
        {MARKETING.map((kind) => (
          <Checkbox
            key={kind}
            checked={granted(kind)}
            disabled={consents.loading || busy !== null}
            onChange={(value) => void toggle(kind, value)}
            label={t(`account.consents.${kind}`)}
          />
        ))}
      </div>
      {error || consents.error ? (
        <Alert tone="error" className="mt-4">
          {error ?? <LoadFailedText error={consents.error} onRetry={consents.reload} />}
        </Alert>
      ) : (
        <Alert tone="success" className="mt-4">
          {saved ? t('account.saved') : null}
        </Alert>
      )}
    </AccountSection>
  );
}

function latest(items: readonly Consent[], kind: MarketingKind): Consent | undefined {
  return items
    .filter((item) => item.kind === kind)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
}

function ErasedNotice() {
  const { t } = useT();
  return (
    <GuestPage width="card" title={t('account.erase.doneTitle')} lead={t('account.erase.doneText')}>
      <ButtonLink variant="primary" to="/" className="w-full">
        {t('notFound.back')}
      </ButtonLink>
    </GuestPage>
  );
}

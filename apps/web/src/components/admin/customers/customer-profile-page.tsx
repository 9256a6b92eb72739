// /admin/customers/:id: a customer's profile — contact, counts (no-shows), consents, bookings —
// with the team's notes and tags, and the GDPR export and erasure.
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { useCustomer, type CustomerProfile } from './api/use-customer';
import { CustomerEdit } from './customer-edit';
import { CustomerGdpr } from './customer-gdpr';
import { useCustomersT } from './messages';
import { panelClass } from '../../shared/panel-class';
import { eyebrowClass } from '../../shared/heading-class';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className={`${panelClass({ padded: false })} p-4`}>
      <h2 className={`${eyebrowClass} mb-3`}>{title}</h2>
      {children}
    </section>
  );
}

export function CustomerProfilePage() {
  const { id } = useParams();
  const { at } = useCustomersT();
  const customer = useCustomer(id);
  return (
    <div className="space-y-4">
      <Link
        to=".."
        relative="path"
        className="text-sm text-gold-bright underline-offset-4 hover:underline"
      >
        ← {at('profile.back')}
      </Link>
      {customer.error?.code === 'NOT_FOUND' ? (
        <EmptyState>{at('profile.notFound')}</EmptyState>
      ) : customer.error ? (
        <QueryError error={customer.error} onRetry={customer.reload} />
      ) : customer.data ? (
        <Profile customer={customer.data} />
      ) : (
        <Loading lines={8} />
      )}
    </div>
  );
}

function Profile({ customer }: { customer: CustomerProfile }) {
  const { at, when, num, money, locale } = useCustomersT();
  const stats: [string, string, boolean?][] = [
    [at('profile.bookingCount'), num(customer.bookingCount)],
    [at('profile.noShowCount'), num(customer.noShowCount), customer.noShowCount > 0],
    [at('profile.cancelledCount'), num(customer.cancelledCount)],
    [
      at('profile.lastVisit'),
      customer.lastPerformanceAt
        ? when(customer.lastPerformanceAt, { dateStyle: 'medium' })
        : at('profile.never'),
    ],
  ];
  return (
    <>
      <PageHeader
        eyebrow={at('eyebrow')}
        title={customer.name ?? customer.email}
        actions={
          customer.tags.includes('vip') ? (
            <span className="rounded-full bg-gold/20 px-3 py-1 text-sm font-semibold text-gold-bright">
              VIP
            </span>
          ) : undefined
        }
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <Section title={at('profile.stats')}>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {stats.map(([term, value, warn]) => (
                <div key={term} className="rounded bg-white/[0.04] px-3 py-2">
                  <dt className="text-xs text-mist">{term}</dt>
                  <dd className={`text-lg tabular-nums ${warn ? 'text-orange-300' : 'text-cream'}`}>
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
          </Section>
          <Section title={at('profile.history', { count: customer.bookings.length })}>
            {customer.bookings.length === 0 ? (
              <p className="text-sm text-mist">{at('profile.noBookings')}</p>
            ) : (
              <ul className="divide-y divide-white/5">
                {customer.bookings.map((booking) => (
                  <li
                    key={booking.id}
                    className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 text-sm"
                  >
                    <span className="min-w-0">
                      <Link
                        to={`/admin/bookings/${booking.id}`}
                        className="font-mono text-gold-bright underline-offset-4 hover:underline"
                      >
                        {booking.reference}
                      </Link>
                      <span className="ml-2 text-cream">
                        {when(booking.performance.startsAt, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        })}
                      </span>
                      <span className="block truncate text-xs text-mist">
                        {locale === 'fr'
                          ? booking.performance.showTitleFr
                          : booking.performance.showTitleEn}
                      </span>
                    </span>
                    <span className="flex items-baseline gap-3 text-xs tabular-nums">
                      <span className="text-cream">{num(booking.partySize)} ×</span>
                      <span className="text-cream">{money(booking.totalCents)}</span>
                      <span
                        className={booking.status === 'no_show' ? 'text-orange-300' : 'text-mist'}
                      >
                        {at(`status.${booking.status}`)}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <div className="space-y-4">
          <Section title={at('profile.contact')}>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-xs text-mist">{at('profile.email')}</dt>
                <dd className="break-all text-cream">{customer.email}</dd>
              </div>
              <div>
                <dt className="text-xs text-mist">{at('profile.phone')}</dt>
                <dd className="text-cream">{customer.phone ?? '—'}</dd>
              </div>
              <div>
                <dt className="text-xs text-mist">{at('profile.account')}</dt>
                <dd className="text-cream">
                  {customer.hasAccount ? at('profile.accountYes') : at('profile.accountNo')}
                </dd>
              </div>
            </dl>
          </Section>
          <Section title={at('profile.consents')}>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-xs text-mist">{at('profile.marketing')}</dt>
                <dd className="text-cream">
                  {customer.marketingEmail ? at('profile.yes') : at('profile.no')}
                </dd>
              </div>
              {customer.consents.map((consent) => (
                <div key={consent.kind}>
                  <dt className="text-xs text-mist">{consentLabel(consent.kind, at)}</dt>
                  <dd className={consent.granted ? 'text-emerald-200' : 'text-cream'}>
                    {at(consent.granted ? 'profile.consentGranted' : 'profile.consentRefused', {
                      date: when(consent.at, { dateStyle: 'medium' }),
                      version: consent.wordingVersion,
                    })}
                  </dd>
                </div>
              ))}
            </dl>
            {customer.consents.length === 0 && (
              <p className="mt-2 text-xs text-mist">{at('profile.noConsents')}</p>
            )}
          </Section>
          <Section title={at('edit.title')}>
            <CustomerEdit key={`${customer.tags.join()}|${customer.notes}`} customer={customer} />
          </Section>
          <Section title={at('gdpr.title')}>
            <CustomerGdpr customer={customer} />
          </Section>
        </div>
      </div>
    </>
  );
}

const KINDS = ['marketing_email', 'marketing_sms', 'terms'] as const;

function consentLabel(kind: string, at: ReturnType<typeof useCustomersT>['at']) {
  const known = KINDS.find((k) => k === kind);
  return known ? at(`consent.kind.${known}`) : kind;
}

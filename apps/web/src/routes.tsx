import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from './components/booking/home-page';
import { ErrorBoundary } from './components/shared/error-boundary';
import { RouteFallback } from './components/shared/route-fallback';
import { ScrollOnNavigate } from './components/shared/scroll-on-navigate';

// The home page is in the entry chunk: it is where guests land, and a lazy one would cost a
// second round trip before the first paint. Everything else is its own chunk; the staff app
// above all, so that a guest never downloads it.
const AdminApp = lazy(() => import('./components/admin/admin-app'));
const NotFoundPage = lazy(() => import('./components/shared/not-found-page'));
// Sign-in, sign-up, the pages opened from emailed links and the account: one chunk each, fetched
// only by those who go there.
const SignInPage = lazy(() => import('./components/account/sign-in-page'));
const SignUpPage = lazy(() => import('./components/account/sign-up-page'));
const VerifyEmailPage = lazy(() => import('./components/account/verify-email-page'));
const ForgotPasswordPage = lazy(() => import('./components/account/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('./components/account/reset-password-page'));
const InvitationPage = lazy(() => import('./components/account/invitation-page'));
const SetupPage = lazy(() => import('./components/account/setup-page'));
const AccountPage = lazy(() => import('./components/account/account-page'));
const SecurityPage = lazy(() => import('./components/account/security-page'));
// The booking journey after the home page: the show, the flow, the booking and its manage link.
const ShowPage = lazy(() => import('./components/booking/show/show-page'));
const BookingFlowPage = lazy(() => import('./components/booking/book/booking-flow-page'));
const BookingPage = lazy(() => import('./components/booking/manage/booking-page'));
const MyBookingPage = lazy(() => import('./components/booking/manage/my-booking-page'));

const LAZY_PAGES: readonly [string, ComponentType][] = [
  ['sign-in', SignInPage],
  ['sign-up', SignUpPage],
  ['verify-email', VerifyEmailPage],
  ['forgot-password', ForgotPasswordPage],
  ['reset-password', ResetPasswordPage],
  ['invitation', InvitationPage],
  ['setup', SetupPage],
  ['account', AccountPage],
  ['account/security', SecurityPage],
  ['shows/:slug', ShowPage],
  ['book/:performanceId', BookingFlowPage],
  ['bookings/:id', BookingPage],
  ['my-booking', MyBookingPage],
  ['admin/*', AdminApp],
];

function Lazy({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<RouteFallback />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <>
      <ScrollOnNavigate />
      <Routes>
        <Route index element={<HomePage />} />
        {LAZY_PAGES.map(([path, Page]) => (
          <Route
            key={path}
            path={path}
            element={
              <Lazy>
                <Page />
              </Lazy>
            }
          />
        ))}
        <Route
          path="*"
          element={
            <Lazy>
              <NotFoundPage />
            </Lazy>
          }
        />
      </Routes>
    </>
  );
}

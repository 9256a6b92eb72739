import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from './components/booking/home-page';
import { ErrorBoundary } from './components/shared/error-boundary';
import { RouteFallback } from './components/shared/route-fallback';

// The home page is in the entry chunk: it is where guests land, and a lazy one would cost a
// second round trip before the first paint. Everything else is its own chunk; the staff app
// above all, so that a guest never downloads it.
const AdminApp = lazy(() => import('./components/admin/admin-app'));
const NotFoundPage = lazy(() => import('./components/shared/not-found-page'));

function Lazy({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<RouteFallback />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<HomePage />} />
      <Route
        path="admin/*"
        element={
          <Lazy>
            <AdminApp />
          </Lazy>
        }
      />
      <Route
        path="*"
        element={
          <Lazy>
            <NotFoundPage />
          </Lazy>
        }
      />
    </Routes>
  );
}

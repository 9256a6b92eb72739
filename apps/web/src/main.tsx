import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from './components/shared/error-boundary';
import { I18nProvider } from './components/shared/i18n-provider';
import { restoreSession } from './lib/auth/session';
import { registerServiceWorker } from './lib/register-service-worker';
import { AppRoutes } from './routes';
import './styles.css';

// A reload keeps the guest signed in: one silent refresh, only when there was a session.
restoreSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <ErrorBoundary>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ErrorBoundary>
    </I18nProvider>
  </StrictMode>,
);

registerServiceWorker();

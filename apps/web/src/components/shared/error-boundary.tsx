import { Component, type ReactNode } from 'react';
import { useT } from '../../hooks/use-t';
import { Button } from './button';

function ErrorScreen() {
  const { t } = useT();
  return (
    <div role="alert" className="flex min-h-svh flex-col items-center justify-center gap-5 p-8">
      <h1 className="font-display text-4xl text-cream">{t('app.error.title')}</h1>
      <p className="max-w-md text-center text-mist">{t('app.error.text')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('app.error.reload')}
      </Button>
    </div>
  );
}

interface State {
  failed: boolean;
}

/**
 * Catches a render error or a lazy chunk that cannot be loaded (offline before the service worker
 * had cached it, or a deploy that removed it) and offers a reload instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ErrorScreen /> : this.props.children;
  }
}

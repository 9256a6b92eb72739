import { useT } from '../../hooks/use-t';
import { FanMark } from './fan-mark';

/** Shown while a lazy page's code arrives: quiet, full height, so nothing jumps afterwards. */
export function RouteFallback() {
  const { t } = useT();
  return (
    <div role="status" className="flex min-h-svh items-center justify-center bg-night">
      <FanMark className="h-10 w-auto animate-glow text-gold motion-reduce:animate-none" />
      <span className="sr-only">{t('app.loading')}</span>
    </div>
  );
}

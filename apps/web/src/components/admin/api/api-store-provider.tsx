import { useState, type ReactNode } from 'react';
import { ApiStore, ApiStoreContext } from './api-store';

/** One cache per mount of the staff app: nothing outlives it (nor leaks between tests). */
export function ApiStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new ApiStore());
  return <ApiStoreContext.Provider value={store}>{children}</ApiStoreContext.Provider>;
}

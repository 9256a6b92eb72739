import { createContext, useContext } from 'react';

/** Shows a short note that an action is done; a no-op outside a <ToastProvider>. */
export type ShowToast = (text: string) => void;

export const ToastContext = createContext<ShowToast>(() => {});

/** The `show(text)` of the nearest <ToastProvider> (toast.tsx). */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}

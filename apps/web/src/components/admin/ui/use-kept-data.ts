import { useState } from 'react';

/**
 * The query's data, or while a new key loads (another page, another period) the last data shown:
 * the page keeps its place instead of flashing a skeleton. Pair it with `aria-busy`.
 */
export function useKeptData<T>(data: T | undefined): T | undefined {
  // Information from earlier renders, kept the way React documents it (no ref read in render).
  const [kept, setKept] = useState(data);
  if (data !== undefined && data !== kept) setKept(data);
  return data ?? kept;
}

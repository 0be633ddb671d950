// The rule library as the manager shows it, read again whenever storage or the policy changes (another tab, the
// worker's refresh of a subscription, an administrator's new policy).
import { useEffect, useState } from 'react';
import { loadLibrary, watchLibrary, type Library } from '../../utils/library';

export function useLibrary(): { library: Library | null; error: string } {
  const [library, setLibrary] = useState<Library | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let alive = true;
    const read = (): void =>
      void loadLibrary().then(
        (lib) => alive && (setLibrary(lib), setError('')),
        (e: unknown) =>
          alive && setError(`The rule sets could not be read: ${e instanceof Error ? e.message : String(e)}`),
      );
    read();
    const unwatch = watchLibrary(read);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return { library, error };
}

import { useSyncExternalStore } from 'react';

/** The import page's location hash (outside the share-link codec, which only knows stories). */
export const IMPORT_HASH = '#/import';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** True while the location hash is the import page's. */
export function useImportRoute(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash === IMPORT_HASH,
    () => false,
  );
}

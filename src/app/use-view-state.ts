import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { decodeViewState, encodeViewState, type ViewState } from '../core/index';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * The view state lives in the location hash: reload, back and forward restore it.
 * `navigate` pushes a history entry (or replaces the current one) and notifies listeners.
 */
export function useViewState(): {
  readonly state: ViewState;
  readonly notice: string | null;
  readonly navigate: (next: ViewState, options?: { readonly replace?: boolean }) => void;
} {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  const decoded = useMemo(() => decodeViewState(hash), [hash]);
  const navigate = useCallback((next: ViewState, options: { readonly replace?: boolean } = {}) => {
    const target = encodeViewState(next);
    if (target === window.location.hash || (target === '#/' && window.location.hash === '')) return;
    if (options.replace) {
      window.history.replaceState(window.history.state, '', target);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = target;
    }
  }, []);
  return { state: decoded.state, notice: decoded.notice, navigate };
}

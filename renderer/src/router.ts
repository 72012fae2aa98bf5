/**
 * Hash routing (works under file:// in Electron and in browser mode): '#/enterprises',
 * '#/e/<enterpriseId>/<page>', '#/settings'.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'enterprises' }
  | { page: 'settings' }
  | { page: 'enterprise'; enterpriseId: string; view: string; sub?: string };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'settings') return { page: 'settings' };
  if (parts[0] === 'e' && parts[1]) {
    const r: Route = { page: 'enterprise', enterpriseId: parts[1], view: parts[2] ?? 'profile' };
    if (parts[3]) r.sub = parts[3];
    return r;
  }
  return { page: 'enterprises' };
}

export function hrefOf(r: Route): string {
  if (r.page === 'settings') return '#/settings';
  if (r.page === 'enterprise') return `#/e/${encodeURIComponent(r.enterpriseId)}/${r.view}${r.sub ? `/${encodeURIComponent(r.sub)}` : ''}`;
  return '#/enterprises';
}

export function navigate(r: Route): void {
  window.location.hash = hrefOf(r);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

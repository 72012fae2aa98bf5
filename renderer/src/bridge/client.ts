/**
 * Picks the transport: Electron's preload (`window.safepost.invoke`) when present, else the
 * browser-mode HTTP bridge. The token arrives once in the URL (`#token=…`), moves to
 * sessionStorage and is cleared from the address bar (DESIGN §2).
 */
import type { Bridge } from './types';

const TOKEN_KEY = 'safepost.token';

declare global {
  interface Window {
    safepost?: { invoke: (name: string, arg: unknown) => Promise<unknown> };
  }
}

/** Moves `#token=…` into sessionStorage; returns the token in use (or null). */
export function takeToken(): string | null {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]!));
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function httpBridge(token: string | null): Bridge {
  return {
    async invoke(name, arg) {
      try {
        const res = await fetch(`./api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(arg ?? {}),
        });
        return await res.json();
      } catch {
        return { ok: false, error: { code: 'E_BRIDGE' } };
      }
    },
  };
}

export function createBridge(): Bridge {
  const ipc = window.safepost;
  if (ipc) return { invoke: (name, arg) => ipc.invoke(name, arg) as never };
  return httpBridge(takeToken());
}

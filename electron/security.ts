/**
 * Security constants of the Electron shell (DESIGN §7), pure so tests can check them without
 * Electron: webPreferences, the Content-Security-Policy, and the rules for navigation, new
 * windows and permission requests.
 */

/** The renderer's CSP. 'unsafe-inline' styles are antd's (CSS-in-JS); nothing else is relaxed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** BrowserWindow webPreferences (preload path is added by window.ts). */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** The renderer only ever shows our own bundle; any navigation elsewhere is refused. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  try {
    const u = new URL(url);
    const a = new URL(appUrl);
    if (a.protocol === 'file:') return u.protocol === 'file:' && u.pathname === a.pathname;
    return u.origin === a.origin;
  } catch {
    return false;
  }
}

/** New windows are never opened by the renderer (links to outside go nowhere). */
export const WINDOW_OPEN_HANDLER_RESULT = { action: 'deny' } as const;

/** Permission requests (camera, geolocation, notifications, …) are all denied. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}

/** IPC channel the preload uses; the only one main listens on. */
export const IPC_CHANNEL = 'safepost:invoke';

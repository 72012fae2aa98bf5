/**
 * The main window with the security rules of electron/security.ts: CSP header, no navigation
 * away from the bundle, no new windows, every permission request denied.
 */
import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, permissionAllowed, WEB_PREFERENCES, WINDOW_OPEN_HANDLER_RESULT } from './security';

export function createMainWindow(distDir: string): BrowserWindow {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ses.setPermissionRequestHandler((_wc, permission, cb) => cb(permissionAllowed(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => permissionAllowed(permission));

  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 1024,
    minHeight: 700,
    title: 'SafePost 岗位安全风险管控',
    show: false,
    webPreferences: { ...WEB_PREFERENCES, preload: join(distDir, 'preload', 'index.cjs') },
  });
  const appUrl = pathToFileURL(join(distDir, 'renderer', 'index.html')).toString();
  win.webContents.on('will-navigate', (e, url) => {
    if (!isAllowedNavigation(url, appUrl)) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => WINDOW_OPEN_HANDLER_RESULT);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);
  return win;
}

/** Opens a file the app wrote (a PDF to print) in the system viewer. */
export function openInSystem(path: string): Promise<string> {
  return shell.openPath(path);
}

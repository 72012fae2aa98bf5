/**
 * Electron main: thin on purpose (everything else is tested in Node). Single-instance lock,
 * the workspace runtime, one IPC handler that forwards to dispatch(), and the window.
 */
import { app, ipcMain } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IPC_CHANNEL, isAllowedNavigation } from './security';
import { resolveWorkspaceDir, startRuntime, type Runtime } from './services/runtime';
import { createMainWindow, openInSystem } from './window';

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let runtime: Runtime | null = null;
  app.on('second-instance', () => {
    // A second start focuses the existing window instead of opening the workspace twice.
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
  });
  void app.whenReady().then(async () => {
    const flag = process.argv.find((a) => a.startsWith('--workspace='))?.slice('--workspace='.length);
    runtime = await startRuntime({
      dir: resolveWorkspaceDir(flag, app.getPath('userData')),
      app: 'app',
      mode: 'electron',
      version: app.getVersion(),
      openPath: async (p) => {
        await openInSystem(p);
      },
    });
    const appUrl = pathToFileURL(join(distDir, 'renderer', 'index.html')).toString();
    ipcMain.handle(IPC_CHANNEL, (event, name: unknown, arg: unknown) => {
      // Only our own page may call the contract.
      if (!isAllowedNavigation(event.senderFrame?.url ?? '', appUrl)) return { ok: false, error: { code: 'E_FORBIDDEN' } };
      return runtime!.invoke(name, arg);
    });
    createMainWindow(distDir);
  });
  app.on('window-all-closed', () => {
    void (runtime?.close() ?? Promise.resolve()).finally(() => app.quit());
  });
}

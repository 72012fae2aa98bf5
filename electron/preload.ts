/**
 * The preload (sandboxed, CJS): exposes exactly `window.safepost.invoke(name, arg)` for the
 * commands of the contract and nothing else. The main process validates again.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { COMMAND_NAMES } from '../core/contract/api';
import { IPC_CHANNEL } from './security';

const allowed = new Set<string>(COMMAND_NAMES);

contextBridge.exposeInMainWorld('safepost', {
  invoke: (name: string, arg: unknown) => {
    if (!allowed.has(name)) return Promise.resolve({ ok: false, error: { code: 'E_UNKNOWN_COMMAND', details: { name: String(name).slice(0, 100) } } });
    return ipcRenderer.invoke(IPC_CHANNEL, name, arg);
  },
});

/**
 * App-wide state: the bridge, app info (workspace, read-only), settings, and `call()` — the one
 * way screens invoke commands: it shows a translated error message and returns null on failure.
 */
import { App as AntApp } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgOf, CommandName, ResultOf } from '../../../core/contract/api';
import type { AppErrorShape } from '../../../core/contract/errors';
import type { AppInfo } from '../../../core/contract/types';
import type { Settings } from '../../../core/model/workspace';
import type { Bridge } from '../bridge/types';
import { initI18n } from '../i18n';
import { errorText } from '../ui/errorText';

export interface CallOptions {
  /** Maps an issue path to a field label for the error message. */
  labelOf?: (path: string) => string;
  /** Do not show the error (the caller handles it). */
  quiet?: boolean;
}

interface AppState {
  bridge: Bridge;
  info: AppInfo | null;
  settings: Settings | null;
  lastError: AppErrorShape | null;
  call<K extends CommandName>(name: K, arg: ArgOf<K>, opts?: CallOptions): Promise<ResultOf<K> | null>;
  refresh(): Promise<void>;
  setSettings(s: Settings): void;
}

const Ctx = createContext<AppState | null>(null);

export function AppStateProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setSettingsState] = useState<Settings | null>(null);
  const [lastError, setLastError] = useState<AppErrorShape | null>(null);

  const call = useCallback(
    async <K extends CommandName>(name: K, arg: ArgOf<K>, opts: CallOptions = {}): Promise<ResultOf<K> | null> => {
      const r = await bridge.invoke(name, arg);
      if (r.ok) return r.data;
      setLastError(r.error);
      if (!opts.quiet) void message.error({ content: <span style={{ whiteSpace: 'pre-line' }}>{errorText(t, r.error, opts.labelOf)}</span>, duration: 6 });
      return null;
    },
    [bridge, message, t],
  );

  const setSettings = useCallback((s: Settings) => {
    setSettingsState(s);
    initI18n(s.language);
  }, []);

  const refresh = useCallback(async () => {
    const [i, s] = await Promise.all([bridge.invoke('app.info', {}), bridge.invoke('settings.get', {})]);
    if (i.ok) setInfo(i.data);
    if (s.ok) setSettings(s.data);
  }, [bridge, setSettings]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ bridge, info, settings, lastError, call, refresh, setSettings }), [bridge, info, settings, lastError, call, refresh, setSettings]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useApp(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside AppStateProvider');
  return v;
}

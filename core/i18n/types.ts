/**
 * Typed i18n keys: zh-CN is the source; `Messages` is its shape with string leaves, which every
 * other locale must satisfy (a missing or extra key is a type error and a test failure).
 */
import type { zhCN } from './zh-CN';

export type DeepString<T> = { [K in keyof T]: T[K] extends string ? string : DeepString<T[K]> };
export type Messages = DeepString<typeof zhCN>;

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
/** Every dotted key of a locale, e.g. 'nav.enterprises' | 'errors.E_DISK_FULL'. */
export type KeyOf<T> = { [K in keyof T & string]: T[K] extends string ? K : Join<K, KeyOf<T[K]>> }[keyof T & string];
export type MessageKey = KeyOf<typeof zhCN>;

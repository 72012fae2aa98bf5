/**
 * Id generation is injected (DESIGN §3) so tests are deterministic. Ids are short ASCII strings
 * `<prefix>_<random>`; file names use ids, never user text.
 */
export type IdGen = (prefix: string) => string;

/** Production generator: 12 random base-36 characters from the platform CSPRNG. */
export const randomIdGen: IdGen = (prefix) => {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += (b % 36).toString(36);
  return `${prefix}_${s}`;
};

/** Deterministic generator for tests and the sample: `<prefix>_<n>` counting per prefix from 1. */
export function counterIdGen(start = 1): IdGen {
  const next = new Map<string, number>();
  return (prefix) => {
    const n = next.get(prefix) ?? start;
    next.set(prefix, n + 1);
    return `${prefix}_${n}`;
  };
}

export const ID_PATTERN = /^[a-z]{1,8}_[a-z0-9]{1,32}$/;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

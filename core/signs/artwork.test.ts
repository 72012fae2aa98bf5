import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryEntries } from '../catalog/library';
import { PPE_ROWS } from '../standards/ppeIds';
import { SIGN_ARTWORK } from '../standards/signArtwork';
import { SAFETY_SIGNS, safetySign } from '../standards/signs';
import { parsePictogram } from './pictogram';

const RES = join(import.meta.dirname, '../../resources/signs');
const slugOf = (id: string) => id.slice('sign.'.length);

describe('sign artwork', () => {
  it('every sign the hazard library suggests has artwork', () => {
    const ids = new Set(libraryEntries().flatMap((e) => e.signIds));
    expect(ids.size).toBeGreaterThan(50);
    const missing = [...ids].filter((id) => safetySign(id)?.artwork === 'missing' || !safetySign(id));
    expect(missing).toEqual([]);
  });

  it('every mandatory sign linked from the PPE registry has artwork', () => {
    const ids = new Set(PPE_ROWS.map((r) => r[3]));
    expect(ids.size).toBeGreaterThanOrEqual(14);
    for (const id of ids) {
      expect(safetySign(id)?.category, id).toBe('mandatory');
      expect(safetySign(id)?.artwork, id).not.toBe('missing');
    }
  });

  it('the artwork map covers exactly the registry; every sign has own or icon-set artwork', () => {
    expect(Object.keys(SIGN_ARTWORK).sort()).toEqual(SAFETY_SIGNS.map((s) => slugOf(s.id)).sort());
    const counts = { own: 0, icon: 0, missing: 0 };
    for (const s of SAFETY_SIGNS) {
      if (s.artwork === 'own') counts.own++;
      else if (s.artwork.startsWith('icon-set:')) counts.icon++;
      else counts.missing++;
    }
    expect(counts).toEqual({ own: 119, icon: 3, missing: 0 });
  });

  it('each sign with artwork has a viewBox-only, single-colour pictogram file; no stray files', () => {
    for (const s of SAFETY_SIGNS) {
      const file = join(RES, `${slugOf(s.id)}.svg`);
      if (s.artwork === 'missing') {
        expect(existsSync(file), s.id).toBe(false);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const root = /<svg\b[^>]*>/.exec(text)![0];
      expect(root, s.id).toMatch(/viewBox="0 0 100 100"/);
      expect(root, s.id).not.toMatch(/\s(width|height)=/);
      // one ink colour only, recoloured by the composer
      const paints = [...text.matchAll(/\b(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(paints), s.id).toEqual(new Set(['currentColor']));
      expect(text).not.toMatch(/<(script|style|image|text|use|a)\b/);
      const p = parsePictogram(text);
      expect(p.body.length, s.id).toBeGreaterThan(100);
      // icon-set artwork names its source and licence in the file
      if (s.artwork.startsWith('icon-set:')) expect(text, s.id).toMatch(/@mdi\/svg 7\.4\.47 \(Apache-2\.0\)/);
      else expect(text, s.id).toContain('SafePost own drawing');
    }
    const files = readdirSync(RES).filter((f) => f.endsWith('.svg')).map((f) => `sign.${f.slice(0, -4)}`);
    expect(files.filter((id) => !safetySign(id))).toEqual([]);
  });
});

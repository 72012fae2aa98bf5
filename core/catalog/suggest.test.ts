/**
 * Suggestion quality, measured against tests/fixtures/suggestion-recall.json — posts and the
 * hazards a competent safety engineer insists on, written by someone who had not seen the library.
 * A suggestion matches an expected hazard when it has that accident type and its text (place,
 * hazard, consequence, measures) contains every keyword. Recall within the top 15 must be ≥ 0.9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Industry, SpecialFlag } from '../model/vocab';
import { libraryEntries } from './library';
import { entryText, suggestForPost, equipmentCore } from './suggest';

interface Fixture {
  posts: {
    id: string;
    enterprise: { industry: Industry; flags: SpecialFlag[] };
    post: { name: string; jobContent: string; location: string; equipment: string[] };
    expected: { accidentType: string; keywords: string[] }[];
  }[];
}

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'suggestion-recall.json'), 'utf8')) as Fixture;
const TOP = 15;

describe('suggestions per post', () => {
  it(`recall within the top ${TOP} is at least 0.9 (printed per post and overall)`, () => {
    const entries = libraryEntries();
    let hit = 0;
    let total = 0;
    const lines: string[] = [];
    for (const p of fixture.posts) {
      const top = suggestForPost(entries, p.enterprise, p.post, TOP);
      const found = p.expected.filter((x) => top.some((s) => s.entry.accidentTypes.includes(x.accidentType) && x.keywords.every((k) => entryText(s.entry).includes(k))));
      hit += found.length;
      total += p.expected.length;
      const missed = p.expected.filter((x) => !found.includes(x)).map((x) => `${x.accidentType}:${x.keywords.join('+')}`);
      lines.push(`${p.id} ${p.post.name}: ${found.length}/${p.expected.length}${missed.length ? `  missed ${missed.join(', ')}` : ''}`);
    }
    const recall = hit / total;
    console.log(`${lines.join('\n')}\nrecall@${TOP} overall: ${hit}/${total} = ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
  it('keeps flag-gated common sections away from enterprises without the flag', () => {
    const entries = libraryEntries();
    const post = { name: '抛光工', jobContent: '铝件抛光打磨', equipment: ['抛光机', '干式除尘器'] };
    const without = suggestForPost(entries, { industry: 'machinery', flags: [] }, post, 50);
    const withFlag = suggestForPost(entries, { industry: 'machinery', flags: ['dustExplosion'] }, post, 50);
    expect(without.some((s) => s.entry.section === '粉尘防爆')).toBe(false);
    expect(withFlag.filter((s) => s.entry.section === '粉尘防爆').length).toBeGreaterThanOrEqual(4);
    // the machine's own industry entry about aluminium dust stays suggested either way
    expect(without.some((s) => s.entry.id === 'lib.jx.jjg.20')).toBe(true);
  });
  it('suggests nothing for a post with no matching words', () => {
    expect(suggestForPost(libraryEntries(), { industry: 'machinery', flags: [] }, { name: '前台接待', jobContent: '接听电话' })).toEqual([]);
  });
  it('reduces equipment names to their Chinese core', () => {
    expect(equipmentCore('J23-40开式冲床')).toBe('开式冲床');
    expect(equipmentCore('手用工具（镊子、吸盘）')).toBe('手用工具');
    expect(equipmentCore('ＣＡ６１４０普通车床')).toBe('普通车床');
  });
});

import { describe, expect, it } from 'vitest';
import { joinNames } from './joinNames';

describe('joinNames', () => {
  it('joins with 、 unless a name holds a 、, then with ；', () => {
    expect(joinNames(['破碎机', '皮带'])).toBe('破碎机、皮带');
    expect(joinNames(['皮带巡检、维修作业', '破碎作业'])).toBe('皮带巡检、维修作业；破碎作业');
    expect(joinNames([])).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import {
  applyMajorFloor, checkDirectReason, directLevel, evaluateLec, evaluateLs, majorFloorBasis, roundScore,
} from './evaluate';

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('LEC arithmetic D = L × E × C', () => {
  it('multiplies', () => {
    expect(evaluateLec({ L: 6, E: 6, C: 7 })).toEqual({ score: 252 });
    expect(evaluateLec({ L: 6, E: 6, C: 3 })).toEqual({ score: 108 });
    expect(evaluateLec({ L: 10, E: 10, C: 100 })).toEqual({ score: 10000 });
    expect(evaluateLec({ L: 3, E: 6, C: 7 })).toEqual({ score: 126 });
  });
  it('removes float noise', () => {
    // The raw products are not the decimal values; the evaluator's are.
    expect(0.1 * 6 * 7).not.toBe(4.2);
    expect(evaluateLec({ L: 0.1, E: 6, C: 7 }).score).toBe(4.2);
    expect(0.2 * 3 * 7).not.toBe(4.2);
    expect(evaluateLec({ L: 0.2, E: 3, C: 7 }).score).toBe(4.2);
    expect(evaluateLec({ L: 0.1, E: 3, C: 15 }).score).toBe(4.5);
    expect(evaluateLec({ L: 0.1, E: 0.5, C: 1 }).score).toBe(0.05);
    expect(evaluateLec({ L: 0.2, E: 0.5, C: 3 }).score).toBe(0.3);
    expect(roundScore(0.30000000000000004)).toBe(0.3);
  });
  it('refuses values off the scale with the allowed values', () => {
    const e = appError(() => evaluateLec({ L: 0.3, E: 6, C: 7 }));
    expect(e.code).toBe('E_RISK_OFF_SCALE');
    expect(e.details).toEqual({
      method: 'LEC', field: 'L', value: 0.3, allowed: '0.1、0.2、0.5、1、3、6、10', allowedValues: [0.1, 0.2, 0.5, 1, 3, 6, 10],
    });
    expect(appError(() => evaluateLec({ L: 6, E: 5, C: 7 })).details).toMatchObject({ field: 'E', value: 5, allowed: '0.5、1、2、3、6、10' });
    expect(appError(() => evaluateLec({ L: 6, E: 6, C: 50 })).details).toMatchObject({ field: 'C', value: 50, allowed: '1、3、7、15、40、100' });
    expect(appError(() => evaluateLec({ L: Number.NaN, E: 6, C: 7 })).details).toMatchObject({ field: 'L' });
  });
});

describe('LS arithmetic R = L × S', () => {
  it('multiplies', () => {
    expect(evaluateLs({ L: 4, S: 5 })).toEqual({ score: 20 });
    expect(evaluateLs({ L: 3, S: 3 })).toEqual({ score: 9 });
    expect(evaluateLs({ L: 1, S: 1 })).toEqual({ score: 1 });
  });
  it('refuses values off the scale', () => {
    expect(appError(() => evaluateLs({ L: 6, S: 1 })).details).toEqual({
      method: 'LS', field: 'L', value: 6, allowed: '1、2、3、4、5', allowedValues: [1, 2, 3, 4, 5],
    });
    expect(appError(() => evaluateLs({ L: 2, S: 2.5 })).details).toMatchObject({ field: 'S', value: 2.5 });
    expect(appError(() => evaluateLs({ L: 2, S: 0 })).code).toBe('E_RISK_OFF_SCALE');
  });
});

describe('direct determination', () => {
  it('returns the stated level with a reason', () => {
    expect(directLevel({ level: 'high', reason: '近三年发生过叉车伤人事故' })).toBe('high');
    expect(directLevel({ level: 'low', reason: '  专家判定  ' }, {})).toBe('low');
  });
  it('requires a reason of at least 4 characters after trimming', () => {
    expect(appError(() => directLevel({ level: 'high', reason: '' })).code).toBe('E_RISK_REASON_REQUIRED');
    expect(appError(() => directLevel({ level: 'high', reason: '  事故  ' })).details).toEqual({ field: 'reason', minLength: 4, length: 2 });
    expect(appError(() => directLevel({ level: 'high', reason: 'abc' })).code).toBe('E_RISK_REASON_REQUIRED');
    expect(checkDirectReason(' 曾发生过 ')).toBe('曾发生过');
  });
  it('refuses a level below major for a major hidden-hazard clause or installation', () => {
    const e = appError(() => directLevel({ level: 'high', reason: '现场有防爆措施' }, { majorHazardClause: 'mh2023.11.1' }));
    expect(e.code).toBe('E_RISK_MAJOR_FLOOR');
    expect(e.details).toEqual({ level: 'high', levelZh: '较大风险', required: 'major', basis: 'majorHazardClause', clause: 'mh2023.11.1' });
    expect(appError(() => directLevel({ level: 'low', reason: '储量很少不足' }, { majorHazardInstallation: true })).details)
      .toMatchObject({ basis: 'majorHazardInstallation' });
    expect(directLevel({ level: 'major', reason: '符合判定标准' }, { majorHazardClause: 'mh2023.11.1' })).toBe('major');
  });
  it('checks the reason before the floor', () => {
    expect(appError(() => directLevel({ level: 'low', reason: '' }, { majorHazardInstallation: true })).code).toBe('E_RISK_REASON_REQUIRED');
  });
});

describe('major floor for scored methods', () => {
  it('raises a lower level and flags it', () => {
    expect(applyMajorFloor('medium', { majorHazardClause: 'mh2023.12.1' })).toEqual({ level: 'major', raisedByMajorFloor: true });
    expect(applyMajorFloor('low', { majorHazardInstallation: true })).toEqual({ level: 'major', raisedByMajorFloor: true });
  });
  it('leaves major, and hazards without facts, alone', () => {
    expect(applyMajorFloor('major', { majorHazardClause: 'mh2023.12.1' })).toEqual({ level: 'major', raisedByMajorFloor: false });
    expect(applyMajorFloor('medium', undefined)).toEqual({ level: 'medium', raisedByMajorFloor: false });
    expect(applyMajorFloor('medium', { majorHazardClause: '  ', majorHazardInstallation: false })).toEqual({ level: 'medium', raisedByMajorFloor: false });
    expect(majorFloorBasis({ majorHazardClause: null, majorHazardInstallation: null })).toBeNull();
  });
});

/**
 * `safepost standards [--json]`: counts of the edition-tagged standards data.
 */
import { standardsStats } from '../../../core/standards/stats';
import { EXIT_OK } from '../io';
import type { Command } from './types';

export const standards: Command = {
  name: 'standards',
  summary: '标准数据统计（事故类型、危险因素代码、重大隐患条款、安全标志、防护用品） / counts of the standards data',
  usage: 'safepost standards [--json]',
  run(_args, io) {
    const s = standardsStats();
    if (io.json) {
      io.out(JSON.stringify(s, null, 2));
      return EXIT_OK;
    }
    const lines = [
      `事故类型 accident types: ${Object.entries(s.accidentTypes).map(([e, n]) => `${e} ${n}`).join('; ')}`,
      `危险和有害因素代码 factor codes: ${Object.entries(s.factorCodes).map(([e, c]) => `${e} 大类 ${c.level1} / 中类 ${c.level2} / 小类 ${c.level3}`).join('; ')}`,
      ...Object.entries(s.majorHazardClauses).map(
        ([e, c]) => `重大事故隐患判定 ${e}: 共 ${c.total}（管理类 ${c.general}，行业类 ${c.industry}，专项类 ${c.special} = 粉尘 ${c.bySpecial.dust} + 涉氨 ${c.bySpecial.ammonia} + 有限空间 ${c.bySpecial.confined}）`,
      ),
      ...Object.entries(s.signs).map(([e, c]) => `安全标志 ${e}: 禁止 ${c.byCategory.prohibition} / 警告 ${c.byCategory.warning} / 指令 ${c.byCategory.mandatory} / 提示 ${c.byCategory.information}`),
      `个体防护装备 PPE: ${s.ppe}`,
      `应急处置模板 emergency templates: ${s.emergencyTemplates.total}`,
    ];
    for (const l of lines) io.out(l);
    return EXIT_OK;
  },
};

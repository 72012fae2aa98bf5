/**
 * Items of the seasonal (季节性) and pre-holiday (节假日前) checklists, in our own words from the
 * facts of domain-facts §9.2 (summer: heat, flood and lightning; winter: freezing, fire, slipping,
 * poisoning; before holidays: shutdown state, duty rota, fire and emergency readiness) and the
 * real seasonal/holiday check-table templates in ../shared/realcases (topics only).
 * Items with `flags` apply only to enterprises that have one of those flags.
 * Ids are stable: season.<summer|winter>.<nn>, holiday.<nn>.
 */
import type { CheckMethod, SpecialFlag } from '../model/vocab';
import type { Season } from './settings';

export interface SeasonalCheck {
  id: string;
  check: string;
  method: CheckMethod;
  place: string;
  flags?: readonly SpecialFlag[];
}

const S = (id: string, check: string, method: CheckMethod, place: string, flags?: readonly SpecialFlag[]): SeasonalCheck =>
  flags ? { id, check, method, place, flags } : { id, check, method, place };

export const SEASONAL_CHECKS: Readonly<Record<Season, readonly SeasonalCheck[]>> = {
  summer: [
    S('season.summer.01', '核对高温时段已调整作息，现场供应清凉饮料和防暑药品', 'ask', '各车间'),
    S('season.summer.02', '查看车间风扇、冷风机、空调等通风降温设施运转正常', 'look', '各车间'),
    S('season.summer.03', '查看厂区排水沟、雨水井畅通，低处配电房、仓库有挡水措施', 'look', '厂区、配电房、仓库'),
    S('season.summer.04', '核对沙袋、水泵、雨具、应急照明等防汛物资备足，有专人保管', 'records', '应急物资库'),
    S('season.summer.05', '查看屋面、彩钢板、招牌和临时设施固定牢靠，能抵御大风', 'look', '厂区'),
    S('season.summer.06', '核对防雷装置在检测有效期内，引下线和接地完好', 'records', '厂房、配电房'),
    S('season.summer.07', '测试配电箱、电缆无受潮浸水，漏电保护器动作有效', 'measure', '配电箱、临时用电'),
    S('season.summer.08', '查看气瓶、油漆等易燃物品不在露天暴晒，存放处阴凉通风', 'look', '仓库、作业现场'),
    S('season.summer.09', '查看危险化学品仓库遮阳、通风、降温措施有效，库温正常', 'measure', '危险化学品仓库', ['hazardousChemicals']),
    S('season.summer.10', '核对防汛防台应急预案已更新，抢险人员和联络方式已落实', 'records', '安全管理部门'),
  ],
  winter: [
    S('season.winter.01', '查看室外给水、消防管道和阀门保温完好，无冻裂', 'look', '厂区管网'),
    S('season.winter.02', '测试室外消火栓出水正常，栓口和水带未结冰', 'measure', '室外消火栓'),
    S('season.winter.03', '查看车间、仓库、宿舍无明火取暖和违规使用电热器具', 'look', '车间、仓库、宿舍'),
    S('season.winter.04', '查看取暖设备线路规范，远离可燃物，人离断电', 'look', '办公室、值班室'),
    S('season.winter.05', '查看燃煤、燃气取暖和加热场所通风良好，一氧化碳报警器有效', 'look', '锅炉房、取暖场所'),
    S('season.winter.06', '查看道路、楼梯、平台和装卸区防滑措施落实，积雪积冰及时清除', 'look', '厂区道路、楼梯'),
    S('season.winter.07', '查看空压机、冷却水系统防冻措施，停用设备已排空存水', 'look', '空压机房、冷却系统'),
    S('season.winter.08', '查看彩钢板等轻型屋面积雪及时清除，无超载变形', 'look', '厂房屋面'),
    S('season.winter.09', '核对灭火器在有效期内，室外放置的为防冻型或有保温措施', 'records', '各消防点'),
    S('season.winter.10', '查看粉尘场所冬季门窗紧闭时除尘、通风设施仍正常运行', 'look', '涉粉作业场所', ['dustExplosion']),
  ],
};

export const HOLIDAY_CHECKS: readonly SeasonalCheck[] = [
  S('holiday.01', '核对节日值班表、带班负责人和联系电话已落实并公布', 'records', '安全管理部门'),
  S('holiday.02', '查看停产设备已切断电源、气源，阀门关闭，物料清空', 'look', '各车间'),
  S('holiday.03', '查看仓库、危险化学品库门窗关闭上锁，库存不超过规定', 'look', '仓库'),
  S('holiday.04', '查看车间、办公室无遗留火种，用电器具已断电', 'look', '车间、办公室'),
  S('holiday.05', '查看消防设施完好，疏散通道和安全出口畅通', 'look', '全厂'),
  S('holiday.06', '核对节日期间的检维修、动火等危险作业均经审批，无审批不作业', 'records', '安全管理部门'),
  S('holiday.07', '核对应急物资、通讯畅通，应急人员能及时到岗', 'records', '应急物资库、值班室'),
  S('holiday.08', '查看门卫值守和厂区巡查记录，外来人员车辆登记', 'records', '门卫'),
  S('holiday.09', '核对节后复工前的安全检查和全员安全教育已作安排', 'records', '安全管理部门'),
];

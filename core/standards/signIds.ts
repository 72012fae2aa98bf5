/**
 * Stable ids of the safety-sign registry (`sign.<slug>`), with the GB 2894-2008 code and title.
 *
 * Source: GB 2894-2008 tables 1–4 (40 prohibition, 39 warning, 16 mandatory, 8 information),
 * as listed in ../shared/docs/domain-facts.md §1.7 (counts and information names [V]; individual
 * numbering [M]). GB 2894-2025 additions known by name (§1.8, [S]) have no 2008 code and no
 * invented 2025 code. The id never changes when an edition renames or renumbers a sign.
 *
 * Shape of a row: [slug, 2008 code | null, Chinese title, English gloss].
 */
export type SignCategory = 'prohibition' | 'warning' | 'mandatory' | 'information';

export type SignRow = readonly [slug: string, code2008: string | null, titleZh: string, titleEn: string];

export const PROHIBITION_2008: readonly SignRow[] = [
  ['no-smoking', '1-1', '禁止吸烟', 'No smoking'],
  ['no-open-flame', '1-2', '禁止烟火', 'No burning'],
  ['no-kindling', '1-3', '禁止带火种', 'No kindling'],
  ['no-water-extinguish', '1-4', '禁止用水灭火', 'No extinguishing with water'],
  ['no-flammables', '1-5', '禁止放置易燃物', 'No laying inflammable thing'],
  ['no-stacking', '1-6', '禁止堆放', 'No stocking'],
  ['no-starting', '1-7', '禁止启动', 'No starting'],
  ['no-switching-on', '1-8', '禁止合闸', 'No switching on'],
  ['no-turning', '1-9', '禁止转动', 'No turning'],
  ['no-forklift', '1-10', '禁止叉车和厂内机动车辆通行', 'No access for fork lift trucks and other industrial vehicles'],
  ['no-riding', '1-11', '禁止乘人', 'No riding'],
  ['no-nearing', '1-12', '禁止靠近', 'No nearing'],
  ['no-entering', '1-13', '禁止入内', 'No entering'],
  ['no-pushing', '1-14', '禁止推动', 'No pushing'],
  ['no-stopping', '1-15', '禁止停留', 'No stopping'],
  ['no-thoroughfare', '1-16', '禁止通行', 'No thoroughfare'],
  ['no-striding', '1-17', '禁止跨越', 'No striding'],
  ['no-climbing', '1-18', '禁止攀登', 'No climbing'],
  ['no-jumping-down', '1-19', '禁止跳下', 'No jumping down'],
  ['no-stretch-out-window', '1-20', '禁止伸出窗外', 'No stretching out of the window'],
  ['no-leaning', '1-21', '禁止倚靠', 'No leaning'],
  ['no-sitting', '1-22', '禁止坐卧', 'No sitting'],
  ['no-stepping', '1-23', '禁止蹬踏', 'No stepping on surface'],
  ['no-touching', '1-24', '禁止触摸', 'No touching'],
  ['no-reaching-in', '1-25', '禁止伸入', 'No reaching in'],
  ['no-drinking', '1-26', '禁止饮用', 'No drinking'],
  ['no-throwing', '1-27', '禁止抛物', 'No tossing'],
  ['no-gloves', '1-28', '禁止戴手套', 'No putting on gloves'],
  ['no-chemical-fibre-clothing', '1-29', '禁止穿化纤服装', 'No putting on chemical fibre clothing'],
  ['no-spiked-shoes', '1-30', '禁止穿带钉鞋', 'No putting on spikes'],
  ['no-mobile-phones', '1-31', '禁止开启无线移动通讯设备', 'No activated mobile phones'],
  ['no-metal-articles', '1-32', '禁止携带金属物或手表', 'No metal articles or watches'],
  ['no-pacemakers', '1-33', '禁止佩戴心脏起搏器者靠近', 'No access for persons with pacemakers'],
  ['no-metal-implants', '1-34', '禁止植入金属材料者靠近', 'No access for persons with metallic implants'],
  ['no-swimming', '1-35', '禁止游泳', 'No swimming'],
  ['no-skating', '1-36', '禁止滑冰', 'No skating'],
  ['no-weapons', '1-37', '禁止携带武器及仿真武器', 'No carrying weapons and emulating weapons'],
  ['no-carrying-flammable-explosive', '1-38', '禁止携带托运易燃及易爆物品', 'No carrying flammable and explosive materials'],
  ['no-carrying-toxic', '1-39', '禁止携带托运有毒物品及有害液体', 'No carrying poisonous materials and harmful liquid'],
  ['no-carrying-radioactive', '1-40', '禁止携带托运放射性及磁性物品', 'No carrying radioactive and magnetic materials'],
];

export const WARNING_2008: readonly SignRow[] = [
  ['warn-general', '2-1', '注意安全', 'Warning danger'],
  ['warn-fire', '2-2', '当心火灾', 'Warning fire'],
  ['warn-explosion', '2-3', '当心爆炸', 'Warning explosion'],
  ['warn-corrosion', '2-4', '当心腐蚀', 'Warning corrosion'],
  ['warn-poisoning', '2-5', '当心中毒', 'Warning poisoning'],
  ['warn-infection', '2-6', '当心感染', 'Warning infection'],
  ['warn-electric-shock', '2-7', '当心触电', 'Danger! electric shock'],
  ['warn-cable', '2-8', '当心电缆', 'Warning cable'],
  ['warn-automatic-start', '2-9', '当心自动启动', 'Warning automatic start-up'],
  ['warn-machinery', '2-10', '当心机械伤人', 'Warning mechanical injury'],
  ['warn-cave-in', '2-11', '当心塌方', 'Warning collapse'],
  ['warn-roof-fall', '2-12', '当心冒顶', 'Warning roof fall'],
  ['warn-pit', '2-13', '当心坑洞', 'Warning hole'],
  ['warn-falling-objects', '2-14', '当心落物', 'Warning falling objects'],
  ['warn-overhead-load', '2-15', '当心吊物', 'Warning overhead load'],
  ['warn-head-bump', '2-16', '当心碰头', 'Warning overhead obstacles'],
  ['warn-crushing', '2-17', '当心挤压', 'Warning crushing'],
  ['warn-scald', '2-18', '当心烫伤', 'Warning scald'],
  ['warn-hand-injury', '2-19', '当心伤手', 'Warning injure hand'],
  ['warn-hand-pinch', '2-20', '当心夹手', 'Warning hands pinching'],
  ['warn-foot-puncture', '2-21', '当心扎脚', 'Warning splinter'],
  ['warn-dog', '2-22', '当心有犬', 'Warning guard dog'],
  ['warn-arc', '2-23', '当心弧光', 'Warning arc'],
  ['warn-hot-surface', '2-24', '当心高温表面', 'Warning hot surface'],
  ['warn-low-temperature', '2-25', '当心低温', 'Warning low temperature/freezing conditions'],
  ['warn-magnetic-field', '2-26', '当心磁场', 'Warning magnetic field'],
  ['warn-ionizing-radiation', '2-27', '当心电离辐射', 'Warning ionizing radiation'],
  ['warn-fissile', '2-28', '当心裂变物质', 'Warning fission matter'],
  ['warn-laser', '2-29', '当心激光', 'Warning laser'],
  ['warn-microwave', '2-30', '当心微波', 'Warning microwave'],
  ['warn-forklift', '2-31', '当心叉车', 'Warning fork lift trucks'],
  ['warn-vehicle', '2-32', '当心车辆', 'Warning vehicle'],
  ['warn-train', '2-33', '当心火车', 'Warning train'],
  ['warn-fall', '2-34', '当心坠落', 'Warning drop down'],
  ['warn-obstacle', '2-35', '当心障碍物', 'Warning obstacles'],
  ['warn-tripping', '2-36', '当心跌落', 'Warning drop (fall)'],
  ['warn-slippery', '2-37', '当心滑倒', 'Warning slippery surface'],
  ['warn-falling-into-water', '2-38', '当心落水', 'Warning falling into water'],
  ['warn-gap', '2-39', '当心缝隙', 'Warning gap'],
];

export const MANDATORY_2008: readonly SignRow[] = [
  ['must-protective-goggles', '3-1', '必须戴防护眼镜', 'Must wear protective goggles'],
  ['must-opaque-eye-protection', '3-2', '必须佩戴遮光护目镜', 'Must wear opaque eye protection'],
  ['must-dust-mask', '3-3', '必须戴防尘口罩', 'Must wear dustproof mask'],
  ['must-gas-mask', '3-4', '必须戴防毒面具', 'Must wear gas defence mask'],
  ['must-ear-protection', '3-5', '必须戴护耳器', 'Must wear ear protector'],
  ['must-safety-helmet', '3-6', '必须戴安全帽', 'Must wear safety helmet'],
  ['must-protective-cap', '3-7', '必须戴防护帽', 'Must wear protective cap'],
  ['must-safety-harness', '3-8', '必须系安全带', 'Must fastened safety belt'],
  ['must-life-jacket', '3-9', '必须穿救生衣', 'Must wear life jacket'],
  ['must-protective-clothing', '3-10', '必须穿防护服', 'Must wear protective clothes'],
  ['must-protective-gloves', '3-11', '必须戴防护手套', 'Must wear protective gloves'],
  ['must-protective-shoes', '3-12', '必须穿防护鞋', 'Must wear protective shoes'],
  ['must-wash-hands', '3-13', '必须洗手', 'Must wash your hands'],
  ['must-lock', '3-14', '必须加锁', 'Must be locked'],
  ['must-earth', '3-15', '必须接地', 'Must connect an earth terminal to the ground'],
  ['must-unplug', '3-16', '必须拔出插头', 'Must disconnect mains plug from electrical outlet'],
];

export const INFORMATION_2008: readonly SignRow[] = [
  ['info-emergency-exit', '4-1', '紧急出口', 'Emergent exit'],
  ['info-evacuation-place', '4-2', '避险处', 'Haven'],
  ['info-emergency-shelter', '4-3', '应急避难场所', 'Evacuation assembly point'],
  ['info-hot-work-area', '4-4', '可动火区', 'Flare up region'],
  ['info-break-glass', '4-5', '击碎板面', 'Break to obtain access'],
  ['info-first-aid', '4-6', '急救点', 'First aid'],
  ['info-emergency-phone', '4-7', '应急电话', 'Emergency telephone'],
  ['info-emergency-medical', '4-8', '紧急医疗站', 'Doctor'],
];

/**
 * GB 2894-2025 additions known by name only (domain-facts §1.8 [S]). No 2025 code is known, so
 * none is given; the app shows the edition and never prints a code for them.
 */
export const ADDED_2025: readonly (readonly [SignCategory, ...SignRow])[] = [
  ['prohibition', 'no-heavy-objects', null, '禁止放置重物', 'No placing heavy objects'],
  ['prohibition', 'no-water-spray', null, '禁止喷水', 'No spraying water'],
  ['prohibition', 'no-work-after-drinking', null, '禁止酒后作业', 'No working after drinking alcohol'],
  ['prohibition', 'no-e-bikes', null, '禁止电动自行车进入', 'No electric bicycles'],
  ['prohibition', 'no-hot-work', null, '禁止动火作业', 'No hot work'],
  ['warning', 'warn-battery-charging', null, '当心电池充电', 'Warning battery charging'],
  ['warning', 'warn-electric-arc', null, '当心电弧', 'Warning electric arc'],
  ['warning', 'warn-confined-space', null, '当心有限空间', 'Warning confined space'],
  ['warning', 'warn-remote-machinery', null, '当心遥控机械碾压', 'Warning remote-controlled machinery'],
  ['warning', 'warn-oxygen-deficiency', null, '当心缺氧', 'Warning oxygen deficiency'],
  ['mandatory', 'must-discharge-static', null, '必须消除静电', 'Must discharge static electricity'],
  ['mandatory', 'must-face-shield', null, '必须戴防护面罩', 'Must wear a face shield'],
  ['mandatory', 'must-antistatic-shoes', null, '必须穿防静电鞋', 'Must wear antistatic footwear'],
  ['mandatory', 'must-ventilate', null, '必须通风', 'Must ventilate'],
  ['mandatory', 'must-secure-cylinders', null, '必须固定气瓶', 'Must secure gas cylinders'],
  ['mandatory', 'must-use-handrail', null, '必须握住扶手', 'Must use the handrail'],
  ['information', 'info-eyewash', null, '洗眼台', 'Eyewash station'],
  ['information', 'info-safety-shower', null, '安全淋浴设施', 'Safety shower'],
  ['information', 'info-assembly-point', null, '紧急集合点', 'Assembly point'],
];

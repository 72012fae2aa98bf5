/**
 * Names listed in one cell or line: joined with 、, or with ； when a name itself contains 、
 * (“皮带巡检、维修作业”), so the reader can tell where one name ends and the next begins.
 */
export function joinNames(names: readonly string[]): string {
  return names.join(names.some((n) => n.includes('、')) ? '；' : '、');
}

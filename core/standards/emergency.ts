/**
 * Lookups over the emergency-response templates (by GB 6441-2025 code or scenario id).
 * Data: emergencyTemplates.ts, emergencyScenarios.ts; schema: emergencySchema.ts.
 */
import { GB6441_2025_CODES } from './accidentTypeCodes';
import type { EmergencyTemplate } from './emergencySchema';
import { SCENARIO_TEMPLATES } from './emergencyScenarios';
import { ACCIDENT_TYPE_TEMPLATES } from './emergencyTemplates';

export const EMERGENCY_TEMPLATES: readonly EmergencyTemplate[] = [...ACCIDENT_TYPE_TEMPLATES, ...SCENARIO_TEMPLATES];

const BY_KEY = new Map(EMERGENCY_TEMPLATES.map((t) => [t.key, t]));

/** The template of a key (WSA1xxxx or scenario id), or undefined. */
export function emergencyTemplate(key: string): EmergencyTemplate | undefined {
  return BY_KEY.get(key);
}

/**
 * The template for a 2025 accident-type code: its own, else the 其他 (WSA10099) template, so a
 * card always has emergency lines. Unknown codes also get the 其他 template.
 */
export function emergencyTemplateForType(code: string): EmergencyTemplate {
  const own = BY_KEY.get(code);
  if (own && own.kind === 'accident-type') return own;
  return BY_KEY.get(GB6441_2025_CODES.其他)!;
}

/** Scenario templates that serve an accident type (e.g. WSA10023 中毒 → ammonia-leak, gas-leak …). */
export function scenariosForType(code: string): readonly EmergencyTemplate[] {
  return SCENARIO_TEMPLATES.filter((t) => t.accidentTypes.includes(code));
}

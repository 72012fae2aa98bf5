/**
 * The shipped sample enterprise (resources/sample/enterprise.json), loaded through the same
 * tolerant open path as any user file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnterpriseFile } from '../../core/model/enterpriseFile';
import { loadEnterpriseText } from '../../core/model/load';
import { resourcesDir } from './resources';

export function samplePath(): string {
  return join(resourcesDir(), 'sample', 'enterprise.json');
}

export function loadSample(): EnterpriseFile {
  return loadEnterpriseText(readFileSync(samplePath(), 'utf8')).file;
}

// Writes resources/sample/enterprise.json from core/sample (npm run sample:build).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSample } from '../core/sample/buildSample';
import { validateEnterpriseFile } from '../core/model/load';

const doc = validateEnterpriseFile(buildSample());
const out = join(import.meta.dirname, '..', 'resources', 'sample', 'enterprise.json');
writeFileSync(out, `${JSON.stringify(doc, null, 1)}\n`);
process.stderr.write(`wrote ${out}\n`);

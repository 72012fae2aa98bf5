/**
 * Renders the sample documents for a look by eye (not run by tests):
 *
 *   npx tsx electron/services/render/demo.ts [OUT_DIR]     (default: <tmp>/safepost-render-demo)
 *
 * Writes register.pdf (A4 landscape, 60 rows, one row taller than a page), checklist.pdf (A4
 * portrait), register.docx, checklist.docx and register.xlsx; converts the DOCX/XLSX to PDF with
 * LibreOffice when `libreoffice` is on PATH (apt-get install -y --no-install-recommends
 * libreoffice-writer-nogui libreoffice-calc-nogui); renders every PDF to PNG pages with
 * `pdftoppm -png -r 70` into OUT_DIR/png/. Prints the paths and timings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import { sampleChecklist, sampleRegister, sampleWorkbook } from './samples';
import { renderXlsx } from './xlsx';

const out = process.argv[2] ?? join(tmpdir(), 'safepost-render-demo');
mkdirSync(join(out, 'png'), { recursive: true });

const tall = Array.from({ length: 90 }, (_, i) => `第${i + 1}条：作业前确认设备完好，按规程操作，发现异常立即停机并报告。`).join('');
const register = sampleRegister(60, { tallRowAt: 14, tallText: tall });
const checklist = sampleChecklist();

async function timed(name: string, make: () => Promise<Buffer>): Promise<string> {
  const t = performance.now();
  const bytes = await make();
  const path = join(out, name);
  writeFileSync(path, bytes);
  console.log(`${path}  ${(bytes.length / 1024).toFixed(0)} KB  ${(performance.now() - t).toFixed(0)} ms`);
  return path;
}

const pdfs = [await timed('register.pdf', () => renderPdf(register)), await timed('checklist.pdf', () => renderPdf(checklist))];
const office = [
  await timed('register.docx', () => renderDocx(register)),
  await timed('checklist.docx', () => renderDocx(checklist)),
  await timed('register.xlsx', () => renderXlsx(sampleWorkbook(40))),
];

try {
  // one folder per source type: LibreOffice would name register.docx and register.xlsx alike
  for (const [kind, files] of [['docx', office.slice(0, 2)], ['xlsx', office.slice(2)]] as const) {
    const dir = join(out, 'libreoffice', kind);
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 180_000 });
    for (const f of files) pdfs.push(join(dir, basename(f).replace(/\.(docx|xlsx)$/, '.pdf')));
  }
} catch {
  console.log('LibreOffice not available: DOCX/XLSX not converted');
}

for (const pdf of pdfs) {
  const kind = pdf.includes('/libreoffice/xlsx/') ? 'xlsx' : pdf.includes('/libreoffice/docx/') ? 'docx' : 'pdf';
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(out, 'png', `${kind}-${basename(pdf, '.pdf')}`)]);
}
console.log(`PNG pages: ${join(out, 'png')}`);

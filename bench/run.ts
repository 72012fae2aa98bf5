/**
 * `npm run bench`: performance measured against floors in the same run (DESIGN §7), written to
 * docs/benchmarks.md with the date and machine. Not part of the tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_NOTES } from './notes';
import { benchPack } from './pack';
import { benchRegister } from './register';
import { benchRegisterUi } from './registerUi';
import type { BenchRow } from './measure';

const sections: { title: string; rows: BenchRow[] }[] = [];
process.stderr.write('risk database (10 000 hazards)…\n');
sections.push({ title: 'Risk database, 10 000 hazards', rows: await benchRegister(10_000) });
process.stderr.write('register screen in Chromium (10 000 hazards)…\n');
sections.push({ title: 'Register screen in Chromium, 10 000 hazards', rows: await benchRegisterUi(10_000) });
process.stderr.write('document pack (60 posts, 600 hazards, 6 workshops, 200 sign plates)…\n');
sections.push({ title: 'Document pack (全套资料), 60 posts, 600 hazards, 6 workshops, 200 sign plates', rows: await benchPack() });

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 1e9)} GB, Node ${process.version}, ${process.platform}`;
const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} with \`npm run bench\`. Each time is the best of a few runs (exports: one run); the floor is the bare library doing the same work in the same run; ratio = time / floor.`,
  '',
];
for (const s of sections) {
  lines.push(`## ${s.title}`, '', '| step | time (ms) | floor (ms) | ratio | note |', '|---|---:|---:|---:|---|');
  for (const r of s.rows) lines.push(`| ${r.name} | ${r.ms} | ${r.floorMs ?? '—'} | ${r.ratio ?? '—'} | ${r.note ?? ''} |`);
  lines.push('');
}
lines.push(BENCH_NOTES.trimEnd());
const out = join(import.meta.dirname, '..', 'docs', 'benchmarks.md');
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n`);

/**
 * Child process for the crash-safety test: opens a workspace and saves an enterprise in a tight
 * loop (each save writes state n: the profile address "state-<n>" and n posts), with a backup
 * after every save. Prints "saved <n>" after each completed save. The parent kills it with
 * SIGKILL at random moments and checks that the file always parses and equals a saved state.
 *
 * Usage: node --import tsx tests/helpers/save-loop.ts <workspaceDir> <enterpriseId>
 */
import { counterIdGen } from '../../core/model/ids';
import { startRuntime } from '../../electron/services/runtime';

const [dir, id] = process.argv.slice(2) as [string, string];
const rt = await startRuntime({ dir, app: 'test', mode: 'test', idGen: counterIdGen(), sampleOnFirstRun: false, backupIntervalMs: 0 });
const store = rt.services.workspace().store;
let n = (await store.get(id)).posts.length;
process.stdout.write('ready\n');
for (;;) {
  n += 1;
  const k = n;
  await store.update(id, (d) => ({
    ...d,
    profile: { ...d.profile, address: `state-${k}` },
    posts: [...d.posts, { id: `post_${k}`, name: `岗位${k}`, code: '', parent: { kind: 'enterprise' }, order: k, jobContent: '长'.repeat(k % 200), location: '', headcount: null, equipment: [], tools: [] }],
  }));
  process.stdout.write(`saved ${k}\n`);
}

/**
 * Finds shipped resources (DESIGN §1): $SAFEPOST_RESOURCES, else process.resourcesPath when
 * packaged by electron-builder, else the repo's resources/ found by walking up from this file
 * (dev, tests, the CLI and browser mode all run from the repo).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function repoRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'resources'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

export function resourcesDir(): string {
  if (cached) return cached;
  const env = process.env.SAFEPOST_RESOURCES;
  if (env && existsSync(env)) return (cached = env);
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'sample'))) return (cached = packaged);
  const root = repoRoot();
  if (root) return (cached = join(root, 'resources'));
  throw new Error('SafePost resources folder not found: set SAFEPOST_RESOURCES');
}

/** Static Noto Sans SC TTFs (DESIGN §6): packaged copies, else the npm package. */
export function fontPaths(): { regular: string; bold: string } {
  const res = resourcesDir();
  const packaged = { regular: join(res, 'fonts', 'NotoSansSC-Regular.ttf'), bold: join(res, 'fonts', 'NotoSansSC-Bold.ttf') };
  if (existsSync(packaged.regular) && existsSync(packaged.bold)) return packaged;
  const req = createRequire(import.meta.url);
  return {
    regular: req.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    bold: req.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  };
}

export function appVersion(): string {
  const root = repoRoot();
  try {
    const req = createRequire(import.meta.url);
    const pkg = req(root ? join(root, 'package.json') : '../../package.json') as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/**
 * Loads the sign pictograms (resources/signs/<slug>.svg, see its README) for one rendering job:
 * every file is read and parsed once (core/signs/pictogram.ts sanitizes it), then looked up by
 * sign id while the job draws. Signs whose artwork is 'missing' have no file and get the frame
 * only.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../../core/contract/errors';
import { parsePictogram, type Pictogram } from '../../../../core/signs/pictogram';
import { safetySign } from '../../../../core/standards/signs';
import { resourcesDir } from '../../resources';

export interface SignPictograms {
  /** Folder the files were read from. */
  readonly dir: string;
  /** The parsed pictogram of a sign id (`sign.<slug>`), or undefined when it has none. */
  get(signId: string): Pictogram | undefined;
  /** Sign ids that have a pictogram. */
  ids(): string[];
}

/** The folder of the pictograms: `<resourcesDir()>/signs`. */
export function pictogramDir(): string {
  return join(resourcesDir(), 'signs');
}

/**
 * Reads and parses every `<slug>.svg` of `dir` whose slug is a registry sign (other files are
 * ignored). Throws AppError E_RENDER_FAILED naming the file when one is not a valid pictogram,
 * and E_FILE_NOT_FOUND when the folder is missing.
 */
export async function loadPictograms(dir: string = pictogramDir()): Promise<SignPictograms> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw new AppError('E_FILE_NOT_FOUND', { path: dir, reason: (e as Error).message });
  }
  const map = new Map<string, Pictogram>();
  await Promise.all(
    names
      .filter((n) => n.endsWith('.svg') && safetySign(`sign.${n.slice(0, -4)}`))
      .map(async (n) => {
        const text = await readFile(join(dir, n), 'utf8');
        try {
          map.set(`sign.${n.slice(0, -4)}`, parsePictogram(text));
        } catch (e) {
          throw new AppError('E_RENDER_FAILED', { format: 'pdf', file: join(dir, n), reason: (e as Error).message });
        }
      }),
  );
  return {
    dir,
    get: (id) => map.get(id),
    ids: () => [...map.keys()].sort(),
  };
}

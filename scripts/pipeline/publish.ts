// Publishing is all or nothing: the build writes into a staging directory
// beside the destination and only swaps it in once every file is written. A
// failed build leaves the previously published files as they were.

import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function withStaging(destination: string, write: (staging: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(destination));
  await mkdir(parent, { recursive: true });
  // Same parent, so the final renames stay on one filesystem.
  const staging = await mkdtemp(path.join(parent, `.${path.basename(destination)}.staging-`));
  // mkdtemp makes a private directory; published files are for everyone to read.
  await chmod(staging, 0o755);
  try {
    await write(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${staging}.previous`;
  let hadPrevious = true;
  try {
    await rename(destination, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    await rename(staging, destination);
  } catch (error) {
    if (hadPrevious) await rename(previous, destination);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

// The folder of an installed package, for the scripts that read data files out of packages.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** A package's folder, found from its main module (dictionary-en exports no package.json). */
export function packageDir(name) {
  let dir = dirname(require.resolve(name));
  while (!dir.endsWith(`node_modules/${name}`)) dir = dirname(dir);
  return dir;
}

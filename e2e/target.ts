/** The end-to-end target for this run, decided once from this machine (see electron/tooling/e2e-target.ts). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseE2eTarget } from '../electron/tooling/e2e-target';
import { electronPackageFolder, findElectronBinary } from '../electron/tooling/electron-binary';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const target = chooseE2eTarget(process.env, findElectronBinary(electronPackageFolder(ROOT)));

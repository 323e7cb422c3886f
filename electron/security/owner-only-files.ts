import fs from 'node:fs';
import path from 'node:path';

/** Creates the folder if needed and makes it private to this user (0700), tightening an existing one. */
export function ownerOnlyDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** Creates an empty file readable by this user only (0600), or tightens an existing one. */
export function ownerOnlyFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  fs.chmodSync(file, 0o600);
}

/** Tightens a file to 0600 when it exists. */
export function tightenIfPresent(file: string): void {
  if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
}

/** Writes a file readable by this user only (0600), atomically through a temporary file beside it. */
export function writeOwnerOnlyFile(file: string, text: string): void {
  ownerOnlyDir(path.dirname(file));
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, text, { mode: 0o600 });
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

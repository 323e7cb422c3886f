import path from 'node:path';

/** The app's own addresses are a few dozen characters; anything far longer is refused unread. */
export const maxTargetLength = 2048;

/** The file a request names, or why it names none: 400 for a malformed path, 404 for one outside the root. */
export type RequestPath = { ok: true; file: string } | { ok: false; status: 400 | 404; reason: string };

const bad = (reason: string): RequestPath => ({ ok: false, status: 400, reason });

/**
 * Maps a request target such as `/assets/app.js?x=1` to a path under `rootDir`. Browsers send
 * printable ASCII with everything else percent-encoded, and the build holds plain file names, so
 * anything else (bad or double encoding, control characters, backslashes, dot segments in any
 * encoding) is refused rather than normalised.
 */
export function resolveRequestPath(rootDir: string, target: string): RequestPath {
  if (target.length > maxTargetLength)
    return bad(`The address is longer than ${maxTargetLength} characters.`);
  if (!/^\/[\x21-\x7e]*$/.test(target)) return bad('The address must be a path of printable ASCII.');
  const encoded = target.split('?', 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return bad('The address has a malformed percent-encoding.');
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\x00-\x1f\x7f\\%]/.test(decoded))
    return bad('The address has a control character, a backslash or a double encoding.');
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..'))
    return bad('The address has a "." or ".." segment.');
  const file = path.resolve(rootDir, `.${decoded}`);
  if (file !== rootDir && !file.startsWith(rootDir + path.sep))
    return { ok: false, status: 404, reason: 'Not found.' };
  return { ok: true, file };
}

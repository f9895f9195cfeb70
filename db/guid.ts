/**
 * GUIDs name a notebook's objects for other tools: random for what a
 * researcher creates, derived (a name-based UUID, RFC 9562 version 5) for
 * what follows from something else, such as the coding inside a tag or the
 * user behind a coder's name, so the same notebook always names them alike.
 */
import { createHash, randomUUID } from 'node:crypto';

/** A GUID as the notebook stores it. */
export const STORED_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** Themata's own namespace for derived GUIDs (itself a random UUID, fixed forever). */
const THEMATA_NAMESPACE = '6f1d2a8e-4b7c-4e19-9a53-2c0f8d6b7e41';

export function newGuid(): string {
  return randomUUID();
}

/** The same GUID for the same namespace and name, always. */
export function derivedGuid(name: string, namespace: string = THEMATA_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A coder is a name on each tag; the user another tool sees is derived from it, so it is the same in every export and notebook. */
export function coderGuid(coder: string): string {
  return derivedGuid(`coder:${coder}`);
}

/** A GUID as Themata stores it (lower case, no braces), or null when the text is not one. */
export function normaliseGuid(text: string | null | undefined): string | null {
  const match = GUID.exec((text ?? '').trim());
  return match ? match[1]!.toLowerCase() : null;
}

import { describe, expect, it } from 'vitest';
import { coderGuid, derivedGuid, newGuid, normaliseGuid } from './guid';

describe('GUIDs', () => {
  it('are random version-4 UUIDs for new objects', () => {
    const a = newGuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newGuid()).not.toBe(a);
  });

  it('derive the RFC 9562 version-5 UUID of a name in a namespace', () => {
    // The RFC's own example: "www.example.com" in the DNS namespace.
    expect(derivedGuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('give a coder the same user GUID every time, and different coders different ones', () => {
    expect(coderGuid('ana')).toBe(coderGuid('ana'));
    expect(coderGuid('ana')).not.toBe(coderGuid('Ana'));
    expect(coderGuid('ana')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('read GUIDs as other tools write them: upper case, in braces', () => {
    expect(normaliseGuid('{6F1D2A8E-4B7C-4E19-9A53-2C0F8D6B7E41}')).toBe('6f1d2a8e-4b7c-4e19-9a53-2c0f8d6b7e41');
    expect(normaliseGuid(' 6f1d2a8e-4b7c-4e19-9a53-2c0f8d6b7e41 ')).toBe('6f1d2a8e-4b7c-4e19-9a53-2c0f8d6b7e41');
    expect(normaliseGuid('not-a-guid')).toBeNull();
    expect(normaliseGuid(undefined)).toBeNull();
  });
});

/**
 * A YAML double-quoted scalar holding exactly `value`. Only escapes that JSON
 * shares are used (\" \\ \n \r \t \uXXXX), so the result is also a JSON string:
 * YAML 1.1 and 1.2 parsers and JSON.parse all read the same value.
 */
export function yamlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // A lone surrogate cannot be written as UTF-8; the file would hold U+FFFD anyway.
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
    else if (isPrintable(code)) out += ch;
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/**
 * YAML's printable set, less the characters some parsers still take for line
 * breaks (NEL, LS, PS) and the byte-order mark.
 */
function isPrintable(code: number): boolean {
  if (code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) return false;
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

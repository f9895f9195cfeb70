/** Theme names the notebook refuses (with the message it gives) and accepts: the contract's ThemeName must agree. */
const CONTROL = /^A theme name cannot contain line breaks, tabs or other control characters\.$/;
const DIRECTION = /^A theme name cannot contain text-direction override or isolate characters/;
const DIGITS = /^A theme name cannot be only digits: on the command line "\d+" means the theme with that key or id\.$/;

export const REFUSED: [string, string, RegExp][] = [
  ['a line break', 'Missile\nclaims', CONTROL],
  ['a tab', 'Missile\tclaims', CONTROL],
  ['a terminal escape', '\u001b[31mMissile claims', CONTROL],
  ['a NUL', 'Missile\u0000claims', CONTROL],
  ['DEL', 'Missile claims\u007f', CONTROL],
  ['a C1 next-line', 'Missile\u0085claims', CONTROL],
  ['a C1 escape introducer', '\u009b31mMissile claims', CONTROL],
  ['a right-to-left override', 'Missile \u202eclaims', DIRECTION],
  ['a left-to-right embedding', '\u202aMissile claims', DIRECTION],
  ['a first-strong isolate', '\u2068Missile claims\u2069', DIRECTION],
  ['one digit', '2', DIGITS],
  ['only digits, padded with blank space', ' 2024 ', DIGITS],
];

export const ACCEPTED: [string, string][] = [
  ['digits with a word', '2024 elections'],
  ['accents', 'Déclarations officielles'],
  ['a right-to-left script', 'تصريحات رسمية'],
  ['an emoji', 'Gas 🔥'],
];

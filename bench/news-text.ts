/**
 * Deterministic news-like English for benchmarks: one paragraph per line, as
 * in the sample article, with the things a segmenter must get right
 * (abbreviations, initials, decimals, thousands, quotes, parentheses).
 */

/** mulberry32: small, fast, and the same sequence on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sentences of sample/article.txt. */
const ARTICLE = [
  'Although Moscow admitted it struck non-ISIL targets, calling them “other” terrorist groups, it continues to assert that there have been no Syrian civilian casualties during any of its operations.',
  'If confirmed, the crashes would be a blow to the military strength Russian Federation aimed to display in launching what it said were 26 missiles at Islamic State targets in Syria a few 1,500 km (900 miles) from the Caspian Sea on Wednesday.',
  'Russia’s defence ministry also denied the reports.',
  'Over the past week, Russian Federation has directed parts of its air campaign against U.S.-funded groups and other moderate opposition in a concerted effort to weaken them, the officials say.',
  'In a photo released by the Russian Ministry of Defense, the flight crew of an Su-30 fighter are seen at their air base near Latakia, in northwest Syria.',
  'U.S. Secretary of Defense Ashton Carter earlier this week said Russia’s “tragically flawed” strategy in Syria increasingly appears to involve propping up the government of Syrian President Bashar al-Assad against rebel forces.',
  'The missile launches were in support of a major ground offensive by the Syrian army on several fronts in the war-torn country’s west.',
  'It was the second French strike on Syria, and Le Drian said “it will not be the last”.',
  'The observatory also reported a large explosion on the outskirts of the town of Al-Bab, which is an IS stronghold.',
];

const TEMPLATES = [
  '{title} {name} said on {day} that the {org} would send {count} troops to {place} by {month} {date}.',
  '“We have seen {count} strikes in {place} alone,” {title} {name} told reporters.',
  'The {org} reported {count} casualties (about {decimal}% of the total) in {place} last week.',
  'Officials in {place} put the cost at ${decimal} billion, up from ${decimal} billion a year earlier.',
  'U.S. and allied aircraft struck {count} targets near {place}, according to the {org}.',
  '{name}, a spokesman for the U.N. mission in {place}, said talks at {hour} a.m. were “constructive”.',
  'Shares of {company} Inc. rose {decimal}% to ${decimal} in early trading on {day}.',
  'The report, released on {month} {date}, lists {count} incidents (see p. {date}) in {place}.',
  'Talks between {place} and the U.S. resumed on {month} {date} after a pause of {count} days.',
  'Asked whether the {org} had been warned, {title} {name} said: “Not that I know of.”',
  'The convoy left {place} at {hour} p.m. and reached the border {decimal} hours later.',
  'Why would the {org} deny it?',
  'Residents of {place} (population {count}) said the explosions began before dawn.',
];

const SLOTS: Record<string, string[]> = {
  title: ['Gen.', 'Sen.', 'Dr.', 'Mr.', 'Mrs.', 'Col.', 'Lt.', 'Gov.', 'Rep.'],
  name: ['John A. Carter', 'Maria Lopez', 'Ahmed Khan', 'J. R. Whitfield', 'Elena Petrova', 'Li Wei', 'Sarah O’Neill', 'Omar Haddad'],
  org: ['Pentagon', 'U.N. Security Council', 'Syrian Observatory for Human Rights', 'Russian defence ministry', 'European Union', 'State Department'],
  place: ['Latakia', 'Hama', 'Aleppo', 'Damascus', 'Ankara', 'Moscow', 'Washington', 'Al-Bab', 'Idlib', 'Tehran'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  month: ['Jan.', 'Feb.', 'March', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  company: ['Rostec', 'Lockheed Martin', 'Gazprom', 'Raytheon', 'Botas'],
};

const HEADLINES = [
  'Russian Federation Denies US Claim That Four Syria-Bound Missiles Crashed in Iran',
  'Talks on Pilot Safety Set for Weekend',
  'Turkey Warns Moscow Over Gas Supplies',
];

export function newsText(bytes: number, seed = 1): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_all, slot: string) => {
      switch (slot) {
        case 'count':
          return Math.floor(random() * 5000).toLocaleString('en');
        case 'decimal':
          return (random() * 100).toFixed(1);
        case 'hour':
          return String(1 + Math.floor(random() * 12));
        case 'date':
          return String(1 + Math.floor(random() * 28));
        default:
          return pick(SLOTS[slot] ?? [slot]);
      }
    });

  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    let paragraph: string;
    if (random() < 0.05) {
      paragraph = pick(HEADLINES);
    } else {
      const sentences: string[] = [];
      const count = 1 + Math.floor(random() * 4);
      for (let i = 0; i < count; i += 1) sentences.push(random() < 0.3 ? pick(ARTICLE) : fill(pick(TEMPLATES)));
      paragraph = sentences.join(' ');
    }
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return paragraphs.join('\n');
}

import { describe, expect, it } from 'vitest';
import { expectOneClearLine, expectRefusedUnchanged, useCliNotebook } from './test-support/cli-run';

describe('themata documents set, and the details it lists', () => {
  const setup = useCliNotebook();

  async function study() {
    const cli = setup();
    await cli.run('themes', 'add', 'Missile claims');
    await cli.run('themes', 'add', 'Denials');
    await cli.run('import', cli.write('syria.txt', 'Moscow denied the strike. The Pentagon said 59 missiles hit.\n'));
    await cli.run('import', cli.write('ankara.txt', 'Ankara warned. Gas prices rose. Moscow denied again.\n'));
    await cli.run('tag', '1:1', 'Denials');
    await cli.run('tag', '1:2', 'Missile claims');
    await cli.run('tag', '2:3', 'Denials');
    return cli;
  }

  it('sets every detail and attribute of a document, lists them, and undoes them as one change', async () => {
    const cli = await study();
    const set = await cli.run('documents', 'set', '1', '--title', 'Strike on Shayrat', '--outlet', 'Reuters', '--author', 'J. Doe', '--date', '2017-04-07',
      '--url', 'https://example.org/shayrat', '--lang', 'en', '--attr', 'country=Syria', '--attr', 'stance=neutral');
    expect(set).toEqual({ code: 0, stdout: 'Set the details of document 1, "Strike on Shayrat"\n', stderr: '' });
    expect((await cli.run('documents')).stdout).toBe(
      '1\t2 sentences\t2 tagged\tStrike on Shayrat\tReuters · 2017-04-07 · J. Doe · en · https://example.org/shayrat · country=Syria · stance=neutral\n' +
        '2\t3 sentences\t1 tagged\tAnkara\n',
    );
    const json = JSON.parse((await cli.run('documents', '--json')).stdout) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({
      title: 'Strike on Shayrat', outlet: 'Reuters', author: 'J. Doe', publishedOn: '2017-04-07', url: 'https://example.org/shayrat', language: 'en',
      attributes: [{ key: 'country', value: 'Syria' }, { key: 'stance', value: 'neutral' }],
    });
    expect(json[1]).toMatchObject({ outlet: null, author: null, publishedOn: null, url: null, language: null, attributes: [] });
    expect((await cli.run('undo')).stdout).toContain('Set details of ‘Syria’');
    expect((await cli.run('documents')).stdout).toMatch(/^1\t2 sentences\t2 tagged\tSyria\n/);
  });

  it('clears a detail with an empty value and an attribute with KEY=', async () => {
    const cli = await study();
    await cli.run('documents', 'set', '2', '--outlet', 'TASS', '--attr', 'wave=1', '--attr', 'country=Turkey');
    expect((await cli.run('documents', 'set', '2', '--outlet', '', '--attr', 'wave=')).code).toBe(0);
    expect((await cli.run('documents')).stdout).toContain('2\t3 sentences\t1 tagged\tAnkara\tcountry=Turkey\n');
  });

  it.each([
    [['documents', 'set', '1', '--date', '2017-02-30'], /^themata: "2017-02-30" is not a date; write it as YYYY-MM-DD, for example 2017-04-07\.\n$/],
    [['documents', 'set', '1', '--date', '07/04/2017'], /is not a date; write it as YYYY-MM-DD/],
    [['documents', 'set', '9', '--outlet', 'Reuters'], /^themata: There is no document 9 in this notebook\.\n$/],
    [['documents', 'set', 'first', '--outlet', 'Reuters'], /^themata: "first" is not a document number; "themata documents" lists them\.\n$/],
    [['documents', 'set', '1', '--attr', 'country'], /^themata: --attr takes KEY=VALUE \(KEY= removes it\), not "country"\.\n$/],
    [['documents', 'set', '1', '--attr', '=Syria'], /^themata: An attribute needs a name, such as country or stance\.\n$/],
    [['documents', 'set', '1', '--attr', 'outlet=TASS'], /"outlet" is already one of a document's details/],
    [['documents', 'set', '1', '--outlet', 'Reuters', '--url', 'www.example.org'], /"www\.example\.org" is not a web address; a URL starts with http:\/\/ or https:\/\//],
    [['documents', 'set', '1', '--title', ' '], /^themata: A document needs a title\.\n$/],
  ])('refuses %j with one line, exit 1, and changes nothing', async (argv, message) => {
    await expectRefusedUnchanged(await study(), argv, message);
  });

  it('treats a missing DOC or nothing to set as a usage mistake', async () => {
    const cli = await study();
    expectOneClearLine(await cli.run('documents', 'set', '1'), /say what to set: --title, --outlet/);
    expectOneClearLine(await cli.run('documents', 'set'), /expected DOC/);
    expectOneClearLine(await cli.run('documents', '--url', 'https://example.org'), /--url goes with "documents set DOC"/);
    expectOneClearLine(await cli.run('documents', 'set', '1', '--from', '2017-01-01'), /--from and --to pick documents when listing them/);
    expectOneClearLine(await cli.run('documents', '--attr', 'country'), /--attr takes KEY=VALUE, such as --attr country=Russia/);
  });

  it('picks documents by their details for documents, search and stats, as the workspace\'s scope does', async () => {
    const cli = await study();
    await cli.run('documents', 'set', '1', '--outlet', 'Reuters', '--date', '2017-04-07', '--attr', 'country=Syria');
    await cli.run('documents', 'set', '2', '--outlet', 'TASS', '--date', '2017-04-09', '--attr', 'country=Turkey');
    expect((await cli.run('documents', '--outlet', 'reuters')).stdout).toMatch(/^1\t2 sentences\t2 tagged\tSyria\t/);
    expect((await cli.run('documents', '--from', '2017-04-08')).stdout).toMatch(/^2\t3 sentences/);
    expect((await cli.run('documents', '--outlet', 'AP')).stdout).toBe('No document has outlet AP.\n');

    // "Moscow denied" is in both documents; the conditions keep one.
    expect((await cli.run('search', 'Moscow', 'denied')).stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect((await cli.run('search', 'Moscow', 'denied', '--attr', 'country=Turkey')).stdout).toBe('2:3\tMoscow denied again.\n');
    expect((await cli.run('search', 'Moscow', '-Ankara', '--to', '2017-04-07')).stdout).toBe('1:1\tMoscow denied the strike.\n');

    const stats = JSON.parse((await cli.run('stats', '--json', '--outlet', 'TASS')).stdout) as { tagCount: number; documents: { documentId: number }[]; outlets: { outlet: string }[] };
    expect(stats.tagCount).toBe(1);
    expect(stats.documents.map((d) => d.documentId)).toEqual([2]);
    expect(stats.outlets.map((o) => o.outlet)).toEqual(['TASS']);

    const before = await cli.snapshot();
    expectOneClearLine(await cli.run('stats', '--outlet', 'AP'), /^themata: No document has outlet AP; "themata documents" lists their details\.\n$/);
    expectOneClearLine(await cli.run('search', 'Moscow', '--from', 'April'), /"April" is not a date; write it as YYYY-MM-DD/);
    expect(await cli.snapshot()).toBe(before);
  });

  it('counts tagged sentences per theme per outlet and per attribute value in stats, and in stats --json', async () => {
    const cli = await study();
    await cli.run('documents', 'set', '1', '--outlet', 'Reuters', '--attr', 'stance=hawkish');
    await cli.run('documents', 'set', '2', '--outlet', 'TASS', '--attr', 'stance=hawkish');
    const text = (await cli.run('stats')).stdout;
    expect(text).toContain('\nOutlets (tagged sentences per theme)\n       2 of 2 tagged  Reuters, 1 document: Missile claims 1, Denials 1\n       1 of 3 tagged  TASS, 1 document: Denials 1\n');
    expect(text).toContain('\nAttributes (tagged sentences per theme)\n       3 of 5 tagged  stance=hawkish, 2 documents: Missile claims 1, Denials 2\n');
    const json = JSON.parse((await cli.run('stats', '--json')).stdout) as { outlets: unknown[]; attributes: unknown[] };
    expect(json.outlets).toEqual([
      { outlet: 'Reuters', documentCount: 1, sentenceCount: 2, taggedCount: 2, themes: [{ themeId: 1, name: 'Missile claims', count: 1 }, { themeId: 2, name: 'Denials', count: 1 }] },
      { outlet: 'TASS', documentCount: 1, sentenceCount: 3, taggedCount: 1, themes: [{ themeId: 2, name: 'Denials', count: 1 }] },
    ]);
    expect(json.attributes).toEqual([
      { key: 'stance', value: 'hawkish', documentCount: 2, sentenceCount: 5, taggedCount: 3, themes: [{ themeId: 1, name: 'Missile claims', count: 1 }, { themeId: 2, name: 'Denials', count: 2 }] },
    ]);
  });

  it('leaves the outlet and attribute sections out of stats while no document has details', async () => {
    const cli = await study();
    const text = (await cli.run('stats')).stdout;
    expect(text).not.toContain('Outlets');
    expect(text).not.toContain('Attributes');
  });
});

describe('themata memo', () => {
  const setup = useCliNotebook();

  async function study() {
    const cli = setup();
    await cli.run('themes', 'add', 'Missile claims');
    await cli.run('import', cli.write('syria.txt', 'Moscow denied the strike. The Pentagon said 59 missiles hit.\n'));
    return cli;
  }

  it('writes and reads the notebook memo, a document\'s and a theme\'s, and finds them by search', async () => {
    const cli = await study();
    expect(await cli.run('memo', 'notebook', 'How', 'the', 'strike', 'was', 'framed.')).toEqual({ code: 0, stdout: 'Saved the memo on the notebook\n', stderr: '' });
    expect((await cli.run('memo', '1', 'A wire report about the strike.')).stdout).toBe('Saved the memo on document 1, "Syria"\n');
    const file = cli.write('memo.md', 'Numbers of missiles.\n\nFired, hit, intercepted.\n\n');
    expect((await cli.run('memo', 'theme:Missile claims', '--file', file)).stdout).toBe('Saved the memo on theme "Missile claims"\n');
    expect((await cli.run('memo', 'notebook')).stdout).toBe('How the strike was framed.\n');
    expect((await cli.run('memo', 'theme:1')).stdout).toBe('Numbers of missiles.\n\nFired, hit, intercepted.\n');
    expect((await cli.run('search', 'strike')).stdout).toBe(
      '1:1\tMoscow denied the strike.\nmemo\tNotebook memo: How the strike was framed.\nmemo\tMemo on Syria: A wire report about the strike.\n',
    );
    const json = JSON.parse((await cli.run('search', 'missiles', '--json')).stdout) as Record<string, unknown>[];
    expect(json.at(-1)).toEqual({ memo: 'theme', documentId: null, themeId: 1, label: 'Memo on theme Missile claims', body: 'Numbers of missiles.\n\nFired, hit, intercepted.' });
    expect((await cli.run('memo', '1', '--clear')).stdout).toBe('Removed the memo on document 1, "Syria"\n');
    const empty = await cli.run('memo', '1');
    expect(empty).toMatchObject({ code: 0, stdout: '' });
    expect(empty.stderr).toMatch(/There is no memo on document 1, "Syria" yet/);
  });

  it.each([
    [['memo', '9', 'text'], /^themata: There is no document 9 in this notebook\.\n$/],
    [['memo', 'theme:Nothing', 'text'], /There is no theme/],
    [['memo', 'codebook', 'text'], /^themata: "codebook" names no memo; write notebook, a document's number, or theme:NAME\.\n$/],
  ])('refuses %j with one line, exit 1, and changes nothing', async (argv, message) => {
    await expectRefusedUnchanged(await study(), argv, message);
  });
});

describe('themata export, by document details', () => {
  const setup = useCliNotebook();

  it('exports only the documents the conditions pick, in every format', async () => {
    const cli = setup();
    await cli.run('themes', 'add', 'Denials');
    await cli.run('import', cli.write('syria.txt', 'Moscow denied the strike. The Pentagon said 59 missiles hit.\n'));
    await cli.run('import', cli.write('ankara.txt', 'Ankara warned. Gas prices rose. Moscow denied again.\n'));
    await cli.run('tag', '1:1', 'Denials');
    await cli.run('tag', '2:3', 'Denials');
    await cli.run('documents', 'set', '2', '--outlet', 'TASS', '--attr', 'country=Turkey');
    const markdown = (await cli.run('export', '--outlet', 'tass')).stdout;
    expect(markdown).toContain('Moscow denied again.');
    expect(markdown).not.toContain('Moscow denied the strike.');
    const csv = (await cli.run('export', '--format', 'csv', '--attr', 'country=Turkey')).stdout.trim().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^2,Ankara,3,/);
    const counts = JSON.parse((await cli.run('export', '--format', 'json', '--counts', '--outlet', 'TASS')).stdout) as { documents: { title: string }[] };
    expect(counts.documents.map((d) => d.title)).toEqual(['Ankara']);
    expectOneClearLine(await cli.run('export', '--outlet', 'AP'), /^themata: No document has outlet AP; "themata documents" lists their details\.\n$/);
  });
});

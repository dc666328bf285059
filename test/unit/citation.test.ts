// Expected strings are written by hand from the style rules (OSCOLA 4th ed., Bluebook 21st ed., APA 7th ed.),
// not copied from the formatters' output. Inputs mirror real entries in content/.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { apa, apaInText } from '../../src/lib/citation/apa';
import { latexCite } from '../../src/lib/citation/groups';
import { bluebook, bluebookTitleCase } from '../../src/lib/citation/bluebook';
import { bluebookDate, highwireDate, oscolaDate } from '../../src/lib/citation/dates';
import { protectCapitals } from '../../src/lib/citation/bibtex';
import { toBibtex, toCslJson, toRis } from '../../src/lib/citation/exports';
import { oscola } from '../../src/lib/citation/oscola';
import { transliterateRussian } from '../../src/lib/citation/transliterate';
import { citationIssuer, isUnDocumentSymbol, numberedBySite, reportNumber } from '../../src/lib/citation/site';
import { documentWork, pageWork, statuteWork, type DocumentWork } from '../../src/lib/citation/works';

const site = 'https://kzlaw.example/';
const sr =
  'UN Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism';
const srBluebook =
  'U.N. Special Rapporteur on the Promotion and Protection of Human Rights and Fundamental Freedoms While Countering Terrorism';

// The May 2020 snapshot of the Code cites laws up to 04.05.2020 (content/articles/255.md, statute.version).
const may2020 = { amendedTo: '2020-05-04' };
const art255part1 = statuteWork('255', `${site}criminal-code/255/#part-1`, may2020, 1);
const art174 = statuteWork('174', `${site}criminal-code/174/`, may2020);
const art255note = statuteWork('255', `${site}criminal-code/255/#note`, may2020, 'note');
const art174later = statuteWork('174', `${site}criminal-code/174/#version-2020-06-26`, {
  ...may2020,
  amendedBy: { date: '2020-06-26', number: '349-VI' },
});

const analysis255 = pageWork({
  sitePath: 'criminal-code/255/',
  title: 'Article 255. Act of terrorism',
  reviewed: '2026-11-23',
  url: `${site}criminal-code/255/`,
});
const findingPage = pageWork({
  sitePath: 'findings/sr-2019-socially-dangerous-consequences/',
  title: '“Socially dangerous consequences”, propaganda and public calls lack intent and invite arbitrary use',
  reviewed: '2026-11-23',
  url: `${site}findings/sr-2019-socially-dangerous-consequences/`,
});
const standardPage = pageWork({
  sitePath: 'standards/iccpr-19/',
  title: 'ICCPR art. 19: Freedom of expression',
  reviewed: '2026-11-20',
  url: `${site}standards/iccpr-19/#x`,
});

const doc = (id: string, facts: Parameters<typeof documentWork>[1], paragraph?: number): DocumentWork =>
  documentWork(
    id,
    facts,
    `${site}sources/${id}/`,
    paragraph === undefined ? undefined : { paragraph, url: `${site}sources/${id}/#para-${paragraph}` },
  );

const preliminary = {
  title:
    'Preliminary Findings of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism on her visit to Kazakhstan',
  issuer: sr,
  authors: [{ family: 'Ní Aoláin', given: 'Fionnuala' }],
  date: '2019-05-22',
  numbering:
    "The statement's paragraphs are not numbered. This site numbers them 1 to 39 in order, from the first paragraph after the date; section headings are not counted.",
};
const report = {
  title:
    'Visit to Kazakhstan: Report of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism',
  issuer: sr,
  authors: [{ family: 'Ní Aoláin', given: 'Fionnuala' }],
  date: '2020-01-22',
  symbol: 'A/HRC/43/46/Add.1',
  url: 'https://www.ohchr.org/en/documents/country-reports/ahrc4346add1-visit-kazakhstan-report-special-rapporteur-promotion-and',
  numbering:
    "These are the paragraphs of the report's summary, numbered 1 to 3 by this site. They are not the report's own paragraph numbers, which begin after the summary.",
};
const pressRelease = {
  title: 'Kazakhstan: UN experts condemn lethal force against protesters, misuse of term ‘terrorists’',
  issuer: 'Office of the UN High Commissioner for Human Rights (press release of Special Procedures mandate holders)',
  authors: [],
  date: '2022-01-11',
  numbering: "The press release's paragraphs are not numbered. This site numbers them 1 to 16 in order.",
};
const letter = {
  title: 'Communication AL KAZ 1/2022 from eight mandates of the Special Procedures to the Government of Kazakhstan',
  issuer: 'Special Procedures of the UN Human Rights Council (joint allegation letter of eight mandates)',
  authors: [{ family: 'Ní Aoláin', given: 'Fionnuala' }],
  date: '2022-01-18',
  symbol: 'AL KAZ 1/2022',
  numbering: "The letter's paragraphs are not numbered. This site numbers them 1 to 118 in order.",
};

describe('OSCOLA', () => {
  it('cites the statute by name, date, number, article and part, the text cited, and whose translation', () => {
    expect(oscola(art255part1).text).toBe(
      'Criminal Code of the Republic of Kazakhstan of 3 July 2014 No 226-V, art 255(1) (as amended to 4 May 2020; unofficial translation: Kazakhstan Counter-Terrorism Law Review <https://kzlaw.example/criminal-code/255/#part-1>).',
    );
    expect(oscola(art174).text).toBe(
      'Criminal Code of the Republic of Kazakhstan of 3 July 2014 No 226-V, art 174 (as amended to 4 May 2020; unofficial translation: Kazakhstan Counter-Terrorism Law Review <https://kzlaw.example/criminal-code/174/>).',
    );
    expect(oscola(art174later).text).toBe(
      'Criminal Code of the Republic of Kazakhstan of 3 July 2014 No 226-V, art 174 (as amended by the Law of 26 June 2020 No 349-VI; described by the Kazakhstan Counter-Terrorism Law Review <https://kzlaw.example/criminal-code/174/#version-2020-06-26>).',
    );
    expect(oscola(art255note).text).toBe(
      'Criminal Code of the Republic of Kazakhstan of 3 July 2014 No 226-V, art 255, note (as amended to 4 May 2020; unofficial translation: Kazakhstan Counter-Terrorism Law Review <https://kzlaw.example/criminal-code/255/#note>).',
    );
  });

  it('cites our pages as web pages of the organisation, with the date last reviewed', () => {
    expect(oscola(analysis255).text).toBe(
      'Kazakhstan Counter-Terrorism Law Review, ‘Article 255. Act of terrorism’ (last reviewed 23 November 2026) <https://kzlaw.example/criminal-code/255/>.',
    );
    expect(oscola(findingPage).text).toBe(
      'Kazakhstan Counter-Terrorism Law Review, ‘“Socially dangerous consequences”, propaganda and public calls lack intent and invite arbitrary use’ (last reviewed 23 November 2026) <https://kzlaw.example/findings/sr-2019-socially-dangerous-consequences/>.',
    );
  });

  it('cites UN documents with the UN Doc symbol and the paragraph, saying whose numbering it is', () => {
    expect(oscola(doc('sr-2019-preliminary-findings', preliminary, 8)).text).toBe(
      `${sr}, ‘Preliminary Findings of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism on her visit to Kazakhstan’ (22 May 2019) para 8 (as numbered by the Kazakhstan Counter-Terrorism Law Review <https://kzlaw.example/sources/sr-2019-preliminary-findings/#para-8>).`,
    );
    expect(oscola(doc('a-hrc-43-46-add-1', report, 2)).text).toBe(
      `${sr}, ‘Visit to Kazakhstan: Report of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism’ (22 January 2020) UN Doc A/HRC/43/46/Add.1, para 2 (as numbered by the Kazakhstan Counter-Terrorism Law Review <https://kzlaw.example/sources/a-hrc-43-46-add-1/#para-2>).`,
    );
    expect(oscola(doc('a-hrc-43-46-add-1', report)).text).toBe(
      `${sr}, ‘Visit to Kazakhstan: Report of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism’ (22 January 2020) UN Doc A/HRC/43/46/Add.1 <https://www.ohchr.org/en/documents/country-reports/ahrc4346add1-visit-kazakhstan-report-special-rapporteur-promotion-and>.`,
    );
    expect(oscola(doc('ohchr-press-release-2022-01-11', pressRelease, 6)).text).toBe(
      'Office of the UN High Commissioner for Human Rights, ‘Kazakhstan: UN experts condemn lethal force against protesters, misuse of term “terrorists”’ (11 January 2022) para 6 (as numbered by the Kazakhstan Counter-Terrorism Law Review <https://kzlaw.example/sources/ohchr-press-release-2022-01-11/#para-6>).',
    );
    expect(oscola(doc('al-kaz-1-2022', letter, 57)).text).toBe(
      'Special Procedures of the UN Human Rights Council, ‘Communication AL KAZ 1/2022 from eight mandates of the Special Procedures to the Government of Kazakhstan’ (18 January 2022) para 57 (as numbered by the Kazakhstan Counter-Terrorism Law Review <https://kzlaw.example/sources/al-kaz-1-2022/#para-57>).',
    );
  });
});

describe('Bluebook', () => {
  it('cites the statute by its transliterated Russian title, then the English (rule 20.2.2), the country, the text cited and "translated in"', () => {
    expect(bluebook(art255part1).text).toBe(
      'Ugolovnyi kodeks Respubliki Kazakhstan [Criminal Code of the Republic of Kazakhstan] No. 226-V of July 3, 2014, art. 255(1) (Kaz.) (as amended to May 4, 2020), translated in Kazakhstan Counter-Terrorism Law Review, https://kzlaw.example/criminal-code/255/#part-1.',
    );
    expect(bluebook(art255part1).html).toContain('(as amended to May 4, 2020), <i>translated in</i> Kazakhstan');
    expect(bluebook(art174).text).toBe(
      'Ugolovnyi kodeks Respubliki Kazakhstan [Criminal Code of the Republic of Kazakhstan] No. 226-V of July 3, 2014, art. 174 (Kaz.) (as amended to May 4, 2020), translated in Kazakhstan Counter-Terrorism Law Review, https://kzlaw.example/criminal-code/174/.',
    );
    expect(bluebook(art174later).text).toBe(
      'Ugolovnyi kodeks Respubliki Kazakhstan [Criminal Code of the Republic of Kazakhstan] No. 226-V of July 3, 2014, art. 174 (Kaz.) (as amended by Law No. 349-VI of June 26, 2020), described in Kazakhstan Counter-Terrorism Law Review, https://kzlaw.example/criminal-code/174/#version-2020-06-26.',
    );
  });

  it('romanizes Russian by the Library of Congress table without diacritics', () => {
    expect(transliterateRussian('Уголовный кодекс Республики Казахстан')).toBe(
      'Ugolovnyi kodeks Respubliki Kazakhstan',
    );
    expect(transliterateRussian('Щёлково, объявление, Юрий, Яна, Цой, Хабаровск')).toBe(
      'Shchelkovo, obiavlenie, Iurii, Iana, Tsoi, Khabarovsk',
    );
  });

  it('cites our pages as internet sources with italic, capitalised titles and the date of the material before the URL (rule 18.2.2(c))', () => {
    expect(bluebook(analysis255).text).toBe(
      'Kazakhstan Counter-Terrorism Law Review, Article 255. Act of Terrorism (Nov. 23, 2026), https://kzlaw.example/criminal-code/255/.',
    );
    expect(bluebook(analysis255).html).toBe(
      'Kazakhstan Counter-Terrorism Law Review, <i>Article 255. Act of Terrorism</i> (Nov. 23, 2026), https://kzlaw.example/criminal-code/255/.',
    );
    expect(bluebook(findingPage).text).toBe(
      'Kazakhstan Counter-Terrorism Law Review, “Socially Dangerous Consequences”, Propaganda and Public Calls Lack Intent and Invite Arbitrary Use (Nov. 23, 2026), https://kzlaw.example/findings/sr-2019-socially-dangerous-consequences/.',
    );
    expect(bluebook(standardPage).text).toBe(
      'Kazakhstan Counter-Terrorism Law Review, ICCPR Art. 19: Freedom of Expression (Nov. 20, 2026), https://kzlaw.example/standards/iccpr-19/#x.',
    );
  });

  it('cites UN documents with ¶, "U.N. Doc." and the date', () => {
    expect(bluebook(doc('sr-2019-preliminary-findings', preliminary, 8)).text).toBe(
      `${srBluebook}, Preliminary Findings of the Special Rapporteur on the Promotion and Protection of Human Rights and Fundamental Freedoms While Countering Terrorism on Her Visit to Kazakhstan, ¶ 8 (May 22, 2019) (as numbered by the Kazakhstan Counter-Terrorism Law Review, https://kzlaw.example/sources/sr-2019-preliminary-findings/#para-8).`,
    );
    expect(bluebook(doc('a-hrc-43-46-add-1', report)).text).toBe(
      `${srBluebook}, Visit to Kazakhstan: Report of the Special Rapporteur on the Promotion and Protection of Human Rights and Fundamental Freedoms While Countering Terrorism, U.N. Doc. A/HRC/43/46/Add.1 (Jan. 22, 2020), https://www.ohchr.org/en/documents/country-reports/ahrc4346add1-visit-kazakhstan-report-special-rapporteur-promotion-and.`,
    );
    expect(bluebook(doc('ohchr-press-release-2022-01-11', pressRelease, 6)).text).toBe(
      'Office of the U.N. High Commissioner for Human Rights, Kazakhstan: UN Experts Condemn Lethal Force Against Protesters, Misuse of Term ‘Terrorists’, ¶ 6 (Jan. 11, 2022) (as numbered by the Kazakhstan Counter-Terrorism Law Review, https://kzlaw.example/sources/ohchr-press-release-2022-01-11/#para-6).',
    );
    expect(bluebook(doc('al-kaz-1-2022', letter, 57)).text).toBe(
      'Special Procedures of the U.N. Human Rights Council, Communication AL KAZ 1/2022 from Eight Mandates of the Special Procedures to the Government of Kazakhstan, ¶ 57 (Jan. 18, 2022) (as numbered by the Kazakhstan Counter-Terrorism Law Review, https://kzlaw.example/sources/al-kaz-1-2022/#para-57).',
    );
  });

  it('capitalises titles by rule 8 and abbreviates months by T12', () => {
    expect(bluebookTitleCase('the law of terrorism: a study in counter-terrorism')).toBe(
      'The Law of Terrorism: A Study in Counter-Terrorism',
    );
    expect(bluebookDate('2014-07-03')).toBe('July 3, 2014');
    expect(bluebookDate('2021-09-01')).toBe('Sept. 1, 2021');
    expect(bluebookDate('2022-03')).toBe('Mar. 2022');
  });
});

describe('APA 7 (Citation.js)', () => {
  it("gives statute references in APA's statute form", () => {
    expect(apa(art255part1).text).toBe(
      'Criminal Code of the Republic of Kazakhstan No. 226-V, art. 255(1), as amended to May 4, 2020 (2014). https://kzlaw.example/criminal-code/255/#part-1',
    );
    expect(apa(art174).text).toBe(
      'Criminal Code of the Republic of Kazakhstan No. 226-V, art. 174, as amended to May 4, 2020 (2014). https://kzlaw.example/criminal-code/174/',
    );
  });

  it('gives our pages as web pages by the organisation, dated in full, without repeating it as site name', () => {
    // APA 7 (10.16): Author. (Year, Month Day). *Title*. Site Name (left out when it is the author). URL
    expect(apa(analysis255).text).toBe(
      'Kazakhstan Counter-Terrorism Law Review. (2026, November 23). Article 255. Act of terrorism. https://kzlaw.example/criminal-code/255/',
    );
    expect(apa(analysis255).html).toBe(
      'Kazakhstan Counter-Terrorism Law Review. (2026, November 23). <i>Article 255. Act of terrorism</i>. https://kzlaw.example/criminal-code/255/',
    );
  });

  it('gives UN documents as reports with their symbol, and the paragraph in the in-text citation', () => {
    const prelim = doc('sr-2019-preliminary-findings', preliminary, 8);
    expect(apa(prelim).text).toBe(
      `${sr}. (2019). Preliminary Findings of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism on her visit to Kazakhstan. https://kzlaw.example/sources/sr-2019-preliminary-findings/`,
    );
    expect(apaInText(prelim, 8)).toBe(`(${sr}, 2019, para. 8)`);
    // The held summary's paragraphs are not the report's own paragraph 1 to 3: APA names the section.
    const summary = doc('a-hrc-43-46-add-1', { ...report, heldPart: 'summary' }, 1);
    expect(apaInText(summary, 1)).toMatch(/, 2020, Summary, para\. 1\)$/);
    expect(apa(doc('a-hrc-43-46-add-1', report, 2)).text).toBe(
      `${sr}. (2020). Visit to Kazakhstan: Report of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism (A/HRC/43/46/Add.1). https://www.ohchr.org/en/documents/country-reports/ahrc4346add1-visit-kazakhstan-report-special-rapporteur-promotion-and`,
    );
    expect(apa(doc('ohchr-press-release-2022-01-11', pressRelease, 6)).text).toBe(
      'Office of the UN High Commissioner for Human Rights. (2022). Kazakhstan: UN experts condemn lethal force against protesters, misuse of term ‘terrorists.’ https://kzlaw.example/sources/ohchr-press-release-2022-01-11/',
    );
    expect(apa(doc('al-kaz-1-2022', letter, 57)).text).toBe(
      'Special Procedures of the UN Human Rights Council. (2022). Communication AL KAZ 1/2022 from eight mandates of the Special Procedures to the Government of Kazakhstan. https://kzlaw.example/sources/al-kaz-1-2022/',
    );
  });
});

describe('undated pages', () => {
  // Source pages on publications the site only cites record no review date.
  const undated = pageWork({
    sitePath: 'sources/the-diplomat-2022-01/',
    title: "Article in The Diplomat on the UN experts' statement of 11 January 2022",
    url: `${site}sources/the-diplomat-2022-01/`,
  });

  it('leave the date out in OSCOLA and Bluebook, and say "n.d." in APA', () => {
    expect(oscola(undated).text).toBe(
      "Kazakhstan Counter-Terrorism Law Review, ‘Article in The Diplomat on the UN experts' statement of 11 January 2022’ <https://kzlaw.example/sources/the-diplomat-2022-01/>.",
    );
    expect(bluebook(undated).text).toBe(
      "Kazakhstan Counter-Terrorism Law Review, Article in The Diplomat on the UN Experts' Statement of 11 January 2022, https://kzlaw.example/sources/the-diplomat-2022-01/.",
    );
    expect(apa(undated).text).toBe(
      'Kazakhstan Counter-Terrorism Law Review. (n.d.). Article in The Diplomat on the UN experts’ statement of 11 January 2022. https://kzlaw.example/sources/the-diplomat-2022-01/',
    );
  });
});

describe('downloads', () => {
  const works = [
    analysis255,
    statuteWork('255', `${site}criminal-code/255/`, may2020),
    art174later,
    doc('a-hrc-43-46-add-1', report),
    doc('ohchr-press-release-2022-01-11', pressRelease),
  ];

  it('CSL-JSON gives the statute as Zotero exports one: legislation with number, section, date enacted and history', () => {
    const items = JSON.parse(toCslJson(works)) as Record<string, unknown>[];
    expect(items.map((i) => [i.type, i.title])).toEqual([
      ['webpage', 'Article 255. Act of terrorism'],
      ['legislation', 'Criminal Code of the Republic of Kazakhstan'],
      ['legislation', 'Criminal Code of the Republic of Kazakhstan'],
      ['report', report.title],
      ['report', pressRelease.title],
    ]);
    expect(items[0]).toMatchObject({
      id: 'kzctlr-criminal-code-255',
      author: [{ literal: 'Kazakhstan Counter-Terrorism Law Review' }],
      issued: { 'date-parts': [[2026, 11, 23]] },
      URL: 'https://kzlaw.example/criminal-code/255/',
    });
    // No report number of ours: every official style would print it as if the page were a numbered report.
    expect(items[0]).not.toHaveProperty('number');
    expect(items[1]).toMatchObject({
      id: 'kz-criminal-code-art-255',
      number: '226-V',
      section: 'art. 255',
      issued: { 'date-parts': [[2014, 7, 3]] },
      references: 'as amended to May 4, 2020',
      'container-title': 'as amended to 4 May 2020',
      language: 'ru',
    });
    expect(items[2]).toMatchObject({
      id: 'kz-criminal-code-art-174-as-amended-by-349-vi',
      references: 'as amended by Law No. 349-VI of June 26, 2020',
    });
    expect(items[3]).toMatchObject({
      number: 'A/HRC/43/46/Add.1',
      genre: 'UN Doc',
      author: [{ literal: sr }],
      note: 'Signed by Fionnuala Ní Aoláin.',
      URL: report.url,
    });
    expect(items[3]!.publisher).toBeUndefined();
    expect(items[4]).toMatchObject({ author: [{ literal: 'Office of the UN High Commissioner for Human Rights' }] });
    expect(items.every((i) => i.note === undefined || !/para/.test(String(i.note)))).toBe(true);
  });

  it('BibTeX is biblatex: the work keys, @legislation with number and article, ISO dates, braced organisations and acronyms', () => {
    const bib = toBibtex(works);
    expect([...bib.matchAll(/^@(\w+)\{([^,]+),$/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'online kzctlr-criminal-code-255',
      'legislation kz-criminal-code-art-255',
      'legislation kz-criminal-code-art-174-as-amended-by-349-vi',
      'misc a-hrc-43-46-add-1',
      'online ohchr-press-release-2022-01-11',
    ]);
    expect(bib).toContain(
      '  number = {No 226-V, art 255},\n  date = {2014-07-03},\n  language = {russian},\n  note = {as amended to 4 May 2020; unofficial English translation by the Kazakhstan Counter-Terrorism Law Review; the Russian text is authoritative},',
    );
    expect(bib).toContain(`  author = {{${sr}}},`);
    expect(bib).toContain('  annotation = {Signed by Fionnuala Ní Aoláin.},');
    expect(bib).toContain(`  organization = {{${sr}}},`);
    // biblatex-oscola's UN-document form: "(22 January 2020) UN Doc A/HRC/43/46/Add.1".
    expect(bib).toContain('  entrysubtype = {undoc},');
    expect(bib).toContain('  number = {UN Doc A/HRC/43/46/Add.1},');
    expect(bib).toContain('  date = {2020-01-22},');
    expect(bib).toContain(
      '  title = {Kazakhstan: {UN} experts condemn lethal force against protesters, misuse of term \\mkbibquote{terrorists}},',
    );
    expect(bib).toContain('  title = {Criminal {Code} of the {Republic} of {Kazakhstan}},');
    expect(bib).toContain('  title = {Visit to {Kazakhstan}: {Report} of the {Special} {Rapporteur} on the promotion');
    expect(bib).not.toMatch(/month|year =/);
    expect(bib).not.toContain('KZCTLR/');
    // biblatex-oscola's short citation prints the short title alone: it must name the article (and a later text's law).
    expect(bib).toContain('  shorttitle = {Criminal {Code} of {Kazakhstan}, art 255},');
    expect(bib).toContain(
      '  shorttitle = {Criminal {Code} of {Kazakhstan}, art 174 (as amended by {Law} {No} {349-VI})},',
    );
    const back = new Cite(bib).data;
    expect(back.map((i) => i.id)).toEqual([
      'kzctlr-criminal-code-255',
      'kz-criminal-code-art-255',
      'kz-criminal-code-art-174-as-amended-by-349-vi',
      'a-hrc-43-46-add-1',
      'ohchr-press-release-2022-01-11',
    ]);
    // Citation.js reads the symbol of an @misc UN document as no field: reference managers take the CSL-JSON.
    expect(back[3]).toMatchObject({ author: [{ family: sr }] });
  });

  it('RIS gives the statute as STAT (Zotero: statute) with number, section, date and history, and whole IDs', () => {
    const ris = toRis(works);
    const records = ris.replace(/\n$/, '').split(/\n\n/);
    expect(records).toHaveLength(5);
    for (const record of records) {
      const lines = record.split('\n');
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    }
    expect(records[0]).toContain('TY  - ELEC');
    expect(records[0]).toContain('ID  - kzctlr-criminal-code-255\n');
    expect(records[1]).toContain(
      'TY  - STAT\nID  - kz-criminal-code-art-255\nTI  - Criminal Code of the Republic of Kazakhstan\nM1  - 226-V\nSE  - art. 255\nDA  - 2014/07/03',
    );
    expect(records[1]).toContain('OP  - as amended to May 4, 2020');
    expect(records[2]).toContain('ID  - kz-criminal-code-art-174-as-amended-by-349-vi\n');
    expect(records[3]).toContain(`AU  - ${sr}\nPB  - ${sr}`);
    expect(records[3]).toContain('N1  - Signed by Fionnuala Ní Aoláin.');
    expect(records[4]).toContain('AU  - Office of the UN High Commissioner for Human Rights\n');
  });
});

describe('quotations inside BibTeX titles (issue 21, P12)', () => {
  it('become \\mkbibquote, which csquotes nests inside the style’s own marks; apostrophes stay', () => {
    expect(
      protectCapitals('Kazakhstan: UN experts condemn lethal force against protesters, misuse of term ‘terrorists’'),
    ).toBe('Kazakhstan: {UN} experts condemn lethal force against protesters, misuse of term \\mkbibquote{terrorists}');
    expect(protectCapitals('“Discord”, “insult” and the State’s “propaganda”')).toBe(
      '\\mkbibquote{Discord}, \\mkbibquote{insult} and the {State’s} \\mkbibquote{propaganda}',
    );
    expect(protectCapitals('Kazakhstan’s own assessment')).toBe('Kazakhstan’s own assessment');
  });
});

describe('instruments', () => {
  const iccpr = {
    kind: 'instrument',
    key: 'iccpr-20-2-instrument',
    title: 'International Covenant on Civil and Political Rights',
    type: 'treaty',
    provision: 'Article 20, paragraph 2',
    adopted: '1966-12-16',
    inForce: '1976-03-23',
    year: '1966',
  } as const;
  const unsc = {
    kind: 'instrument',
    key: 'unsc-1566-para-3-instrument',
    title: 'UN Security Council resolution 1566',
    type: 'resolution',
    provision: 'Operative paragraph 3',
    adopted: '2004-10-08',
    symbol: 'S/RES/1566 (2004)',
    year: '2004',
  } as const;

  // Issue 21, P10: the forms the citation review expected for these instruments.
  const udhr = {
    kind: 'instrument',
    key: 'udhr',
    title: 'Universal Declaration of Human Rights',
    type: 'declaration',
    provision: 'Article 11',
    adopted: '1948-12-10',
    resolution: '217 A (III)',
    year: '1948',
  } as const;
  const gc34 = {
    kind: 'instrument',
    key: 'gc34',
    title: 'Human Rights Committee, General Comment No. 34 (2011) on article 19 of the ICCPR',
    type: 'general-comment',
    provision: 'Paragraph 46',
    symbol: 'CCPR/C/GC/34',
  } as const;
  const rabat = {
    kind: 'instrument',
    key: 'rabat',
    title: 'Rabat Plan of Action',
    type: 'soft-law',
    provision: 'Paragraph 29',
    symbol: 'A/HRC/22/17/Add.4',
    within: 'appendix',
    year: '2012',
  } as const;
  it.each([
    [
      'the UDHR in OSCOLA',
      udhr,
      oscola,
      'Universal Declaration of Human Rights (adopted 10 December 1948) UNGA Res 217 A(III) art 11.',
    ],
    [
      'the UDHR in the Bluebook',
      udhr,
      bluebook,
      'Universal Declaration of Human Rights, G.A. Res. 217 (III) A, art. 11 (Dec. 10, 1948).',
    ],
    [
      'General Comment 34 in OSCOLA',
      gc34,
      oscola,
      'Human Rights Committee, General Comment No. 34 (2011) on article 19 of the ICCPR UN Doc CCPR/C/GC/34, para 46.',
    ],
    [
      'the Rabat Plan in OSCOLA',
      rabat,
      oscola,
      'Rabat Plan of Action (2012) UN Doc A/HRC/22/17/Add.4, appendix, para 29.',
    ],
    [
      'the Rabat Plan in the Bluebook',
      rabat,
      bluebook,
      'Rabat Plan of Action, ¶ 29, U.N. Doc. A/HRC/22/17/Add.4, app. (2012).',
    ],
  ])('cites %s with its resolution or its "UN Doc" symbol', (_name, work, style, expected) => {
    expect(style(work).text).toBe(expected);
  });

  it('cite a treaty with its dates and article, and a resolution with its date, symbol and paragraph', () => {
    expect(oscola(iccpr).text).toBe(
      'International Covenant on Civil and Political Rights (adopted 16 December 1966, entered into force 23 March 1976) art 20(2).',
    );
    expect(bluebook(iccpr).text).toBe(
      'International Covenant on Civil and Political Rights art. 20(2), Dec. 16, 1966.',
    );
    expect(oscola(unsc).text).toBe(
      'UN Security Council resolution 1566 (8 October 2004) UN Doc S/RES/1566 (2004), para 3.',
    );
    // Bluebook rule 21.7.3(b).
    expect(bluebook(unsc).text).toBe('S.C. Res. 1566, ¶ 3 (Oct. 8, 2004).');
  });

  it('give biblatex-oscola a treaty in its treaty form, the article in the citation command', () => {
    // biblatex-oscola prints it "International Covenant on Civil and Political Rights (adopted 16 December
    // 1966, entered into force 23 March 1976), art 20(2)" (biber 2.18, README).
    const bib = toBibtex([iccpr]);
    expect(bib).toMatch(/^@legal\{iccpr-20-2-instrument,$/m);
    expect(bib).toContain('  entrysubtype = {piltreaty},');
    expect(bib).toContain('  lista = {adopted=1966-12-16 and inforce=1976-03-23},');
    expect(bib).not.toMatch(/^\s+(note|date) =/m);
    expect(latexCite(iccpr)).toBe('\\cite[art 20(2)]{iccpr-20-2-instrument}');
    // A resolution keeps the record with its provision as a note.
    expect(toBibtex([unsc])).toMatch(/^@misc\{unsc-1566-para-3-instrument,$/m);
  });
});

describe('citation helpers', () => {
  it("reads from each source's numbering statement whether the paragraph numbers are ours", () => {
    for (const s of [preliminary, report, pressRelease, letter])
      expect(numberedBySite(s.numbering), s.title).toBe(true);
    expect(numberedBySite("The report's own paragraph numbers.")).toBe(false);
    expect(numberedBySite(undefined)).toBe(false);
  });

  it('tells UN document symbols from other references', () => {
    expect(isUnDocumentSymbol('A/HRC/43/46/Add.1')).toBe(true);
    expect(isUnDocumentSymbol('CCPR/C/KAZ/CO/2')).toBe(true);
    expect(isUnDocumentSymbol('AL KAZ 1/2022')).toBe(false);
  });

  it('derives issuers, report numbers and dates', () => {
    expect(citationIssuer(pressRelease.issuer)).toBe('Office of the UN High Commissioner for Human Rights');
    expect(citationIssuer(sr)).toBe(sr);
    expect(reportNumber('/findings/x-1/')).toBe('KZCTLR/findings/x-1');
    expect(oscolaDate('2022-03')).toBe('March 2022');
    expect(highwireDate('2019-05-22')).toBe('2019/05/22');
  });
});

describe('the LaTeX hint', () => {
  it('puts the pinpoint in the postnote as the OSCOLA box words it: the part held and whose numbering', () => {
    const summary = doc('a-hrc-43-46-add-1', { ...report, heldPart: 'summary' }, 1);
    expect(latexCite(summary)).toBe(
      '\\cite[summary para 1 (as numbered by the Kazakhstan Counter-Terrorism Law Review)]{a-hrc-43-46-add-1}',
    );
    expect(latexCite(doc('sr-2019-preliminary-findings', preliminary, 8))).toBe(
      '\\cite[para 8 (as numbered by the Kazakhstan Counter-Terrorism Law Review)]{sr-2019-preliminary-findings}',
    );
    expect(latexCite(art255part1)).toBe('\\cite[part 1]{kz-criminal-code-art-255}');
  });
});

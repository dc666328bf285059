import { describe, expect, it } from 'vitest';
import { firstSentence, snapshotDate, versionOf } from '../../src/lib/version';

type Statute = NonNullable<Parameters<typeof versionOf>[0]['data']['statute']>;
type VersionData = Statute['version'];

const article = (version: Partial<VersionData> | null) => ({
  data: {
    number: '174',
    statute:
      version === null
        ? undefined
        : ({
            file: 'criminal-code/ru-2020-05/174.ru.md',
            parts: [{ n: 1, ru: 'x', en: 'x' }],
            version: {
              amendedBy: [{ date: '2016-07-26', number: '12-VI' }],
              inForceFrom: 'two months after publication',
              unchangedUntil:
                'May 2020 (the newest snapshot of the Russian text held, which cites laws up to 04.05.2020 No. 321-VI)',
              inForceDuringVisit: 'yes',
              inForceJanuary2022: 'no',
              basis: 'How we know.',
              later: [],
              ...version,
            },
          } as Statute),
  },
});

describe('versionOf: which text an article page shows', () => {
  it('dates the text by the last amending law its footnote lists, for banners and citations alike', () => {
    const v = versionOf(
      article({
        amendedBy: [
          { date: '2016-07-26', number: '12-VI' },
          { date: '2017-07-11', number: '91-VI' },
        ],
      }),
    )!;
    expect(v.amendedTo).toBe('2017-07-11');
    expect(v.asAmended).toBe('as amended to 11 July 2017');
    // The banner names the law and when it took effect, not the law's date as if the text had changed then.
    expect(v.shown).toBe(
      'Text as amended by the Law of 11.07.2017 No. 91-VI (in force two months after publication), unchanged at least until May 2020.',
    );
    const footnoteWords = versionOf(
      article({
        inForceFrom:
          'ten calendar days after the first official publication of the Law of 11.07.2017 No. 91-VI (the footnote gives no calendar date)',
      }),
    )!;
    expect(footnoteWords.shown).toContain('(in force ten calendar days after its first official publication)');
  });

  it('says so when the footnote lists no amendment, and gives no date', () => {
    const v = versionOf(article({ amendedBy: [] }))!;
    expect(v.amendedTo).toBeNull();
    expect(v.shown).toMatch(/^Text with no amendment footnote, unchanged at least until May 2020\.$/);
  });

  it('answers for the visit and for January 2022 in words, including "cannot be told"', () => {
    expect(versionOf(article({}))!.coverage).toBe(
      'In force during the Special Rapporteur’s visit (10–17 May 2019); no longer in force on 2–11 January 2022.',
    );
    expect(versionOf(article({ inForceDuringVisit: 'unknown', inForceJanuary2022: 'yes' }))!.coverage).toBe(
      'Whether it was in force during the Special Rapporteur’s visit (10–17 May 2019) cannot be told from the texts held; still in force on 2–11 January 2022.',
    );
  });

  it('names each later amendment with what it changed, and whether its Russian text is held', () => {
    const v = versionOf(
      article({
        later: [
          {
            law: { date: '2020-06-26', number: '349-VI' },
            change: 'A fine was added to part 1. The same law changed the title.',
            evidence: 'criminal-code/kk-2022/174.kk.md',
          },
        ],
      }),
    )!;
    expect(v.later).toEqual([
      expect.objectContaining({ anchor: 'version-2020-06-26', phrase: 'A fine was added to part 1.', heldIn: 'kk' }),
    ]);
    expect(v.laterLines).toEqual([
      'Amended by the Law of 26.06.2020 No. 349-VI: A fine was added to part 1. The Russian text after this amendment is not held.',
    ]);
    expect(v.status).toBe('Text as amended by the Law of 26.07.2016 No. 12-VI; amended again 26 June 2020 (not shown)');
  });

  it('says that no later amendment is held, rather than that there is none', () => {
    const v = versionOf(article({}))!;
    expect(v.laterLines).toEqual([
      expect.stringMatching(
        /^No later amendment appears in the texts held; whether the article has been amended since cannot be told/,
      ),
    ]);
    expect(v.status).toBe('Text as amended by the Law of 26.07.2016 No. 12-VI; no later amendment in the texts held');
  });

  it('has nothing to say when the project holds no text', () => {
    expect(versionOf(article(null))).toBeNull();
  });
});

describe('version wording helpers', () => {
  it('cuts a prose field at its first sentence, not at "No." or a date', () => {
    expect(firstSentence('Amended by Law No. 12-VI of 26.07.2016 to add a fine. Then more.')).toBe(
      'Amended by Law No. 12-VI of 26.07.2016 to add a fine.',
    );
    expect(firstSentence('One sentence only')).toBe('One sentence only');
    expect(firstSentence('Отменить статью 405 (2019 г., п. 9, см. ст. 3). Пересмотреть закон.')).toBe(
      'Отменить статью 405 (2019 г., п. 9, см. ст. 3).',
    );
  });

  it('keeps the snapshot date of `unchangedUntil` and drops its explanation', () => {
    expect(snapshotDate('about January 2020 (the snapshot …)')).toBe('about January 2020');
    expect(snapshotDate('May 2020 in Russian (the newest …); the Kazakh text …')).toBe('May 2020 in Russian');
  });
});

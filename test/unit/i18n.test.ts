import { describe, expect, it } from 'vitest';
import { countOf, formatDateIn, formatDateSpanIn, numericDate } from '../../src/i18n/format';
import { russianDefinitionHeading } from '../../src/lib/definitionHeading';
import { en } from '../../src/i18n/ui/en';
import { ru } from '../../src/i18n/ui/ru';
import { useTranslations } from '../../src/i18n/ui';
import { routePattern } from '../../src/i18n/routes';
import {
  criminalCodeRu,
  russianDocument,
  russianPage,
  runsText,
  russianStatuteLong,
  russianStatuteShort,
} from '../../src/lib/citation/russian';
import { documentWork } from '../../src/lib/citation/works';
import { statuteWork } from '../../src/lib/citation/works';
import {
  droppedRussianHedge,
  englishFingerprint,
  hasStraightQuotes,
  lagging,
  publisherNamesOf,
  strayLatinWords,
  unheldQuotes,
  unmatchedEnglishQuotes,
} from '../../src/lib/translationChecks';
import { markEnglishQuotes } from '../../src/lib/englishQuotes';

describe('Russian dates, numbers and plurals', () => {
  it('writes dates as Russian legal texts do', () => {
    expect(formatDateIn('ru', '2019-05-22')).toBe('22 мая 2019 г.');
    expect(formatDateIn('ru', '2016-06')).toBe('июнь 2016 г.');
    expect(formatDateIn('ru', '2011')).toBe('2011 г.');
    expect(formatDateIn('en', '2019-05-22')).toBe('22 May 2019');
    expect(numericDate('2020-06-26')).toBe('26.06.2020');
  });

  it('shortens a span of dates as Russian prose does, never more precisely than the source', () => {
    expect(formatDateSpanIn('ru', '2019-05-10', '2019-05-17')).toEqual(['10', '17 мая 2019 г.']);
    expect(formatDateSpanIn('ru', '2019-04', '2019-05')).toEqual(['апрель', 'май 2019 г.']);
    expect(formatDateSpanIn('ru', '2022-01-05', '2022-02-02')).toEqual(['5 января', '2 февраля 2022 г.']);
    expect(formatDateSpanIn('ru', '2021-12-30', '2022-01-02')).toEqual(['30 декабря 2021 г.', '2 января 2022 г.']);
    expect(formatDateSpanIn('ru', '2011')).toEqual(['2011 г.']);
    expect(formatDateSpanIn('en', '2019-05-10', '2019-05-17')).toEqual(['10', '17 May 2019']);
  });

  it('chooses the plural form by Intl.PluralRules', () => {
    const findings = { one: 'вывод', few: 'вывода', many: 'выводов', other: 'вывода' };
    expect([1, 2, 5, 11, 21, 22, 25, 1000].map((n) => countOf('ru', n, findings))).toEqual(
      ['1 вывод', '2 вывода', '5 выводов', '11 выводов', '21 вывод', '22 вывода', '25 выводов', '1 000 выводов'].map(
        (s) => s.replace(' 000', '\u00a0000'),
      ),
    );
    expect([1, 2].map((n) => countOf('en', n, { one: 'finding', other: 'findings' }))).toEqual([
      '1 finding',
      '2 findings',
    ]);
  });
});

describe('interface dictionaries', () => {
  it('give every key in both languages, none empty, and the same {values} in each', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ru[key].trim(), key).not.toBe('');
      const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(slots(ru[key]), key).toEqual(slots(en[key]));
    }
  });

  it('fill values in', () => {
    expect(useTranslations('ru')('article.heading', { n: 174, title: 'Возбуждение розни' })).toBe(
      'Статья 174. Возбуждение розни',
    );
  });
});

describe('routes of the Russian edition', () => {
  it('read each route file under src/pages/ru/ as the English path it mirrors', () => {
    expect(routePattern('../pages/ru/index.astro').test('')).toBe(true);
    expect(routePattern('../pages/ru/criminal-code/index.astro').test('criminal-code/')).toBe(true);
    const article = routePattern('../pages/ru/criminal-code/[number].astro');
    expect(article.test('criminal-code/174/')).toBe(true);
    expect(article.test('criminal-code/174/cite/')).toBe(false);
    expect(article.test('findings/x/')).toBe(false);
  });
});

describe('Russian citation forms', () => {
  const shown = statuteWork('174', 'https://kzlaw.example/criminal-code/174/', { amendedTo: '2020-05-04' });
  const part = statuteWork('174', 'https://kzlaw.example/criminal-code/174/#part-1', { amendedTo: '2020-05-04' }, 1);
  const note = statuteWork('255', 'https://kzlaw.example/criminal-code/255/#note', { amendedTo: '2020-05-04' }, 'note');
  const later = statuteWork('174', 'https://kzlaw.example/criminal-code/174/#version-2020-06-26', {
    amendedTo: '2020-05-04',
    amendedBy: { date: '2020-06-26', number: '349-VI' },
  });

  it('give the long form of the Code as issue 24 asks, with the text cited', () => {
    expect(russianStatuteLong(part)).toBe(
      'Уголовный кодекс Республики Казахстан от 3 июля 2014 года № 226-V (с изменениями и дополнениями по состоянию на 4 мая 2020 г.), ст. 174, ч. 1',
    );
    expect(russianStatuteLong(later)).toBe(
      'Уголовный кодекс Республики Казахстан от 3 июля 2014 года № 226-V (в редакции Закона Республики Казахстан от 26.06.2020 № 349-VI), ст. 174',
    );
  });

  it('give the short form courts and prosecutors write ("ч. 1 ст. 174 УК РК", later-sources B.4)', () => {
    expect(russianStatuteShort(part)).toBe('ч. 1 ст. 174 УК РК');
    expect(russianStatuteShort(shown)).toBe('ст. 174 УК РК');
    expect(russianStatuteShort(note)).toBe('примечание к ст. 255 УК РК');
    // The usage collected in ../shared/reference/later-sources.md, B.4: "Согласно ст. 174 УК РК, …".
    expect(`Согласно ${russianStatuteShort(shown)}, за разжигание`).toContain('ст. 174 УК РК');
    expect(criminalCodeRu.abbreviation).toBe('УК РК');
  });

  it('give a UN document at a paragraph with "Док. ООН", its symbol and "п.", and say whose numbering a site-numbered paragraph is', () => {
    const facts = {
      title: 'Visit to Kazakhstan',
      issuer: 'UN Special Rapporteur on counter-terrorism',
      authors: [],
      date: '2020-01-22',
      symbol: 'A/HRC/43/46/Add.1',
      url: 'https://www.ohchr.org/x',
    };
    const report = documentWork('a-hrc-43-46-add-1', facts, 'https://kzlaw.example/sources/a-hrc-43-46-add-1/', {
      paragraph: 11,
      url: 'https://kzlaw.example/sources/a-hrc-43-46-add-1/#para-11',
    });
    expect(runsText(russianDocument(report))).toBe(
      'Visit to Kazakhstan [Электронный ресурс] / UN Special Rapporteur on counter-terrorism. 22 января 2020 г. Док. ООН A/HRC/43/46/Add.1. п. 11. URL: https://kzlaw.example/sources/a-hrc-43-46-add-1/#para-11 (дата обращения: __.__.____).',
    );
    const statement = documentWork(
      'sr-2019',
      {
        ...facts,
        symbol: undefined,
        numbering: 'The statement’s paragraphs are not numbered. This site numbers them 1 to 39 in order.',
      },
      'https://kzlaw.example/sources/sr-2019/',
      { paragraph: 8, url: 'https://kzlaw.example/sources/sr-2019/#para-8' },
    );
    expect(runsText(russianDocument(statement))).toContain('п. 8 (нумерация сайта).');
    // The title and the issuer stay in the document's language, marked as such on the page.
    expect(russianDocument(report).filter((r) => typeof r !== 'string')).toEqual([
      { en: 'Visit to Kazakhstan' },
      { en: 'UN Special Rapporteur on counter-terrorism' },
    ]);
  });

  it('give our page as an electronic resource in GOST R 7.0.5-2008 form', () => {
    expect(
      russianPage({
        title: 'Статья 174. Возбуждение розни',
        url: 'https://kzlaw.example/ru/criminal-code/174/',
        reviewed: '2026-12-06',
      }),
    ).toBe(
      'Статья 174. Возбуждение розни [Электронный ресурс] // Kazakhstan Counter-Terrorism Law Review : [сайт]. 06.12.2026. URL: https://kzlaw.example/ru/criminal-code/174/ (дата обращения: __.__.____).',
    );
  });
});

describe('English quotations in our Russian', () => {
  it('are marked in bare text too', () => {
    expect(markEnglishQuotes('Понятие “Extremism” несовместимо')).toBe(
      'Понятие <span lang="en">“Extremism”</span> несовместимо',
    );
  });

  it('are marked lang="en" in text, never inside an attribute, and Russian quotations are left alone', () => {
    expect(
      markEnglishQuotes(
        '<p>которым “lack sufficient element of intent” (в нашем переводе: …) <a title="“words”">п. 8</a> «рознь»</p>',
      ),
    ).toBe(
      '<p>которым <span lang="en">“lack sufficient element of intent”</span> (в нашем переводе: …) <a title="“words”">п. 8</a> «рознь»</p>',
    );
  });
});

describe('a translation that lags its English', () => {
  it('lags when the English was reviewed after the revision it translates', () => {
    expect(lagging('2026-12-06', '2026-12-06')).toBeUndefined();
    expect(lagging('2026-12-08', '2026-12-06')).toBe('2026-12-08');
  });

  it('of an item with no review date, is told by the fingerprint of its English', () => {
    const before = englishFingerprint('Violence in Zhanaozen', 'The Diplomat recalls the violence.');
    expect(before).toMatch(/^[0-9a-f]{8}$/);
    expect(englishFingerprint('Violence in Zhanaozen', 'The Diplomat recalls the violence.')).toBe(before);
    expect(englishFingerprint('Violence in Zhanaozen', 'The Diplomat recalls violence.')).not.toBe(before);
    // Title and description are not run together: moving a word from one to the other changes it.
    expect(englishFingerprint('Violence in', 'Zhanaozen The Diplomat recalls the violence.')).not.toBe(before);
  });
});

describe('hedges in our Russian', () => {
  it('name the English hedge a translation drops, and accept one it keeps', () => {
    expect(droppedRussianHedge('Criminal cases were reportedly opened.', 'Уголовные дела были возбуждены.')).toBe(
      'reportedly',
    );
    expect(
      droppedRussianHedge('Criminal cases were reportedly opened.', 'Уголовные дела, по сообщениям, были возбуждены.'),
    ).toBeNull();
    expect(
      droppedRussianHedge('cases suggesting overly broad punishment', 'дела, свидетельствующие о чрезмерном наказании'),
    ).toBe('suggesting');
    expect(droppedRussianHedge('Alleged agents provocateurs', 'Предполагаемые провокаторы')).toBeNull();
    expect(droppedRussianHedge('The provision is broad.', 'Норма сформулирована широко.')).toBeNull();
  });

  it('do not take where a thing stands for a reserve', () => {
    expect(
      droppedRussianHedge(
        'It appears here because the Code lists it.',
        'Статья приводится здесь, потому что её называет Кодекс.',
      ),
    ).toBeNull();
  });
});

describe('Latin letters in our Russian', () => {
  const names = publisherNamesOf([
    'Human Rights Watch',
    'ARTICLE 19 and the Legal Media Center',
    'CIVICUS Monitor',
    'CIVICUS Monitor Watchlist brief on Kazakhstan (March 2022)',
    'Kazinform (qazinform.com), citing the Ministry of Foreign Affairs',
  ]);
  it('are the publishers’ own names, whole, not every word of the labels they come from', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Human Rights Watch',
        'ARTICLE 19',
        'Legal Media Center',
        'CIVICUS Monitor',
        'CIVICUS',
        'Kazinform',
      ]),
    );
    expect(names).not.toContain('the');
    expect(names.some((n) => /citing|brief/.test(n))).toBe(false);
  });

  it('are allowed in English quotations, publishers’ names, document symbols and item marks', () => {
    expect(
      strayLatinWords(
        'Хьюман Райтс Вотч (Human Rights Watch) и ARTICLE 19 пишут “have targeted at least 135 people” ([п. 3(e)](source:x "the words")), CCPR/C/KAZ/CO/2, AL KAZ 1/2022',
        names,
      ),
    ).toEqual([]);
  });

  it('name an English word left untranslated', () => {
    expect(strayLatinWords('Статья 174 is vague, по мнению CIVICUS', names)).toEqual(['is', 'vague']);
    // A publisher's name counts only whole: its words alone are English words.
    expect(strayLatinWords('Human rights защищает Watch', names)).toEqual(['Human', 'rights', 'Watch']);
  });

  it('are marked lang="en" where they stand, addresses left alone', () => {
    expect(markEnglishQuotes('по данным Human Rights Watch, URL: https://example.org/a#para-1 и ARTICLE 19.')).toBe(
      'по данным <span lang="en">Human Rights Watch</span>, <span lang="en">URL</span>: https://example.org/a#para-1 и <span lang="en">ARTICLE 19</span>.',
    );
    expect(markEnglishQuotes('Tom &amp; Jerry')).toBe('<span lang="en">Tom</span> &amp; <span lang="en">Jerry</span>');
  });
});

describe('a definition’s Russian heading', () => {
  it('is the statute’s own term, with the act, article and item in Russian', () => {
    expect(
      russianDefinitionHeading({
        id: 'x',
        title: 'Terrorism (Law on Countering Terrorism, Article 1, item 5)',
        ru: '5) терроризм – идеология насилия и практика воздействия',
      }),
    ).toBe('Терроризм (Закон «О противодействии терроризму», ст. 1, п. 5)');
    expect(
      russianDefinitionHeading({
        id: 'y',
        title: 'Funds received from foreign sources (Criminal Code, Article 3, item 37-1)',
        ru: '37-1) средства, полученные из иностранных источников, - деньги',
      }),
    ).toBe('Средства, полученные из иностранных источников (Уголовный кодекс, ст. 3, п. 37-1)');
  });

  it('fails, naming the entry, on a title it cannot read rather than make one up', () => {
    expect(() =>
      russianDefinitionHeading({ id: 'z', title: 'Terrorism (the 1999 Law)', ru: '5) терроризм – x' }),
    ).toThrow(/content\/definitions\.yaml \(z\): the title "Terrorism \(the 1999 Law\)"/);
  });
});

describe('quotation marks in our Russian', () => {
  const statute =
    'Умышленные действия, направленные на возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни';
  it('accept a «…» quotation found word for word in the statute, and name one that is not', () => {
    expect(unheldQuotes('Понятие «религиозной розни» не определено.', statute)).toEqual([]);
    expect(unheldQuotes('Понятие «разжигание ненависти» не определено.', statute)).toEqual(['разжигание ненависти']);
  });

  it('refuse straight quotation marks, except in a pinpoint link’s supporting words', () => {
    expect(
      hasStraightQuotes(
        'статья ([п. 8](para:sr-2019-preliminary-findings/8 "contain extremely general terms")) и «рознь»',
      ),
    ).toBe(false);
    expect(hasStraightQuotes('статья 174 наказывает "рознь"')).toBe(true);
  });

  it('accept a “…” quotation only where the English entry makes it, word for word', () => {
    const english = 'provisions that "lack\nsufficient element of intent" and use "extremely general terms"';
    expect(
      unmatchedEnglishQuotes('которым “lack sufficient element of intent” (в нашем переводе: …)', english),
    ).toEqual([]);
    expect(unmatchedEnglishQuotes('которым “lack any element of intent”', english)).toEqual([
      'lack any element of intent',
    ]);
  });
});

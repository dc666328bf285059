import { describe, expect, it } from 'vitest';
import {
  articleNumberIn,
  articlePinpointIn,
  searchableQuery,
  cleanQuery,
  isExactPhrase,
  normaliseQuery,
  pagefindFilters,
  paramsFromState,
  spokenQuery,
  spokenQueryLength,
  stateFromParams,
} from '../../src/lib/searchQuery';
import { fragmentId, highlightPattern, highlightTerms } from '../../src/lib/highlightTerms';

describe('search state in the address', () => {
  it('reads the query and repeated filters, ignoring unknown parameters', () => {
    const state = stateFromParams(
      new URLSearchParams('q=+discord+&type=Finding&type=Article&colour=red&article=Article+174'),
    );
    expect(state).toEqual({ query: 'discord', filters: { type: ['Finding', 'Article'], article: ['Article 174'] } });
  });

  it('writes the same address back', () => {
    const params = 'q=mass+riots&type=Article&year=2019';
    expect(paramsFromState(stateFromParams(new URLSearchParams(params))).toString()).toBe(params);
  });

  it('turns filters into Pagefind’s any-of form', () => {
    expect(pagefindFilters({ query: '', filters: { type: ['Article', 'Finding'], concern: [] } })).toEqual({
      type: { any: ['Article', 'Finding'] },
    });
  });
});

describe('article numbers typed alone', () => {
  it.each([
    ['405', '405'],
    ['art. 405', '405'],
    ['Art 405', '405'],
    ['Article 20-1', '20-1'],
    ['ст. 174', '174'],
    ['Статья 174', '174'],
    ['  255 ', '255'],
  ])('%s → %s', (query, number) => expect(articleNumberIn(query)).toBe(number));

  it.each(['405 extremism', 'article', 'terrorism', '174a', '', '0', '0174'])(
    '“%s” is not a bare article number',
    (query) => {
      expect(articleNumberIn(query)).toBeNull();
    },
  );
});

describe('an article and its part, in the forms readers write', () => {
  it.each([
    ['article 174 part 2', '174', 2],
    ['Article 174, part 2', '174', 2],
    ['Article 174(2)', '174', 2],
    ['174(2)', '174', 2],
    ['174.2', '174', 2],
    ['art. 255 pt. 4', '255', 4],
    ['ст. 174 ч. 2', '174', 2],
    ['статья 174 часть 2', '174', 2],
    ['ч. 2 ст. 174', '174', 2],
    ['ч.1 ст.405', '405', 1],
    ['405', '405', null],
  ])('%s → Article %s, part %s', (query, number, part) => {
    expect(articlePinpointIn(query)).toEqual({ number, part });
  });

  it.each(['174 part', 'part 2', '174(2) extremism', 'ч. 2'])('“%s” names no article and part on its own', (query) => {
    expect(articlePinpointIn(query)).toBeNull();
  });
});

describe('the words searched', () => {
  it('drops words no text could hold and keeps at most 30 words', () => {
    expect(searchableQuery('a'.repeat(10_000))).toBe('');
    expect(searchableQuery(`terrorism ${'x'.repeat(41)} discord`)).toBe('terrorism discord');
    expect(searchableQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')).split(' ')).toHaveLength(30);
    expect(searchableQuery('"religious discord"')).toBe('"religious discord"');
  });
});

describe('exact phrases', () => {
  it('recognises a wholly quoted query in straight, curly or Russian quotes', () => {
    expect(isExactPhrase('"religious discord"')).toBe(true);
    expect(isExactPhrase('“religious discord”')).toBe(true);
    expect(isExactPhrase('«акт терроризма»')).toBe(true);
    expect(isExactPhrase('"religious discord" tool')).toBe(false);
  });

  it('normalises quotes to the straight ones Pagefind understands', () => {
    expect(normaliseQuery(' «акт терроризма» ')).toBe('"акт терроризма"');
    expect(normaliseQuery('discord')).toBe('discord');
  });
});

describe('highlighting on the target page', () => {
  it('takes the words of the highlight parameter, keeping quoted phrases whole', () => {
    expect(highlightTerms('?highlight=socially+dangerous&highlight=a')).toEqual(['socially', 'dangerous']);
    expect(highlightTerms('?highlight=%22socially+dangerous+consequences%22')).toEqual([
      'socially dangerous consequences',
    ]);
  });

  it('matches at the start of words, any case, Cyrillic included', () => {
    const pattern = highlightPattern(['рознь', 'discord'])!;
    expect('Возбуждение розни; DISCORDANT; undiscord'.match(pattern)).toEqual(['розни', 'DISCORDANT']);
  });

  it('has no pattern without terms', () => {
    expect(highlightPattern([])).toBeNull();
  });
});

describe('pasted and oversized queries', () => {
  it('drops zero-width, soft-hyphen and direction characters, which would break a match', () => {
    const pasted = 'ex\u200Btre\u200Cmi\u200Dsm\u2060\uFEFF\u00AD';
    expect(cleanQuery(pasted)).toBe('extremism');
    expect(stateFromParams(new URLSearchParams(`q=${encodeURIComponent(pasted)}`)).query).toBe('extremism');
    expect(cleanQuery('\u202E174 msimertxe\u202C')).toBe('174 msimertxe');
    expect(cleanQuery('\u0000extremism\u0000')).toBe('extremism');
    expect(cleanQuery('religious\tdiscord')).toBe('religious discord');
    expect(normaliseQuery('“socially\u200B dangerous”')).toBe('"socially dangerous"');
    // Letters and ordinary spaces are left alone, Cyrillic and Kazakh included.
    expect(cleanQuery('возбуждение розни қылмыстық')).toBe('возбуждение розни қылмыстық');
  });

  it('the status line repeats a short query whole and a 10 kB one only in part', () => {
    expect(spokenQuery('mass riots')).toBe('mass riots');
    const long = 'extremism '.repeat(1025);
    const said = spokenQuery(long);
    expect(said.length).toBeLessThanOrEqual(spokenQueryLength + 1);
    expect(said.endsWith('…')).toBe(true);
    expect(long.startsWith(said.slice(0, -1))).toBe(true);
    expect(spokenQuery('x'.repeat(10_000)).length).toBe(spokenQueryLength + 1);
  });
});

describe('the fragment of a page opened from a search result', () => {
  it('decodes an encoded id and takes a malformed one as written instead of throwing', () => {
    expect(fragmentId('#part-1')).toBe('part-1');
    expect(fragmentId('#def-%D1%80%D0%BE%D0%B7%D0%BD%D1%8C')).toBe('def-рознь');
    expect(() => fragmentId('#%E0%A4%A')).not.toThrow();
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('')).toBe('');
  });
});

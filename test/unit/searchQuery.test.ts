import { describe, expect, it } from 'vitest';
import { articleNumberIn, isExactPhrase, normaliseQuery, pagefindFilters, paramsFromState, stateFromParams } from '../../src/lib/searchQuery';
import { highlightPattern, highlightTerms } from '../../src/lib/highlightTerms';

describe('search state in the address', () => {
  it('reads the query and repeated filters, ignoring unknown parameters', () => {
    const state = stateFromParams(new URLSearchParams('q=+discord+&type=Finding&type=Article&colour=red&article=Article+174'));
    expect(state).toEqual({ query: 'discord', filters: { type: ['Finding', 'Article'], article: ['Article 174'] } });
  });

  it('writes the same address back', () => {
    const params = 'q=mass+riots&type=Article&year=2019';
    expect(paramsFromState(stateFromParams(new URLSearchParams(params))).toString()).toBe(params);
  });

  it('turns filters into Pagefind’s any-of form', () => {
    expect(pagefindFilters({ query: '', filters: { type: ['Article', 'Finding'], concern: [] } })).toEqual({ type: { any: ['Article', 'Finding'] } });
  });
});

describe('article numbers typed alone', () => {
  it.each([
    ['405', '405'], ['art. 405', '405'], ['Art 405', '405'], ['Article 20-1', '20-1'], ['ст. 174', '174'], ['Статья 174', '174'], ['  255 ', '255'],
  ])('%s → %s', (query, number) => expect(articleNumberIn(query)).toBe(number));

  it.each(['405 extremism', 'article', 'terrorism', '174a', ''])('“%s” is not a bare article number', (query) => {
    expect(articleNumberIn(query)).toBeNull();
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
    expect(highlightTerms('?highlight=%22socially+dangerous+consequences%22')).toEqual(['socially dangerous consequences']);
  });

  it('matches at the start of words, any case, Cyrillic included', () => {
    const pattern = highlightPattern(['рознь', 'discord'])!;
    expect('Возбуждение розни; DISCORDANT; undiscord'.match(pattern)).toEqual(['розни', 'DISCORDANT']);
  });

  it('has no pattern without terms', () => {
    expect(highlightPattern([])).toBeNull();
  });
});

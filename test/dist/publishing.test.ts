import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { all, attr, first, loadPage, text } from '../helpers/html';
import { contentPages, pageType } from '../helpers/pageTypes';
import { runAstro } from '../helpers/astro';
import { brokenContentCopy, replaceOnce } from '../helpers/fixtures';
import { buildLog, canonicalOrigin, distMirror, distRoot, mirrorBase, previewOrigin, projectRoot, tmpDir } from '../helpers/paths';
import { childText, childrenNamed, parseXml } from '../helpers/xml';
import { useTranslations } from '../../src/i18n/ui';

/** Every file under a folder, as [relative path, text]; Pagefind's compressed index files are unpacked first. */
function filesOf(dir: string, rel = ''): [string, string][] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) return filesOf(dir, child);
    const bytes = readFileSync(path.join(dir, child));
    const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    return [[child, plain.toString('latin1')]];
  });
}

const settings = JSON.parse(readFileSync(path.join(projectRoot, 'site.config.json'), 'utf8'));
const entryPages = (dist: string) => contentPages(dist).filter((p) => ['article', 'finding', 'standard', 'source'].includes(pageType(p)));

describe('a build with its canonical address set (SITE_URL)', () => {
  const files = filesOf(distRoot);

  it('has no local address anywhere in dist/, Pagefind’s index included', () => {
    expect(files.length).toBeGreaterThan(100);
    const local = files.filter(([, body]) => /localhost|127\.0\.0\.1|\[::1\]/.test(body)).map(([file]) => file);
    expect(local).toEqual([]);
    // And the address it was given is the one it uses.
    expect(files.find(([file]) => file === 'robots.txt')?.[1]).toContain(`Sitemap: ${canonicalOrigin}/sitemap-index.xml`);
  });

  it('shows no preview notice, and the build log gives no preview warning', () => {
    const withNotice = contentPages(distRoot).filter((page) => first(loadPage(distRoot, page), (el) => attr(el, 'id') === 'local-preview'));
    expect(withNotice).toEqual([]);
    expect(readFileSync(buildLog(distRoot), 'utf8')).not.toContain('Local preview');
  });
});

describe('a build without a canonical address (the local preview of `npm start`)', () => {
  const pages = contentPages(distMirror);

  it('says on every page, in the banner, that its addresses are not citable', () => {
    const missing = pages.filter((page) => {
      const notice = first(loadPage(distMirror, page), (el) => attr(el, 'id') === 'local-preview');
      const title = useTranslations(page.startsWith('ru/') ? 'ru' : 'en')('preview.title');
      return !notice || !text(notice).includes(title) || !text(notice).includes(`${previewOrigin}${mirrorBase}`);
    });
    expect(pages.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('says so in every cite box and on every citation page', () => {
    const note = 'Local preview: these addresses point at this computer and are not citable.';
    const page = loadPage(distMirror, 'criminal-code/255/');
    const boxes = all(page, (el) => el.tagName === 'details' && /\bcite-box\b/.test(attr(el, 'class') ?? ''));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(text(box)).toContain(note);
    // The pinpoints' citations live on the entry's citation page.
    const citePage = first(loadPage(distMirror, 'criminal-code/255/cite/'), (el) => /\bcite-page\b/.test(attr(el, 'class') ?? ''));
    expect(text(citePage!)).toContain(note);
  });

  it('warns in the build log', () => {
    const log = readFileSync(buildLog(distMirror), 'utf8');
    expect(log).toMatch(/\[WARN\].*Local preview: no canonical address is set/);
    expect(log).toContain('site.config.json');
  });
});

describe.each([
  ['root build', distRoot],
  ['sub-path build', distMirror],
])('publisher and corrections: %s', (_name, dist) => {
  it('/about/ names the publisher, the contact, the source repository and the licence, with a corrections policy', () => {
    const about = loadPage(dist, 'about/');
    const publisher = first(about, (el) => attr(el, 'aria-labelledby') === 'publisher');
    const body = text(publisher ?? about);
    for (const value of [settings.publisher.name, settings.publisher.contact, settings.publisher.repository, settings.publisher.licence.statement]) expect(body).toContain(value);
    const corrections = text(first(about, (el) => attr(el, 'aria-labelledby') === 'corrections') ?? about);
    expect(corrections).toMatch(/Reporting an error/);
    expect(corrections).toMatch(/dated and marked “Correction”/);
  });

  it('every entry page has a "Report an error" link that carries its permanent address', () => {
    const pages = entryPages(dist);
    expect(pages.length).toBeGreaterThan(40);
    const wrong = pages.filter((page) => {
      const doc = loadPage(dist, page);
      const canonical = attr(first(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')!, 'href') ?? '';
      const link = first(doc, (el) => el.tagName === 'a' && (attr(el, 'class') ?? '').includes('report-error-link'));
      const href = link ? attr(link, 'href') ?? '' : '';
      const target = settings.publisher.reportErrorsBy === 'issues' ? `${settings.publisher.repository}/issues/new?` : `mailto:${settings.publisher.contact}?`;
      return !link || text(link) !== 'Report an error' || !href.startsWith(target) || !decodeURIComponent(href).includes(`Page: ${canonical}\n`) || attr(link, 'data-permalink') !== canonical;
    });
    expect(wrong).toEqual([]);
  });

  it('warns in the build log while the publisher is the committed placeholder', () => {
    const placeholder = /example\.org/.test(settings.publisher.contact);
    const log = readFileSync(buildLog(dist), 'utf8');
    if (placeholder) expect(log).toMatch(/\[WARN\].*Publisher not set: site\.config\.json still holds placeholder values/);
    else expect(log).not.toContain('Publisher not set');
  });
});

describe('a correction recorded in an article’s history', () => {
  // A copy of the content with one correction added (test text, never published), built on its own.
  const out = path.join(tmpDir, 'dist-correction');
  const change = 'Fixture correction: part 2 of the translation said "three" where the Russian says "two".';
  let status: number | null = null;
  let output = '';

  it('builds', () => {
    const dir = brokenContentCopy('correction', (d) => {
      replaceOnce(path.join(d, 'articles/255.md'), /^history:\n/m, `history:\n  - { date: 2026-11-23, change: '${change}', kind: correction }\n`);
    });
    rmSync(out, { recursive: true, force: true });
    ({ status, output } = runAstro(['build'], { KZ_CONTENT_DIR: dir, SITE_OUT_DIR: out, SITE_URL: canonicalOrigin, SITE_BASE: '/' }));
    expect(output).not.toMatch(/Content error/);
    expect(status).toBe(0);
  }, 300_000);

  it('shows it, dated and marked as a correction, in the entry’s review history', () => {
    const history = first(loadPage(out, 'criminal-code/255/'), (el) => attr(el, 'id') === 'history');
    const item = all(history!, (el) => el.tagName === 'li' && (attr(el, 'class') ?? '').includes('correction'));
    const fixture = item.filter((li) => text(li).includes('Fixture correction'));
    expect(fixture.map(text)).toEqual([`23 November 2026: Correction: ${change}`]);
    expect(first(fixture[0]!, (el) => el.tagName === 'time' && attr(el, 'datetime') === '2026-11-23')).toBeDefined();
    expect(text(history!)).toContain('how corrections are made');
  });

  it('lists it in the feed as a correction', () => {
    const feed = parseXml(readFileSync(path.join(out, 'feed.xml'), 'utf8'));
    const entries = childrenNamed(feed, 'entry').filter((e) => childText(e, 'summary') === change);
    expect(entries.length).toBe(1);
    expect(childText(entries[0]!, 'title')).toMatch(/^Correction: Article 255\. /);
  });
});

/** Builds a copy of the content that `breakIt` changes, into test/.tmp/dist-<name>: its pages and its log. */
function buildBrokenCopy(name: string, breakIt: (dir: string) => void) {
  const out = path.join(tmpDir, `dist-${name}`);
  const dir = brokenContentCopy(name, breakIt);
  rmSync(out, { recursive: true, force: true });
  return { out, ...runAstro(['build'], { KZ_CONTENT_DIR: dir, SITE_OUT_DIR: out, SITE_URL: canonicalOrigin, SITE_BASE: '/' }) };
}

describe('our Russian texts (issue 24)', () => {
  it('a translation older than its English says so on the page, and the build lists it (a warning, not a failure)', () => {
    const { out, status, output } = buildBrokenCopy('translation-lag', (d) => {
      replaceOnce(path.join(d, 'translations/ru/articles/256.md'), /^translates: .*$/m, 'translates: 2026-11-01');
      // An event has no review date: the fingerprint of the English it translated no longer matches.
      replaceOnce(path.join(d, 'translations/ru/timeline.yaml'), /(- id: atyrau-2011\n {2}translates: ')[0-9a-f]{8}'/, "$100000000'");
    });
    expect(status).toBe(0);
    expect(output).toMatch(/\[kz\/translation\] \/ru\/criminal-code\/256\/ translates the English of 2026-11-01; the English was revised on \d{4}-\d{2}-\d{2}/);
    expect(output).not.toMatch(/\[kz\/translation\] \/ru\/criminal-code\/174\//);
    const lag = first(loadPage(out, 'ru/criminal-code/256/'), (el) => (attr(el, 'class') ?? '').includes('translation-lag'));
    expect(lag && text(lag)).toMatch(/^Английская версия этой страницы изменена \d+ [а-я]+ \d{4} г\./);
    expect(first(loadPage(out, 'ru/criminal-code/174/'), (el) => (attr(el, 'class') ?? '').includes('translation-lag'))).toBeUndefined();
    expect(output).toMatch(/\[kz\/translation\] \/ru\/timeline\/#event-atyrau-2011 translates English 00000000; the English is now [0-9a-f]{8} \(write translates: '[0-9a-f]{8}' in content\/translations\/ru\/timeline\.yaml/);
    const timeline = loadPage(out, 'ru/timeline/');
    const lagging = (id: string) => first(first(timeline, (el) => attr(el, 'id') === id)!, (el) => (attr(el, 'class') ?? '').includes('translation-lags'));
    expect(lagging('event-atyrau-2011') && text(lagging('event-atyrau-2011')!)).toMatch(/^Английский текст этого пункта изменён после перевода/);
    expect(lagging('event-zhanaozen-2011')).toBeUndefined();
  }, 300_000);

  it('a translation of an entry that does not exist fails the build, naming the file', () => {
    const { status, output } = buildBrokenCopy('translation-orphan', (d) => {
      writeFileSync(path.join(d, 'translations/ru/findings/no-such-finding.yaml'), 'translates: 2026-11-23\ntitle: Вывод, которого нет\n');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/translations/ru/findings/: no-such-finding.yaml translates no entry');
  }, 300_000);

  it('a «…» quotation in our Russian that is not the statute’s words fails the build, naming the file and the field', () => {
    const { status, output } = buildBrokenCopy('translation-quote', (d) => {
      replaceOnce(path.join(d, 'translations/ru/articles/174.md'), 'Понятия «рознь»', 'Понятия «разжигание ненависти»');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/translations/ru/articles/174.md: summary puts «разжигание ненависти» in quotation marks');
  }, 300_000);

  it('an item of a list translation (timeline, glossary) that translates nothing fails the build, naming the file and the id', () => {
    const { status, output } = buildBrokenCopy('translation-list-orphan', (d) => {
      writeFileSync(path.join(d, 'translations/ru/glossary.yaml'), '- id: no-such-term\n  translates: 0000abcd\n  note: Примечание к термину, которого нет.\n', { flag: 'a' });
    });
    expect(status).not.toBe(0);
    expect(output).toContain('Content error in content/translations/ru/glossary.yaml: "no-such-term" translates no item of content/glossary.yaml');
  }, 300_000);

  it('an English word left in our Russian fails the build, naming the file, the item and the field', () => {
    const { status, output } = buildBrokenCopy('translation-latin', (d) => {
      replaceOnce(path.join(d, 'translations/ru/timeline.yaml'), 'title: Террористические акты в Атырау', 'title: Acts of terrorism в Атырау');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('Content error in content/translations/ru/timeline.yaml (item "atyrau-2011"): title has words in Latin letters (Acts, of, terrorism)');
  }, 300_000);
});

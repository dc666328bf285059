import type { BrowserContext, ConsoleMessage, Page, Request, Response, Worker } from 'playwright-core';

/** What one page did while a reader loaded it: everything here should be empty. */
export interface ReaderRecord {
  /** Requests to any host but the site's own. */
  foreign: string[];
  /** Requests that failed or answered with an error status. */
  failed: string[];
  /** Console errors and uncaught exceptions, from the page and its workers. */
  errors: string[];
  /** Content-Security-Policy violations, from the event and from the console. */
  csp: string[];
  /** document.cookie after the page loaded. */
  cookie: string;
  /** Elements that stick out of the viewport's width outside a .table-scroll box, when the page scrolls sideways. */
  overflow: string[];
}

/** Records CSP violation events from the first script on, before any of the page's own code runs. */
export async function watchPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

/**
 * Loads a page as a reader would and reports what it requested, logged and stored, and whether it fits
 * the viewport's width without sideways scrolling. `ready` waits for whatever the page does after load.
 */
export async function loadAsReader(
  page: Page,
  siteUrl: string,
  url: string,
  ready: (page: Page) => Promise<void> = async () => {},
): Promise<ReaderRecord> {
  const origin = new URL(siteUrl).origin;
  const record: ReaderRecord = { foreign: [], failed: [], errors: [], csp: [], cookie: '', overflow: [] };
  const onConsole = (msg: ConsoleMessage) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) record.csp.push(msg.text());
    else if (msg.type() === 'error') record.errors.push(msg.text());
  };
  const onRequest = (req: Request) => {
    const u = new URL(req.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin) record.foreign.push(req.url());
  };
  const onRequestFailed = (req: Request) => {
    // A request still pending when the test moves on (the favicon, typically) is aborted, not failed.
    const why = req.failure()?.errorText ?? 'failed';
    if (why !== 'net::ERR_ABORTED') record.failed.push(`${req.url()} (${why})`);
  };
  const onResponse = (res: Response) => {
    if (res.status() >= 400) record.failed.push(`${res.status()} ${res.url()}`);
  };
  const onPageError = (err: Error) => record.errors.push(`uncaught: ${err.message}`);
  const onWorker = (worker: Worker) => worker.on('console', onConsole);
  page
    .on('console', onConsole)
    .on('request', onRequest)
    .on('requestfailed', onRequestFailed)
    .on('response', onResponse)
    .on('pageerror', onPageError)
    .on('worker', onWorker);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await ready(page);
    const inPage = await page.evaluate(() => {
      const root = document.documentElement;
      const width = root.clientWidth;
      const overflow: string[] = [];
      if (root.scrollWidth > width) {
        for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
          if (el.closest('.table-scroll') && !el.classList.contains('table-scroll')) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.right <= width + 0.5) continue;
          if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5) continue;
          overflow.push(
            `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(/\s+/).join('.')}` : ''}> right edge ${Math.round(box.right)} > ${width}`,
          );
        }
        if (overflow.length === 0) overflow.push(`page is ${root.scrollWidth}px wide in a ${width}px viewport`);
      }
      return {
        overflow,
        cookie: document.cookie,
        csp: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      };
    });
    record.overflow = inPage.overflow;
    record.cookie = inPage.cookie;
    record.csp.push(...inPage.csp);
  } finally {
    page
      .off('console', onConsole)
      .off('request', onRequest)
      .off('requestfailed', onRequestFailed)
      .off('response', onResponse)
      .off('pageerror', onPageError)
      .off('worker', onWorker);
  }
  return record;
}

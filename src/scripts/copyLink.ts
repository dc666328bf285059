// Adds a "Copy link" button after every permanent link (¶, paragraph number, the page's permalink). The address
// copied is the canonical one (origin + base + path + #id), the same as the citations print, wherever the page
// is being read from. Never the address the page is being read at: that may be a preview server or a mirror.
import { fill } from '../i18n/fill';

const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
// A build without a public address says so on every page (Base.astro); the announcement repeats it.
const preview = document.getElementById('local-preview') !== null;
// The words, in the page's language, from Base.astro's dictionary: "{what}", "{address}" and "{n}" are filled in here.
const words = JSON.parse(document.body.dataset.copyText ?? '{}') as Record<string, string>;
const say = (key: string, values: Record<string, string> = {}) => fill(words[key] ?? key, values);
const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

async function copy(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  // Mirrors served over plain http have no Clipboard API.
  const field = Object.assign(document.createElement('textarea'), { value: text });
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  if (!copied) throw new Error('copy refused');
}

// A ¶ link is named by the heading (or line) it sits in, without the ¶, "Cite" and button text beside it.
function passageName(link: HTMLAnchorElement): string {
  if (link.classList.contains('para-number')) return say('paragraph', { n: link.textContent ?? '' }).trim();
  if (!link.classList.contains('pinpoint')) return say('page');
  const holder = link.closest('h1, h2, h3, h4, p, li');
  const text = holder
    ? [...holder.childNodes]
        .filter((n) => !(n instanceof Element && n.matches('.pinpoint, .pin-cite, .copy-link, .basis')))
        .map((n) => n.textContent)
        .join('')
    : '';
  return text.replace(/\s+/g, ' ').trim() || 'this passage';
}

const links = canonical ? document.querySelectorAll<HTMLAnchorElement>('a.pinpoint, a.para-number, a.permalink') : [];
for (const link of links) {
  const address = new URL(link.getAttribute('href') ?? '', canonical).href;
  const what = passageName(link);
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'copy-link',
    textContent: say('button'),
  });
  button.setAttribute('aria-label', say('to', { what }));
  button.addEventListener('click', () => {
    copy(address)
      .then(
        () => {
          button.textContent = say('done');
          announcer.textContent = say(preview ? 'announcePreview' : 'announce', { address });
        },
        () => {
          announcer.textContent = say('failed', { address });
        },
      )
      .finally(() =>
        setTimeout(() => {
          button.textContent = say('button');
        }, 2000),
      );
  });
  link.after(button);
}

export {};

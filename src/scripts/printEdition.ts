// The print edition: the date a page is printed, and every folded section opened so nothing is left off paper.
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function prepare(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) el.textContent = today();
  for (const fold of document.querySelectorAll<HTMLDetailsElement>('details.fold')) fold.open = true;
}

// Filled in at once as well, because printing to PDF does not always fire beforeprint.
for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) el.textContent = today();
window.addEventListener('beforeprint', prepare);

export {};

// Its own file so that the browser scripts, which build addresses with urls.ts, do not load the site settings.

/** Whether an origin is this computer, whose addresses nobody else can open. */
export function isLocalOrigin(origin: string | URL): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || host === '0.0.0.0';
}

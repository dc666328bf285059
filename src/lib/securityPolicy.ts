/**
 * The Content-Security-Policy every page carries in a <meta http-equiv> tag. public/_headers sends the
 * same policy as a header (plus frame-ancestors, which a meta tag cannot carry) to hosts that read that
 * file; test/dist/security-headers.test.ts keeps the two in step.
 *
 * Nothing loads from another host, scripts are module files of our own (astro.config.mjs never inlines
 * them), and styles are stylesheet files. Search needs two allowances: Pagefind compiles WebAssembly
 * ('wasm-unsafe-eval', which allows no JavaScript eval) and runs in a worker loaded from the site itself.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * README.txt for a packed copy of the site (`npm run pack`): how to serve it on one's own computer and how
 * to publish it as a mirror. `folder` is the archive's top folder, `base` the path the site was built for.
 */
export function offlineReadme({
  folder,
  base,
  canonical,
  built,
}: {
  folder: string;
  base: string;
  canonical: string;
  built: string;
}): string {
  const sitePath = base === '/' ? '' : base.replace(/^\//, '');
  return `Kazakhstan Counter-Terrorism Law Review: a complete copy of the website
======================================================================

This archive holds the whole site as static files: every page, the open data, and the search index.
It was built on ${built} for the address ${canonical}
so every link on its pages starts with the path ${base}

Read it on your own computer
----------------------------
The pages need a web server, even a local one: opened straight from disk (file://), their links point
to the wrong place and search cannot load its index. Any static web server will do. With Python 3:

    cd ${folder}
    python3 -m http.server 8000 --bind 127.0.0.1

then open http://127.0.0.1:8000${base} in a browser. Nothing is loaded from any other server,
and the pages work with JavaScript turned off (only search needs it).

Publish it as a mirror
----------------------
Copy ${sitePath ? `the folder ${sitePath}` : 'everything in this folder except README.txt'} to a web server so that it is served at
the path ${base} of your domain. To serve it under a different path, build the site from its source
for that path instead: SITE_BASE=/your-path/ npm run build

The file _headers sets security headers (a Content-Security-Policy, no referrer, no third-party
features) on hosts that read it, such as Netlify and Cloudflare Pages; other hosts can copy its lines
into their own configuration. Every page carries the same Content-Security-Policy itself.${
    sitePath
      ? `

Under a path such as ${base}, note:
- Netlify and Cloudflare Pages read _headers only at the root of what they publish, not at
  ${base}_headers. Publish the folder that holds ${sitePath.replace(/\/$/, '')}/ (so ${base} is a folder of
  the published root) and move _headers to that root, changing its "/*" lines to "${base}*".
- Its Strict-Transport-Security line has includeSubDomains: sent for the whole host, it binds every
  subdomain to HTTPS for a year. Leave that line out unless you run the whole domain.
- robots.txt is at ${base}robots.txt, where crawlers do not look; copy its lines into the root
  robots.txt of the domain if you want them followed.`
      : ''
  }
`;
}

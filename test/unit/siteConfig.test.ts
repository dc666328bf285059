import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/siteConfig';

describe('the site address a deployer sets', () => {
  it('takes an origin, with or without a trailing slash, and a base with or without its slashes', () => {
    expect(siteAddress({ SITE_URL: 'https://example.org/', SITE_BASE: 'kz' })).toEqual({
      origin: 'https://example.org',
      base: '/kz/',
      preview: false,
    });
    expect(siteAddress({ SITE_URL: 'https://example.org' }).origin).toBe('https://example.org');
  });

  it('refuses an origin with a path, which would be dropped from every permanent address, and says to use SITE_BASE', () => {
    expect(() => siteAddress({ SITE_URL: 'https://example.org/kz/' })).toThrow(
      'SITE_URL is "https://example.org/kz/", which has a path. SITE_URL is the origin only (https://example.org); put the path in SITE_BASE (or address.base): SITE_URL=https://example.org SITE_BASE=/kz/',
    );
  });

  it('refuses an address without a scheme, or with another scheme, in words', () => {
    expect(() => siteAddress({ SITE_URL: 'example.org' })).toThrow(
      'SITE_URL is "example.org", which is not an address',
    );
    expect(() => siteAddress({ SITE_URL: 'ftp://example.org' })).toThrow('must start https://');
  });

  it('is a local preview without an origin', () => {
    expect(siteAddress({}).preview).toBe(true);
  });
});

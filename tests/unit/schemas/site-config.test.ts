import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '@/schemas/site-config';
import { siteConfig } from '@/site.config';
import { pageAddress } from '@/domain/print/page-address';

const valid = {
  organisationName: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Contoh',
  organisationType: 'Kanwil',
  region: 'Provinsi Contoh',
  address: 'Jalan Contoh No. 1, Kota Contoh',
  contact: { phone: '+62 21 555-0100', email: 'humas@contoh.go.id' },
  siteUrl: 'https://siaga.contoh.go.id',
};

describe('site configuration', () => {
  it('ships a valid neutral default', () => {
    expect(siteConfig.organisationName.length).toBeGreaterThan(3);
  });

  it('accepts a complete configuration', () => {
    expect(parseSiteConfig(valid)).toEqual({ ...valid, basePath: '/' });
  });

  it.each(['/', '/siaga-krisis/', '/humas/siaga-krisis/', '/v1.2_x/'])('accepts the base path %s', (basePath) => {
    expect(parseSiteConfig({ ...valid, basePath }).basePath).toBe(basePath);
  });

  it('reads the older "Kantor Wilayah" as the one list\'s "Kanwil"', () => {
    expect(parseSiteConfig({ ...valid, organisationType: 'Kantor Wilayah' }).organisationType).toBe('Kanwil');
  });

  it.each([
    [{ ...valid, organisationName: '' }, 'organisationName'],
    [{ ...valid, organisationType: 'Hotel' }, 'organisationType'],
    [{ ...valid, contact: { phone: 'telepon kami' } }, 'contact.phone'],
    [{ ...valid, contact: { email: 'bukan-surel' } }, 'contact.email'],
    [{ ...valid, siteUrl: 'siaga.contoh.go.id' }, 'siteUrl'],
    [{ ...valid, colour: 'merah' }, '(akar)'],
    // A base path must start and end with a slash: Astro, the service worker's scope and the manifest build on it.
    [{ ...valid, basePath: 'siaga-krisis' }, 'basePath'],
    [{ ...valid, basePath: '/siaga-krisis' }, 'basePath'],
    [{ ...valid, basePath: '/Siaga Krisis/' }, 'basePath'],
    [{ ...valid, basePath: '/../' }, 'basePath'],
    [{ ...valid, basePath: '//contoh.go.id/' }, 'basePath'],
  ])('stops with a message naming the wrong field', (config, field) => {
    expect(() => parseSiteConfig(config)).toThrow(
      new RegExp(`Konfigurasi organisasi tidak valid[\\s\\S]*${field.replace(/[.()]/g, '\\$&')}`),
    );
  });
});

describe('pageAddress', () => {
  it('prints the full address when the site address is known, else the path', () => {
    expect(pageAddress('/data-saya/', 'https://siaga.contoh.go.id')).toBe('https://siaga.contoh.go.id/data-saya/');
    expect(pageAddress('/data-saya/', undefined)).toBe('/data-saya/');
  });
});

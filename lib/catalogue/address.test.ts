import { describe, expect, it } from 'vitest';
import {
  biblioIdFromLink,
  coverUrl,
  detailUrl,
  modsUrl,
  normaliseBase,
  oaiListUrl,
  oaiResumeUrl,
  originPattern,
  searchUrl,
} from './address';

describe('catalogue addresses', () => {
  it('normalises what a librarian pastes to the OPAC folder', () => {
    expect(normaliseBase('lib.example.ac.id')).toBe('https://lib.example.ac.id/');
    expect(normaliseBase('https://example.ac.id/slims')).toBe('https://example.ac.id/slims/');
    expect(normaliseBase('https://example.ac.id/slims/index.php?p=member#x')).toBe(
      'https://example.ac.id/slims/',
    );
    expect(normaliseBase('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
    expect(normaliseBase('ftp://lib.example.ac.id/')).toBeNull();
    expect(normaliseBase('   ')).toBeNull();
    expect(originPattern('https://example.ac.id/slims/')).toBe('https://example.ac.id/*');
  });

  it('asks for the recently added titles as JSON-LD, page by page', () => {
    const url = new URL(searchUrl('https://lib.example.ac.id/', 2));
    expect(url.pathname).toBe('/index.php');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      search: 'search',
      keywords: '',
      filter: '{"sort":"recently-added"}',
      JSONLD: 'true',
      page: '2',
    });
  });

  it('pages OAI-PMH with the token alone, as oai2.php requires', () => {
    expect(oaiListUrl('https://x.id/slims/', '2026-11-01')).toBe(
      'https://x.id/slims/oai2.php?verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-01',
    );
    const token = '5__+AND+input_date+%3E%3D+%272026-11-01%27__oai_dc';
    const resume = new URL(oaiResumeUrl('https://x.id/', token));
    expect([...resume.searchParams.keys()]).toEqual(['verb', 'resumptionToken']);
    expect(resume.searchParams.get('resumptionToken')).toBe(token);
  });

  it("rebuilds detail links on the library's https address, whatever SLiMS wrote", () => {
    const id = biblioIdFromLink('http://lib.example.ac.id/index.php?p=show_detail&id=112');
    expect(id).toBe('112');
    expect(detailUrl('https://lib.example.ac.id/slims/', id!)).toBe(
      'https://lib.example.ac.id/slims/index.php?p=show_detail&id=112',
    );
    expect(modsUrl('https://x.id/', '7')).toBe(
      'https://x.id/index.php?p=show_detail&inXML=true&id=7',
    );
    expect(biblioIdFromLink('http://x/index.php?p=show_detail&id=abc')).toBeNull();
    expect(biblioIdFromLink('http://x/index.php')).toBeNull();
  });

  it('asks minigalnano for a cover thumbnail of a file under images/docs', () => {
    const url = new URL(coverUrl('https://x.id/', 'bumi manusia.png', 120));
    expect(url.pathname).toBe('/lib/minigalnano/createthumb.php');
    expect(url.searchParams.get('filename')).toBe('images/docs/bumi manusia.png');
    expect(url.searchParams.get('width')).toBe('120');
  });
});

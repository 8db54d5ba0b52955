/**
 * The fetch rules of /add, against a local server on 127.0.0.1 (loopback only): private
 * addresses refused unless allowed (IP literals, names resolving to loopback, and after a
 * redirect), schemes, redirects, deadline, streamed size cap, content types.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_POLICY, fetchPage, type FetchPolicy } from '../../src/intake/fetchPage.js';
import { isPublicAddress } from '../../src/intake/publicAddress.js';
import { startPageServerInTest } from '../support/pageServer.js';

const open: FetchPolicy = { ...DEFAULT_FETCH_POLICY, allowPrivate: true };

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast, unspecified and IPv6 ULA/link-local/mapped; accepts public', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '100.127.255.254', '224.0.0.1', '239.1.1.1', '0.0.0.0', '255.255.255.255', '::', '::1', 'fd12:3456::1', 'fc00::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:8.8.8.8', '[::1]', 'not an ip']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4001::200e']) {
      expect(isPublicAddress(a), a).toBe(true);
    }
  });
});

describe('fetchPage', () => {
  it('fetches a page when private addresses are allowed, and refuses the same page without the setting', async () => {
    const server = await startPageServerInTest();
    const page = await fetchPage(server.url('/news/quay-closed'), open);
    expect(page.contentType).toBe('text/html');
    expect(page.charset).toBe('utf-8');
    expect(page.bytes.toString('utf8')).toContain('Northern quay closed');

    const before = server.hits.length;
    await expect(fetchPage(server.url('/news/quay-closed'), DEFAULT_FETCH_POLICY)).rejects.toThrow(/private or local network/);
    // A host name that resolves to loopback is refused in the socket's lookup, before connecting.
    await expect(fetchPage(`http://localhost:${server.port}/news/quay-closed`, DEFAULT_FETCH_POLICY)).rejects.toThrow(/private or local network/);
    await expect(fetchPage(`http://[::1]:${server.port}/news/quay-closed`, DEFAULT_FETCH_POLICY)).rejects.toThrow(/private or local network/);
    expect(server.hits.length).toBe(before);
  });

  it('re-checks the address after a redirect', async () => {
    const server = await startPageServerInTest();
    // "localhost" is trusted (as a configured API host would be); the redirect goes to 127.0.0.1, which is not.
    const policy: FetchPolicy = { ...DEFAULT_FETCH_POLICY, trustedHosts: [`localhost:${server.port}`] };
    await expect(fetchPage(`http://localhost:${server.port}/to-loopback-literal`, policy)).rejects.toThrow(/private or local network/);
    expect(server.hits).toEqual(['/to-loopback-literal']);
    // And allowed hosts hold on every hop too.
    await expect(fetchPage(`http://localhost:${server.port}/to-loopback-literal`, { ...open, allowedHosts: [`localhost:${server.port}`] })).rejects.toThrow(/only downloaded from localhost:\d+$/);
    // Another port of a trusted or allowed host is another host.
    await expect(fetchPage(`http://localhost:${server.port + 1}/x`, policy)).rejects.toThrow(/private or local network/);
  });

  it('refuses other schemes and credentials', async () => {
    for (const address of ['ftp://example.com/a.html', 'file:///etc/passwd', 'javascript:alert(1)', 'gopher://127.0.0.1/']) {
      await expect(fetchPage(address, open), address).rejects.toThrow(/only http/);
    }
    await expect(fetchPage('http://user:pw@127.0.0.1/', open)).rejects.toThrow(/user name or password/);
    await expect(fetchPage('not a url', open)).rejects.toThrow(/not a web address/);
  });

  it('follows up to 3 redirects, refuses a 4th and a loop', async () => {
    const server = await startPageServerInTest();
    const page = await fetchPage(server.url('/hop1'), open);
    expect(page.url).toBe(server.url('/news/quay-closed'));
    await expect(fetchPage(server.url('/loop'), open)).rejects.toThrow(/redirected more than 3 times/);
    expect(server.hits.filter((h) => h === '/loop')).toHaveLength(4);
    await expect(fetchPage(server.url('/hop1'), { ...open, maxRedirects: 2 })).rejects.toThrow(/more than 2 times/);
  });

  it('ends a slow fetch at the deadline', async () => {
    const server = await startPageServerInTest();
    await expect(fetchPage(server.url('/slow'), { ...open, timeoutMs: 150 })).rejects.toThrow('the page took longer than 150 ms to fetch');
  });

  it('cuts a streamed body at the cap and refuses a declared length over it', async () => {
    const server = await startPageServerInTest();
    await expect(fetchPage(server.url('/huge'), open)).rejects.toThrow(/over the 5 MB limit/);
    await expect(fetchPage(server.url('/huge-declared'), open)).rejects.toThrow(/6 MB, over the 5 MB limit/);
  });

  it('takes only text/html and text/plain', async () => {
    const server = await startPageServerInTest();
    expect((await fetchPage(server.url('/plain.txt'), open)).contentType).toBe('text/plain');
    await expect(fetchPage(server.url('/data.json'), open)).rejects.toThrow(/serves application\/json/);
    await expect(fetchPage(server.url('/photo.png'), open)).rejects.toThrow(/serves image\/png/);
    await expect(fetchPage(server.url('/missing'), open)).rejects.toThrow(/HTTP 404/);
  });
});

import { describe, expect, it } from 'vitest';
import { connectionSettings, publicServer } from './connection';
import { retryDelay } from './schedule';

describe('connection settings', () => {
  it('keeps the password only together with a user name', () => {
    const withUser = connectionSettings(
      {
        url: 'https://couch.example.org/',
        database: 'perpus',
        username: 'ana',
        password: 's3cret',
      },
      1_000,
    );
    expect(withUser).toMatchObject({
      url: 'https://couch.example.org',
      database: 'perpus',
      username: 'ana',
      password: 's3cret',
      configuredAt: 1_000,
    });
    const withoutUser = connectionSettings(
      { url: 'https://couch.example.org', database: 'perpus', password: 's3cret' },
      1_000,
    );
    expect(withoutUser).not.toHaveProperty('password');
    expect(withoutUser).not.toHaveProperty('username');
  });

  it('shows the dashboard the server and user, never the password', () => {
    expect(
      publicServer({
        url: 'https://couch.example.org',
        database: 'perpus',
        username: 'ana',
        password: 'x',
      }),
    ).toEqual({ url: 'https://couch.example.org', database: 'perpus', username: 'ana' });
  });
});

describe('retry waits', () => {
  it('grow with each failure and then stay at the longest', () => {
    const delays = [15_000, 60_000, 300_000];
    expect([0, 1, 2, 3, 7].map((failures) => retryDelay(failures, delays))).toEqual([
      15_000, 60_000, 300_000, 300_000, 300_000,
    ]);
  });
});

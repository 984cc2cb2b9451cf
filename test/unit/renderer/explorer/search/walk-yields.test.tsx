// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { foregroundIdle, useSearchIndex } from '../../../../../renderer/explorer/search/useSearchIndex';
import { FakeBridge } from '../../fake-bridge';
import { NOW, usProfile } from '../../render-app';

afterEach(() => {
  delete window.mixExplorer;
});

/** A read the user is waiting for (a view's list), answered when the test says. */
function userRead(client: QueryClient, meta?: Record<string, unknown>) {
  let answer: (body: unknown) => void = () => undefined;
  const done = client.fetchQuery({
    queryKey: ['user-read', meta ?? {}],
    queryFn: () => new Promise((resolve) => (answer = resolve)),
    ...(meta ? { meta } : {}),
  });
  return { answer: (body: unknown = {}) => answer(body), done };
}

/** Lets every answer already given and every continuation run (the fake bridge answers asynchronously). */
async function settle() {
  for (let turn = 0; turn < 10; turn += 1) await act(async () => undefined);
}

describe('the search walk yields to what the user opened', () => {
  it('asks Mix nothing while a read the user waits for is in flight, and goes on once it is answered', async () => {
    const fake = new FakeBridge({ now: () => NOW, profiles: [usProfile()] });
    window.mixExplorer = fake;
    const listed = await fake.invoke('profiles:list', null);
    const profileId = listed.ok ? (listed.value.activeProfileId ?? '') : '';
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const opened = userRead(client);
    const { result } = renderHook(() => useSearchIndex(profileId, true), { wrapper });

    act(() => result.current.start());
    await settle();
    expect(fake.mixGetRequests()).toEqual([]);

    opened.answer();
    await opened.done;
    await waitFor(() => expect(fake.mixGetRequests().length).toBeGreaterThan(0));
    result.current.cancel();
  });

  it('does not wait for its own reads, and stops waiting when it is cancelled', async () => {
    const client = new QueryClient();
    const walkRead = userRead(client, { searchWalk: true });
    await expect(foregroundIdle(client, new AbortController().signal)).resolves.toBeUndefined();

    const opened = userRead(client);
    const cancelled = new AbortController();
    let settled = false;
    const waiting = foregroundIdle(client, cancelled.signal).then(() => (settled = true));
    walkRead.answer();
    await walkRead.done;
    expect(settled).toBe(false);
    cancelled.abort();
    await waiting;
    expect(settled).toBe(true);
    opened.answer();
    await opened.done;
  });
});

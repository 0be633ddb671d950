// Talking to the worker when it is not there to answer: stuck (a NoAnswer after the timeout, so coaching can pause
// and say so), stopped in the middle of an answer (one retry reaches the restarted worker), and gone for good after
// an extension update (ExtensionGone, at once, without sending).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ask, ExtensionGone, NoAnswer } from '../../utils/messaging';
import { CATEGORIES } from '../../rules/types';

const CHECK = { type: 'tc:check', text: 'Hi', context: {}, site: 'x.com' } as const;
const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 100]));
const ANSWER = { ok: true, value: { findings: [], score: { total: 100, byCategory } } };

/** runtime.sendMessage as the worker answers it (its declared type says nothing of the answer). */
const sendMessage = () => vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as ReturnType<typeof vi.fn>;

describe('ask', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('gives up on a worker that never answers with a NoAnswer after the timeout', async () => {
    vi.useFakeTimers();
    sendMessage().mockReturnValue(new Promise(() => undefined));
    const asked = ask(CHECK, 1000);
    const outcome = expect(asked).rejects.toBeInstanceOf(NoAnswer);
    await vi.advanceTimersByTimeAsync(999);
    let settled = false;
    void asked.catch(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });

  it('uses an answer that comes before the timeout', async () => {
    sendMessage().mockResolvedValue(ANSWER);
    await expect(ask(CHECK, 1000)).resolves.toEqual(ANSWER.value);
  });

  it('asks again once when the worker stopped before answering (the channel closed), and uses that answer', async () => {
    const send = sendMessage()
      .mockRejectedValueOnce(
        new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        ),
      )
      .mockResolvedValueOnce(ANSWER);
    await expect(ask(CHECK)).resolves.toEqual(ANSWER.value);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('says the extension is gone when its context was invalidated while sending', async () => {
    sendMessage().mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(ask(CHECK)).rejects.toBeInstanceOf(ExtensionGone);
  });

  it('says the extension is gone without sending when runtime.id is gone (after an update or reload)', async () => {
    const send = sendMessage();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    await expect(ask(CHECK)).rejects.toBeInstanceOf(ExtensionGone);
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses an answer of the wrong shape in plain words', async () => {
    sendMessage().mockResolvedValue({ ok: true, value: { findings: 'none' } });
    await expect(ask(CHECK)).rejects.toThrow(/answer to tc:check was malformed/);
  });
});

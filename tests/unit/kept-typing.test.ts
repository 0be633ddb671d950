// After a fix, the editor may still be rendering when the agent types the next key: the text is then the fix plus
// their words, which must be kept (an undo there would take their words, and in editors that group edits, the fix).
import { describe, expect, it } from 'vitest';
import { keptTyping } from '../../entrypoints/content/editors/block-editor';

const original = 'We apologize for any inconvenience.';
const start = 3;
const end = 34; // "apologize for any inconvenience"

describe('keptTyping', () => {
  it('is true for the fix followed by what the agent typed', () => {
    expect(keptTyping('We sorry this happened!.', original, start, end, 'sorry this happened')).toBe(true);
    expect(keptTyping('We sorry this happened, Sam.', original, start, end, 'sorry this happened')).toBe(true);
  });

  it('is false for the fix alone, the original, or an editor that mangled the fix', () => {
    expect(keptTyping('We sorry this happened.', original, start, end, 'sorry this happened')).toBe(false);
    expect(keptTyping(original, original, start, end, 'sorry this happened')).toBe(false);
    expect(keptTyping('We sorry this hapened!.', original, start, end, 'sorry this happened')).toBe(false);
    expect(keptTyping('We sorry this happened!', original, start, end, 'sorry this happened')).toBe(false);
  });
});

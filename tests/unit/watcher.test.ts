// The content script starts in every frame, some of them documents the page is still writing (an editor's
// about:blank frame before its document.write): start-up must not throw there, or that frame is never coached.
import { describe, expect, it } from 'vitest';
import { deepActiveElement } from '../../entrypoints/content/watcher';

describe('deepActiveElement', () => {
  it('answers "nothing focused" in a document that has no body yet', () => {
    expect(deepActiveElement({ activeElement: null, body: null } as unknown as Document)).toBeNull();
  });

  it('is the body when the body is the editable area (an iframe editor), else nothing', () => {
    const editable = { isContentEditable: true, shadowRoot: null };
    expect(deepActiveElement({ activeElement: editable, body: editable } as unknown as Document)).toBe(editable);
    const plain = { isContentEditable: false, shadowRoot: null };
    expect(deepActiveElement({ activeElement: plain, body: plain } as unknown as Document)).toBeNull();
  });
});

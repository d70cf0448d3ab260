// The map's hover preview: debounced while the pointer moves, unchanged while a button is held, settled on release.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../../../src/views/graph/hoverIntent';

const DELAY = 40;

function setup() {
  let shown: string | null = null;
  const applied: (string | null)[] = [];
  const intent = createHoverIntent((node) => {
    applied.push(node);
    shown = node;
  }, () => shown, DELAY);
  return { intent, applied };
}

describe('hover intent', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('previews the node the pointer rests on, once, after the delay', () => {
    const { intent, applied } = setup();
    intent.enter('a', false);
    intent.leave(false);
    intent.enter('b', false);
    vi.advanceTimersByTime(DELAY - 1);
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual(['b']);
    intent.leave(false);
    vi.advanceTimersByTime(DELAY);
    expect(applied).toEqual(['b', null]);
  });

  it('changes nothing during a drag that starts on a node just reached, nor on release over the background', () => {
    const { intent, applied } = setup();
    intent.enter('a', false);
    intent.press(); // before the delay: the preview still pending is dropped
    intent.leave(true);
    intent.enter('b', true);
    intent.leave(true);
    vi.advanceTimersByTime(DELAY * 10);
    intent.release(null);
    vi.advanceTimersByTime(DELAY);
    expect(applied).toEqual([]);
  });

  it('keeps a preview through a drag and settles it where the button comes up', () => {
    const { intent, applied } = setup();
    intent.enter('a', false);
    vi.advanceTimersByTime(DELAY);
    intent.press();
    intent.leave(true);
    vi.advanceTimersByTime(DELAY * 10);
    expect(applied).toEqual(['a']);
    intent.release(null);
    vi.advanceTimersByTime(DELAY);
    expect(applied).toEqual(['a', null]);
    intent.press();
    intent.release('c'); // a click on a node not previewed yet
    vi.advanceTimersByTime(DELAY);
    expect(applied).toEqual(['a', null, 'c']);
    intent.press();
    intent.release('c'); // the same node: nothing to redo
    vi.advanceTimersByTime(DELAY);
    expect(applied).toEqual(['a', null, 'c']);
  });

  it('forgets a pending preview when disposed', () => {
    const { intent, applied } = setup();
    intent.enter('a', false);
    intent.dispose();
    vi.advanceTimersByTime(DELAY);
    expect(applied).toEqual([]);
  });
});

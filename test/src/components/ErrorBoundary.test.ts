// The error boundary's state rules: an error is kept until the part is reset (new graph, other selection).
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';

describe('ErrorBoundary', () => {
  it('keeps what went wrong, as an Error even when a string was thrown', () => {
    expect(ErrorBoundary.getDerivedStateFromError(new TypeError('bad label')).error?.message).toBe('bad label');
    expect(ErrorBoundary.getDerivedStateFromError('thrown text').error?.message).toBe('thrown text');
  });

  it('clears the error when the reset key changes, not otherwise', () => {
    const failed = { error: new Error('x'), resetKey: 'v1' };
    expect(ErrorBoundary.getDerivedStateFromProps({ area: 'a', resetKey: 'v1', children: null }, failed)).toBeNull();
    expect(ErrorBoundary.getDerivedStateFromProps({ area: 'a', resetKey: 'v2', children: null }, failed)).toEqual({ error: null, resetKey: 'v2' });
  });
});

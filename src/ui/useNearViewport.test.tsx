// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useHeldWhile } from './useNearViewport';

describe('useHeldWhile', () => {
  it('follows the value while live, keeps the last live one while not, and catches up when live again', () => {
    const { result, rerender } = renderHook(({ value, live }) => useHeldWhile(value, live), { initialProps: { value: 'a', live: false } });
    expect(result.current).toBeUndefined();
    rerender({ value: 'b', live: true });
    expect(result.current).toBe('b');
    rerender({ value: 'c', live: false });
    expect(result.current).toBe('b');
    rerender({ value: 'd', live: false });
    expect(result.current).toBe('b');
    rerender({ value: 'd', live: true });
    expect(result.current).toBe('d');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDuration, formatQuantity, parseDuration, parseQuantity } from './units';

describe('Kubernetes quantities', () => {
  it('parses plain, milli, SI and binary suffixes, and YAML numbers', () => {
    expect(parseQuantity('100')).toBe(100);
    expect(parseQuantity('100m')).toBe(0.1);
    expect(parseQuantity('1500m')).toBe(1.5);
    expect(parseQuantity('1k')).toBe(1000);
    expect(parseQuantity('2Ki')).toBe(2048);
    expect(parseQuantity('1.5M')).toBe(1_500_000);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity(12.5)).toBe(12.5);
    for (const bad of ['lots', '10 k', 'm', '', '1x', null, true]) expect(parseQuantity(bad)).toBeUndefined();
  });

  it('writes the shortest exact quantity, which parses back to the same number', () => {
    expect(formatQuantity(100)).toBe('100');
    expect(formatQuantity(0.1)).toBe('100m');
    expect(formatQuantity(2.5)).toBe('2500m');
    expect(formatQuantity(0.0005)).toBe('0.0005');
    for (const value of [1, 0.001, 1.234, 7.0005, 1e-7, 123456.789]) expect(parseQuantity(formatQuantity(value))).toBe(value);
  });
});

describe('Go durations', () => {
  it('parses the forms Knative annotations take', () => {
    expect(parseDuration('60s')).toBe(60);
    expect(parseDuration('1m')).toBe(60);
    expect(parseDuration('1m30s')).toBe(90);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('500ms')).toBe(0.5);
    expect(parseDuration('0')).toBe(0);
    for (const bad of ['60', 'soon', '1 m', '', 'm1', 60]) expect(parseDuration(bad)).toBeUndefined();
  });

  it('writes seconds that parse back', () => {
    expect(formatDuration(60)).toBe('60s');
    expect(formatDuration(0.5)).toBe('500ms');
    for (const value of [0, 6, 90, 3600, 0.25]) expect(parseDuration(formatDuration(value))).toBe(value);
  });
});

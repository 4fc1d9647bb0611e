// Texts from one number are handled in order; texts from different numbers do not wait for each other.
import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../../bot/util/keyed-lock.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedLock', () => {
  it('runs tasks with the same key one after the other, in arrival order', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await tick(ms);
      log.push(`${name} end`);
    };
    await Promise.all([lock.run('a', task('first', 20)), lock.run('a', task('second', 1))]);
    expect(log).toEqual(['first start', 'first end', 'second start', 'second end']);
  });

  it('runs tasks with different keys side by side', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    await Promise.all([
      lock.run('a', async () => {
        log.push('a start');
        await tick(20);
        log.push('a end');
      }),
      lock.run('b', async () => {
        log.push('b start');
        await tick(1);
        log.push('b end');
      }),
    ]);
    expect(log.indexOf('b end')).toBeLessThan(log.indexOf('a end'));
  });

  it('carries on after a failed task and forgets keys once idle', async () => {
    const lock = new KeyedLock();
    await expect(lock.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run('a', () => Promise.resolve(42))).resolves.toBe(42);
    expect(lock.size).toBe(0);
  });
});

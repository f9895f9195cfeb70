import { describe, expect, it } from 'vitest';
import { SerialQueue } from './serial-queue';

describe('changes to the notebook', () => {
  it('run one after another in the order they were made', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 10));
    const first = queue.run(async () => {
      await slow();
      log.push('tag');
    });
    const second = queue.run(async () => {
      log.push('untag');
    });
    expect(queue.busy).toBe(true);
    await Promise.all([first, second]);
    expect(log).toEqual(['tag', 'untag']);
    await queue.idle();
    expect(queue.busy).toBe(false);
  });

  it('go on after one fails', async () => {
    const queue = new SerialQueue();
    const failed = queue.run(async () => {
      throw new Error('disk full');
    });
    await expect(failed).rejects.toThrow('disk full');
    expect(await queue.run(async () => 'next')).toBe('next');
  });
});

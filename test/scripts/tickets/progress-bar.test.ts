import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startProgressBar } from '../../../scripts/tickets/progress-bar.ts';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; output: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, output: () => text };
}

describe('startProgressBar', () => {
  it('draws a bar with the row count on a terminal', () => {
    const { stream, output } = fakeStream(true);
    const bar = startProgressBar('Importing', 1000, stream);
    bar.update(500, 1234);
    bar.stop();
    expect(output()).toContain('Importing');
    expect(output()).toContain('1234 rows');
  });

  it('writes nothing when the output is not a terminal', () => {
    const { stream, output } = fakeStream(false);
    const bar = startProgressBar('Importing', 1000, stream);
    bar.update(500, 1234);
    bar.stop();
    expect(output()).toBe('');
  });
});

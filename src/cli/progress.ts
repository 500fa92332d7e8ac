// Progress on standard error in a terminal, once a run has taken longer than a second.
import type { Item } from '../model.js';

const SHOW_AFTER_MS = 1000;
const REFRESH_MS = 200;

export interface Progress {
  readonly loaded: (total: number) => void;
  readonly started: (item: Item) => void;
  readonly decided: (item: Item) => void;
  readonly stop: () => void;
}

export function startProgress(write: (text: string) => void): Progress {
  let total = 0;
  let decided = 0;
  const running = new Map<string, string>();
  let shown = false;
  const draw = (): void => {
    const now = [...running.values()];
    const what =
      now.length > 0
        ? ` · running: ${now.slice(0, 2).join(', ')}${now.length > 2 ? ` +${now.length - 2}` : ''}`
        : '';
    const columns = process.stderr.columns || 80;
    const line = `${decided}/${total} decided${what}`;
    write(`\r\u001b[2K${line.length > columns - 1 ? `${line.slice(0, columns - 2)}…` : line}`);
    shown = true;
  };
  let timer: NodeJS.Timeout | undefined;
  const delay = setTimeout(() => {
    draw();
    timer = setInterval(draw, REFRESH_MS);
    timer.unref?.();
  }, SHOW_AFTER_MS);
  delay.unref?.();
  return {
    loaded: (count) => {
      total = count;
    },
    started: (item) => {
      running.set(item.id, item.title.length > 40 ? `${item.title.slice(0, 39)}…` : item.title);
    },
    decided: (item) => {
      running.delete(item.id);
      decided += 1;
    },
    stop: () => {
      clearTimeout(delay);
      if (timer) clearInterval(timer);
      if (shown) write('\r\u001b[2K');
    },
  };
}

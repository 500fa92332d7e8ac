import { describe, expect, it } from 'vitest';
import { ShellSyntaxError, splitCommand } from '../../src/process/split-command.js';

describe('splitCommand', () => {
  it('splits words as a shell would', () => {
    expect(splitCommand('pytest -q tests/')).toEqual(['pytest', '-q', 'tests/']);
    expect(splitCommand(`pytest -k "not slow" 'a b' c\\ d`)).toEqual([
      'pytest',
      '-k',
      'not slow',
      'a b',
      'c d',
    ]);
    expect(splitCommand('  mypy   .  ')).toEqual(['mypy', '.']);
    expect(splitCommand('say "a \\"quoted\\" word"')).toEqual(['say', 'a "quoted" word']);
  });

  it.each([
    ['docker-compose ps | grep api', '|'],
    ['make && make test', '&&'],
    ['a; b', ';'],
    ['pytest > out.txt', '>'],
    ['echo $(whoami)', '$('],
    ['echo `whoami`', '`'],
    ['echo $HOME', '$'],
    ['rm -rf data/*', '*'],
    ['cat ~/.ssh/id_rsa', '~'],
    ['FOO=1 pytest', 'FOO='],
    ['pytest 2>/dev/null', '2>'],
    ['echo "$HOME"', '$'],
  ])('refuses shell syntax in %s', (command, construct) => {
    try {
      splitCommand(command);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ShellSyntaxError);
      expect((error as ShellSyntaxError).construct).toBe(construct);
    }
  });

  it('refuses unbalanced quotes', () => {
    expect(() => splitCommand('echo "oops')).toThrow(/unbalanced double quote/);
    expect(() => splitCommand("echo 'oops")).toThrow(/unbalanced single quote/);
  });

  it('keeps shell characters inside quotes as text', () => {
    expect(splitCommand("grep -E 'a|b' file")).toEqual(['grep', '-E', 'a|b', 'file']);
    expect(splitCommand('pytest -k "a and not b*"')).toEqual(['pytest', '-k', 'a and not b*']);
  });
});

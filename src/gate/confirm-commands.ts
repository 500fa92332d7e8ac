// `/confirm` and `/unconfirm` lines in review and comment bodies: at the start of a line, outside
// quotes and code, followed by ids (spaces or commas) or one title in quotes, matched without case.

export interface ConfirmCommand {
  readonly action: 'confirm' | 'unconfirm';
  /** Ids as written (compare lower case). */
  readonly ids: readonly string[];
  /** A title given in quotes. */
  readonly title?: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const COMMAND = /^ {0,3}\/(confirm|unconfirm)(?=\s|$)(.*)$/i;

/** Every command in a Markdown body, in order. */
export function parseConfirmCommands(body: string): ConfirmCommand[] {
  const commands: ConfirmCommand[] = [];
  let fence: string | undefined;
  // A command hidden in an HTML comment would confirm where no reviewer sees it: it does not count.
  const visible = body.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) =>
    comment.replace(/[^\n]/g, ''),
  );
  for (const line of visible.split(/\r\n|\r|\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length)
        fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    // A quote (`> /confirm x`) repeats someone else's words; four spaces make a code block.
    const match = COMMAND.exec(line);
    if (!match) continue;
    const action = match[1]!.toLowerCase() as ConfirmCommand['action'];
    const rest = (match[2] ?? '').trim();
    const quoted = /^(["“])(.+?)["”]\s*$/.exec(rest);
    if (quoted) {
      commands.push({ action, ids: [], title: quoted[2]!.trim() });
      continue;
    }
    // Inline code or anything after a word that is not an id ends the list.
    const ids: string[] = [];
    for (const word of rest.split(/[\s,]+/).filter(Boolean)) {
      if (!/^[\p{L}\p{N}\p{M}_][\p{L}\p{N}\p{M}._-]*$/u.test(word)) break;
      ids.push(word);
    }
    if (ids.length > 0) commands.push({ action, ids });
  }
  return commands;
}

// A small streaming XML tokenizer for reports: tags, attributes, text; no DTD, no entity expansion.
//
// Why not saxes: saxes checks every character in JavaScript and reads a 10 MB JUnit file in about
// 190 ms, 2× slower than `xmllint --noout`; this scanner jumps between `<` and `>` with indexOf and
// reads the same file in about a quarter of the time. It checks what a report reader relies on:
// tags nest and match, attributes are quoted and unique, a single root, no text outside it, only
// XML's five named entities and character references, no NUL bytes, a complete document. It does
// not validate every character against the XML name productions (saxes is used in the tests as an
// oracle on every fixture).

export interface XmlTag {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly isSelfClosing: boolean;
  /** One attribute's value, without making the others into strings (readers of every element use it). */
  readonly attribute: (name: string) => string | undefined;
}

export interface XmlScanHandlers {
  readonly open: (tag: XmlTag, depth: number) => void;
  readonly close: (name: string, depth: number) => void;
  /** Text and CDATA inside the root, entity-decoded; only asked while `wantsText()`. */
  readonly text: (text: string) => void;
  readonly wantsText: () => boolean;
  /** A DOCTYPE's content (between `<!DOCTYPE` and its `>`). */
  readonly doctype: (content: string) => void;
  /** Called with the root element before `open` (to refuse a foreign root). */
  readonly root?: (tag: XmlTag) => void;
}

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

/** Without a prototype: `&constructor;` and the like are undefined entities, not Object's. */
const NAMED_ENTITIES: Record<string, string | undefined> = Object.assign(Object.create(null), {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
});

/** Text larger than this without a `<` is handed on in pieces instead of being kept whole. */
const MAX_PENDING_TEXT = 1024 * 1024;

export class XmlScanner {
  private buffer = '';
  private readonly stack: string[] = [];
  private isRootClosed = false;
  private sawRoot = false;
  /** Lines before `buffer` starts, for error positions. */
  private linesBefore = 0;
  private columnBase = 0;
  /** Index of the next `&` in the text being scanned at or after the last text run (-1: none left, -2: unknown). */
  private nextAmp = -2;
  /** The first "<" after the current tag's (-2: not known); the scan loop reuses it. */
  private nextLt = -2;
  /** Start and end of each attribute name of the tag being read (for the duplicate check). */
  private readonly attributeNames: number[] = [];
  /** Tag names met lately, so that each tag does not make a new string. */
  private readonly recentNames: string[] = [];
  private recentNext = 0;
  /** Text consumed but whose lines are not counted yet (counted only when a message needs them). */
  private uncountedText = '';
  private uncountedLength = 0;

  constructor(private readonly handlers: XmlScanHandlers) {}

  write(chunk: string): void {
    if (chunk.indexOf('\u0000') !== -1) {
      this.fail(
        this.buffer.length + chunk.indexOf('\u0000'),
        'contains NUL bytes (binary data)',
        this.buffer + chunk,
      );
    }
    const text = this.buffer === '' ? chunk : this.buffer + chunk;
    const consumed = this.scan(text, false);
    this.advance(text, consumed);
  }

  close(): void {
    const text = this.buffer;
    const consumed = this.scan(text, true);
    // A complete document: nothing to report, so no lines to count.
    if (consumed === text.length && this.sawRoot && this.stack.length === 0) return;
    this.advance(text, consumed);
    if (this.buffer.trim() !== '')
      this.fail(0, 'unexpected end of file inside markup', this.buffer);
    if (!this.sawRoot) this.fail(0, 'no root element', text);
    if (this.stack.length > 0) {
      this.fail(
        text.length,
        `unexpected end of file: <${this.stack[this.stack.length - 1]!}> is not closed`,
        text,
      );
    }
  }

  /** Keeps the unconsumed tail; its lines are counted later, if ever a position is needed. */
  private advance(text: string, consumed: number): void {
    this.countLines();
    this.uncountedText = text;
    this.uncountedLength = consumed;
    this.buffer = consumed === 0 ? text : text.slice(consumed);
  }

  /** Adds the lines of the text consumed so far to the position base. */
  private countLines(): void {
    const text = this.uncountedText;
    const consumed = this.uncountedLength;
    if (consumed === 0) return;
    this.uncountedText = '';
    this.uncountedLength = 0;
    let nl = text.indexOf('\n');
    let last = -1;
    while (nl !== -1 && nl < consumed) {
      this.linesBefore++;
      last = nl;
      nl = text.indexOf('\n', nl + 1);
    }
    this.columnBase = last === -1 ? this.columnBase + consumed : consumed - last - 1;
  }

  private fail(index: number, message: string, text: string): never {
    this.countLines();
    let line = this.linesBefore + 1;
    let lineStart = -1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i;
    }
    const column = lineStart === -1 ? this.columnBase + index + 1 : index - lineStart;
    throw new XmlSyntaxError(`${line}:${column}: ${message}`);
  }

  /** Scans as far as complete tokens go; returns how many characters were consumed. */
  private scan(text: string, isLast: boolean): number {
    const handlers = this.handlers;
    const stack = this.stack;
    const length = text.length;
    let i = 0;
    this.nextAmp = -2;
    this.nextLt = -2;
    for (;;) {
      // After a start tag, the next "<" is already known.
      const known = this.nextLt;
      this.nextLt = -2;
      const lt = known !== -2 && (known === -1 || known >= i) ? known : text.indexOf('<', i);
      const textEnd = lt === -1 ? length : lt;
      if (textEnd > i) {
        if (lt === -1 && !isLast) {
          // Keep short text for the next chunk (an entity may be cut); hand long text on now.
          if (length - i <= MAX_PENDING_TEXT) return i;
          const amp = text.lastIndexOf('&');
          let cut = amp > i && length - amp < 16 ? amp : length;
          // A "\r" at the cut may be the first half of "\r\n": keep it for the next chunk.
          if (text.charCodeAt(cut - 1) === 13 && cut - 1 > i) cut--;
          this.handleText(text, i, cut);
          return cut;
        }
        this.handleText(text, i, textEnd);
      }
      if (lt === -1) return length;
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next))
        return isLast ? this.fail(lt, 'unexpected end of file after "<"', text) : lt;
      if (next === 47 /* / */) {
        const gt = text.indexOf('>', lt + 2);
        if (gt === -1)
          return isLast ? this.fail(lt, 'unexpected end of file in a closing tag', text) : lt;
        const open = stack[stack.length - 1];
        if (open === undefined)
          this.fail(lt, `unexpected closing tag </${text.slice(lt + 2, gt).trimEnd()}>`, text);
        const after = lt + 2 + open.length;
        if (
          !text.startsWith(open, lt + 2) ||
          (after !== gt && text.slice(after, gt).trim() !== '')
        ) {
          this.fail(
            lt,
            `mismatched tag: </${text.slice(lt + 2, gt).trimEnd()}> closes <${open}>`,
            text,
          );
        }
        stack.pop();
        handlers.close(open, stack.length);
        if (stack.length === 0) this.isRootClosed = true;
        i = gt + 1;
        continue;
      }
      if (next === 33 /* ! */) {
        if (text.startsWith('<!--', lt)) {
          const end = text.indexOf('-->', lt + 4);
          if (end === -1)
            return isLast ? this.fail(lt, 'unexpected end of file in a comment', text) : lt;
          i = end + 3;
          continue;
        }
        if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1)
            return isLast ? this.fail(lt, 'unexpected end of file in CDATA', text) : lt;
          if (stack.length === 0) this.fail(lt, 'CDATA outside the root element', text);
          if (handlers.wantsText()) handlers.text(normalizeLineEnds(text.slice(lt + 9, end)));
          i = end + 3;
          continue;
        }
        if (text.startsWith('<!DOCTYPE', lt)) {
          if (this.sawRoot) this.fail(lt, 'DOCTYPE after the root element', text);
          const close = text.indexOf('>', lt);
          const bracket = text.indexOf('[', lt);
          let end = close;
          if (bracket !== -1 && (close === -1 || bracket < close)) {
            const rightBracket = text.indexOf(']', bracket);
            end = rightBracket === -1 ? -1 : text.indexOf('>', rightBracket);
          }
          if (end === -1)
            return isLast ? this.fail(lt, 'unexpected end of file in DOCTYPE', text) : lt;
          handlers.doctype(text.slice(lt + 9, end));
          i = end + 1;
          continue;
        }
        if (lt + 9 > length && !isLast) return lt;
        this.fail(lt, 'unexpected markup "<!"', text);
      }
      if (next === 63 /* ? */) {
        const end = text.indexOf('?>', lt + 2);
        if (end === -1)
          return isLast
            ? this.fail(lt, 'unexpected end of file in a processing instruction', text)
            : lt;
        i = end + 2;
        continue;
      }
      const end = this.startTag(text, lt, isLast);
      if (end === -1) return lt;
      i = end;
    }
  }

  private handleText(text: string, start: number, end: number): void {
    if (this.stack.length === 0) {
      for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k);
        if (
          c !== 32 &&
          c !== 10 &&
          c !== 13 &&
          c !== 9 &&
          !(c === 0xfeff && k === 0 && !this.sawRoot)
        ) {
          this.fail(
            k,
            this.isRootClosed ? 'text after the root element' : 'text before the root element',
            text,
          );
        }
      }
      return;
    }
    // Found once and then only moved forward, so runs without `&` cost no extra scan.
    if (this.nextAmp !== -1 && this.nextAmp < start) this.nextAmp = text.indexOf('&', start);
    if (this.nextAmp === -1 || this.nextAmp >= end) {
      if (this.handlers.wantsText()) this.handlers.text(normalizeLineEnds(text.slice(start, end)));
      return;
    }
    // Decode (and so check) entities even when nobody reads the text: an undefined entity is an error.
    const decoded = this.decode(text.slice(start, end), text, start);
    if (this.handlers.wantsText()) this.handlers.text(decoded);
  }

  /**
   * Parses a start tag at `lt`; returns the index after it, or -1 when the chunk ends inside it.
   * The attributes are checked here (quoted, unique, no `<`, entities defined) without building
   * any string: the tag hands them out only when a reader asks (most tags' are never read).
   */
  private startTag(text: string, lt: number, isLast: boolean): number {
    const length = text.length;
    let j = lt + 1;
    while (j < length) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 47 || c === 62) break;
      j++;
    }
    if (j >= length) return isLast ? this.fail(lt, 'unexpected end of file in a tag', text) : -1;
    const name = this.tagName(text, lt + 1, j);
    if (name === '' || !isNameStart(name.charCodeAt(0)))
      this.fail(lt, `invalid tag name "<${name}"`, text);
    const attributesFrom = j;
    this.nextLt = text.indexOf('<', lt + 1);
    let count = 0;
    let isSelfClosing = false;
    let attributesTo: number;
    for (;;) {
      // Skip whitespace.
      let c = text.charCodeAt(j);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
      if (j >= length)
        return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
      if (c === 62 /* > */) {
        attributesTo = j;
        j++;
        break;
      }
      if (c === 47 /* / */) {
        if (j + 1 >= length)
          return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
        if (text.charCodeAt(j + 1) !== 62) this.fail(j, `expected "/>" in <${name}>`, text);
        isSelfClosing = true;
        attributesTo = j;
        j += 2;
        break;
      }
      j = this.attribute(text, j, lt, name, count, isLast);
      if (j === -1) return -1;
      count++;
    }
    if (this.stack.length === 0) {
      if (this.isRootClosed)
        this.fail(lt, 'a second root element (documents may contain only one)', text);
      this.sawRoot = true;
    }
    const tag = new ScannedTag(
      name,
      isSelfClosing,
      count === 0 ? '' : text,
      attributesFrom,
      attributesTo,
    );
    if (this.stack.length === 0) this.handlers.root?.(tag);
    this.handlers.open(tag, this.stack.length);
    if (isSelfClosing) {
      this.handlers.close(name, this.stack.length);
      if (this.stack.length === 0) this.isRootClosed = true;
    } else {
      this.stack.push(name);
    }
    return j;
  }

  /**
   * Checks one attribute at `j` (its name starts there) of a tag opened at `lt`, as the
   * `count`-th; returns the index after its value, or -1 when the chunk ends inside it.
   */
  private attribute(
    text: string,
    j: number,
    lt: number,
    name: string,
    count: number,
    isLast: boolean,
  ): number {
    const length = text.length;
    let c = text.charCodeAt(j);
    // The attribute's name, up to "=" or whitespace.
    const nameStart = j;
    while (j < length) {
      c = text.charCodeAt(j);
      if (
        c === 61 ||
        c === 32 ||
        c === 10 ||
        c === 13 ||
        c === 9 ||
        c === 62 ||
        c === 47 ||
        c === 60 ||
        c === 34 ||
        c === 39
      )
        break;
      j++;
    }
    if (j >= length)
      return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
    const nameEnd = j;
    if (nameEnd === nameStart || !isNameStart(text.charCodeAt(nameStart)))
      this.fail(nameStart, `malformed attribute in <${name}>`, text);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (j >= length)
      return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
    if (c !== 61)
      this.fail(j, `attribute ${text.slice(nameStart, nameEnd)} of <${name}> has no value`, text);
    let q = j + 1;
    c = text.charCodeAt(q);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++q);
    if (q >= length)
      return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
    if (c !== 34 && c !== 39)
      this.fail(q, `attribute ${text.slice(nameStart, nameEnd)} of <${name}> is not quoted`, text);
    const close = text.indexOf(c === 34 ? '"' : "'", q + 1);
    if (close === -1)
      return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
    // `nextLt`, the first "<" after the tag's own, is found once per tag (again only when a
    // malformed tag name holds one).
    if (this.nextLt !== -1 && this.nextLt <= q) this.nextLt = text.indexOf('<', q + 1);
    if (this.nextLt !== -1 && this.nextLt < close) {
      this.fail(
        this.nextLt,
        `"<" in the value of attribute ${text.slice(nameStart, nameEnd)} of <${name}>`,
        text,
      );
    }
    if (this.nextAmp !== -1 && this.nextAmp <= q) this.nextAmp = text.indexOf('&', q + 1);
    const hasAmp = this.nextAmp !== -1 && this.nextAmp < close;
    // Entities are checked now, even in values nobody reads: an undefined one is an error.
    if (hasAmp) this.decode(text.slice(q + 1, close), text, q + 1);
    for (let k = 0; k < count; k++) {
      const otherStart = this.attributeNames[2 * k]!;
      const otherLength = this.attributeNames[2 * k + 1]! - otherStart;
      if (otherLength === nameEnd - nameStart && sameText(text, otherStart, nameStart, otherLength))
        this.fail(j, `duplicate attribute ${text.slice(nameStart, nameEnd)} in <${name}>`, text);
    }
    this.attributeNames[2 * count] = nameStart;
    this.attributeNames[2 * count + 1] = nameEnd;
    j = close + 1;
    const after = text.charCodeAt(j);
    if (
      j < length &&
      after !== 32 &&
      after !== 10 &&
      after !== 13 &&
      after !== 9 &&
      after !== 62 &&
      after !== 47
    ) {
      this.fail(j, `expected whitespace between attributes of <${name}>`, text);
    }
    return j;
  }

  /** The tag name at text[start, end), reusing an earlier string for a name seen recently. */
  private tagName(text: string, start: number, end: number): string {
    const names = this.recentNames;
    const length = end - start;
    for (let k = 0; k < names.length; k++) {
      const known = names[k]!;
      if (known.length === length && text.startsWith(known, start)) return known;
    }
    const name = text.slice(start, end);
    if (names.length < 16) names.push(name);
    else names[this.recentNext++ & 15] = name;
    return name;
  }

  /** Replaces the five named entities and character references; any other entity is an error. */
  private decode(raw: string, text: string, offset: number): string {
    let out = '';
    let i = 0;
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', i)) {
      out += normalizeLineEnds(raw.slice(i, amp));
      const semi = raw.indexOf(';', amp + 1);
      if (semi === -1 || semi - amp > 12)
        this.fail(offset + amp, 'unescaped "&" (or an entity without ";")', text);
      const entity = raw.slice(amp + 1, semi);
      if (entity.charCodeAt(0) === 35 /* # */) {
        const code =
          entity.charCodeAt(1) === 120 /* x */
            ? parseInt(entity.slice(2), 16)
            : parseInt(entity.slice(1), 10);
        const isDigits =
          entity.charCodeAt(1) === 120 ? /^#x[0-9a-fA-F]+$/.test(entity) : /^#[0-9]+$/.test(entity);
        if (!isDigits || !(code > 0 && code <= 0x10ffff))
          this.fail(offset + amp, `invalid character reference &${entity};`, text);
        out += String.fromCodePoint(code);
      } else {
        const named = NAMED_ENTITIES[entity];
        if (named === undefined)
          this.fail(offset + amp, `undefined entity &${entity}; (entities are not expanded)`, text);
        out += named;
      }
      i = semi + 1;
    }
    return out + normalizeLineEnds(raw.slice(i));
  }
}

/** text[a, a + length) equals text[b, b + length). */
function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++)
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
}

/**
 * A start tag found by another scanner (the JUnit reader's fast path) over `text`, its attributes
 * at text[from, to) already checked as this scanner checks them; they are read when first asked.
 */
export function checkedTag(
  name: string,
  text: string,
  from: number,
  to: number,
  isSelfClosing: boolean,
): XmlTag {
  return new ScannedTag(name, isSelfClosing, text, from, to);
}

/**
 * True when every `&` in text[from, to) starts one of XML's five named entities or a valid
 * character reference, as the scanner requires (where it would fail, this is false).
 */
export function hasValidEntities(text: string, from: number, to: number): boolean {
  for (
    let amp = text.indexOf('&', from);
    amp !== -1 && amp < to;
    amp = text.indexOf('&', amp + 1)
  ) {
    const semi = text.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 12 || semi >= to) return false;
    const entity = text.slice(amp + 1, semi);
    if (entity.charCodeAt(0) === 35 /* # */) {
      const isHex = entity.charCodeAt(1) === 120; /* x */
      if (!(isHex ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/).test(entity)) return false;
      const code = isHex ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) return false;
    } else if (NAMED_ENTITIES[entity] === undefined) {
      return false;
    }
  }
  return true;
}

/** Text the scanner has already checked, entity-decoded, as its `text` handler receives it. */
export function decodeCheckedText(raw: string): string {
  const text = normalizeLineEnds(raw);
  return text.includes('&') ? decodeEntities(text) : text;
}

/**
 * "\r\n" and a lone "\r" read as "\n", as XML requires of every processor before parsing
 * (XML 1.0 §2.11): a report written on Windows gives the same text as one written elsewhere.
 */
export function normalizeLineEnds(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/** A start tag whose attributes, already checked, are made into strings when first read. */
class ScannedTag implements XmlTag {
  private parsed: Record<string, string> | undefined;

  constructor(
    readonly name: string,
    readonly isSelfClosing: boolean,
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get attributes(): Record<string, string> {
    return (this.parsed ??= this.text === '' ? {} : parseAttributes(this.text, this.from, this.to));
  }

  attribute(name: string): string | undefined {
    if (this.parsed !== undefined) return this.parsed[name];
    if (this.text === '') return undefined;
    return findAttribute(this.text, this.from, this.to, name);
  }
}

/** The value of attribute `name` in text[from, to) (already checked), decoded as parseAttributes does. */
function findAttribute(text: string, from: number, to: number, name: string): string | undefined {
  let j = from;
  for (;;) {
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (j >= to) return undefined;
    const nameStart = j;
    while (c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9) c = text.charCodeAt(++j);
    const isWanted = j - nameStart === name.length && text.startsWith(name, nameStart);
    while (c !== 34 && c !== 39) c = text.charCodeAt(++j);
    const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
    if (isWanted) {
      let value = text.slice(j + 1, close);
      if (/[\n\r\t]/.test(value)) value = value.replace(/\r\n|[\n\r\t]/g, ' ');
      return value.includes('&') ? decodeEntities(value) : value;
    }
    j = close + 1;
  }
}

/** Reads the attributes of text[from, to), which the scanner has already checked. */
function parseAttributes(text: string, from: number, to: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let j = from;
  for (;;) {
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (j >= to) return attributes;
    const nameStart = j;
    while (c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9) c = text.charCodeAt(++j);
    const name = text.slice(nameStart, j);
    while (c !== 34 && c !== 39) c = text.charCodeAt(++j);
    const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
    let value = text.slice(j + 1, close);
    // Whitespace is normalized before references are decoded: `&#10;` stays a line feed (XML 3.3.3).
    if (/[\n\r\t]/.test(value)) value = value.replace(/\r\n|[\n\r\t]/g, ' ');
    if (value.includes('&')) value = decodeEntities(value);
    attributes[name] = value;
    j = close + 1;
  }
}

/** Decodes entities the scanner has already checked (so every one is valid). */
function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, entity: string) =>
    entity.charCodeAt(0) === 35
      ? String.fromCodePoint(
          entity.charCodeAt(1) === 120
            ? parseInt(entity.slice(2), 16)
            : parseInt(entity.slice(1), 10),
        )
      : NAMED_ENTITIES[entity]!,
  );
}

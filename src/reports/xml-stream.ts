// Streams an XML report through the scanner: no DOM, no DTD processing, no entity expansion.
import { XmlScanner, XmlSyntaxError, type XmlTag } from './xml-scan.js';
import { ReportError, type ReportSource } from './types.js';

export type { XmlTag };

export interface XmlHandlers {
  /** Called for every start tag with the element's depth (root = 0). */
  readonly open: (tag: XmlTag, depth: number) => void;
  readonly close?: (name: string, depth: number) => void;
  /** Text and CDATA, only while `wantsText()` says so. */
  readonly text?: (text: string) => void;
  readonly wantsText?: () => boolean;
}

/**
 * Parses the file as a stream. `roots` lists the accepted root element names; any other root is
 * a "foreign report" error. A DOCTYPE naming an external DTD (JaCoCo, Cobertura write one) is
 * ignored; one with an internal subset that declares entities is refused, and any entity other
 * than XML's five is an error, so "billion laughs" files never expand.
 */
export async function parseXml(
  source: ReportSource,
  roots: readonly string[],
  handlers: XmlHandlers,
): Promise<void> {
  const scanner = reportScanner(roots, handlers);
  try {
    for await (const chunk of source.chunks()) scanner.write(chunk as string);
    scanner.close();
  } catch (error) {
    throw asReportError(error);
  }
}

/** `parseXml` for a file already read whole into `text`, with the same checks and messages. */
export function parseXmlText(text: string, roots: readonly string[], handlers: XmlHandlers): void {
  const scanner = reportScanner(roots, handlers);
  try {
    scanner.write(text);
    scanner.close();
  } catch (error) {
    throw asReportError(error);
  }
}

function reportScanner(roots: readonly string[], handlers: XmlHandlers): XmlScanner {
  const wantsText = handlers.wantsText ?? (() => handlers.text !== undefined);
  // The readers' handlers go to the scanner as they are: a wrapper per event costs time.
  return new XmlScanner({
    root: (tag) => {
      if (!roots.includes(tag.name)) {
        throw new ReportError(
          `has root element <${tag.name}>, expected ${roots.map((r) => `<${r}>`).join(' or ')}`,
        );
      }
    },
    open: handlers.open,
    close: handlers.close ?? (() => undefined),
    text: handlers.text ?? (() => undefined),
    wantsText,
    doctype: (content) => {
      if (content.includes('<!ENTITY'))
        throw new ReportError('declares entities in its DOCTYPE; refusing to expand them');
    },
  });
}

function asReportError(error: unknown): unknown {
  return error instanceof XmlSyntaxError
    ? new ReportError(`is not well-formed XML: ${error.message}`)
    : error;
}

/** The name of the first element in an XML head, skipping the declaration, comments and DOCTYPE. */
export function xmlRootName(head: string): string | undefined {
  let i = 0;
  if (head.charCodeAt(0) === 0xfeff) i = 1;
  for (;;) {
    const lt = head.indexOf('<', i);
    if (lt === -1) return undefined;
    if (head.slice(i, lt).trim() !== '') return undefined;
    const next = head[lt + 1];
    if (next === '?') {
      const end = head.indexOf('?>', lt);
      if (end === -1) return undefined;
      i = end + 2;
    } else if (head.startsWith('<!--', lt)) {
      const end = head.indexOf('-->', lt);
      if (end === -1) return undefined;
      i = end + 3;
    } else if (next === '!') {
      // DOCTYPE, possibly with an internal subset in brackets.
      const bracket = head.indexOf('[', lt);
      const close = head.indexOf('>', lt);
      if (close === -1) return undefined;
      if (bracket !== -1 && bracket < close) {
        const rightBracket = head.indexOf(']', bracket);
        const gt = rightBracket === -1 ? -1 : head.indexOf('>', rightBracket);
        if (gt === -1) return undefined;
        i = gt + 1;
      } else {
        i = close + 1;
      }
    } else {
      let j = lt + 1;
      while (j < head.length && !' \t\r\n/>'.includes(head[j]!)) j++;
      return head.slice(lt + 1, j);
    }
  }
}

/** True when the head's first element is one of `roots` (a reader's `detect`). */
export function hasXmlRoot(head: string, roots: readonly string[]): boolean {
  const name = xmlRootName(head);
  return name !== undefined && roots.includes(name);
}

/** The root start tag's text (`<coverage a="1" ...>`), for attribute sniffing in `detect`. */
export function xmlRootTag(head: string): string | undefined {
  const name = xmlRootName(head);
  if (name === undefined) return undefined;
  const start = head.indexOf('<' + name);
  const end = head.indexOf('>', start);
  return end === -1 ? head.slice(start) : head.slice(start, end + 1);
}

/** Reads a whole-number attribute; a missing one is undefined, a non-number an error naming it. */
export function intAttr(tag: XmlTag, name: string): number | undefined {
  const raw = tag.attributes[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value))
    throw new ReportError(`<${tag.name} ${name}="${raw}"> is not a number`);
  return value;
}

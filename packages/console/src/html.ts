import { escapeHtml } from '@alipay-escrow/core/protocol';

/** Markup that is already safe to put in a page: made only by {@link html} or {@link raw}. */
export class SafeHtml {
  /** The markup. */
  readonly markup: string;
  constructor(markup: string) {
    this.markup = markup;
  }
  /** The markup, so a SafeHtml can be written into a Response. */
  toString(): string {
    return this.markup;
  }
}

/** What {@link html} accepts in a hole: text (escaped), numbers, safe markup, lists of those; nothing for null/undefined/false. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

/**
 * A template tag that escapes every interpolated value (`& < > " '`) unless it is SafeHtml made
 * by this tag: a value read from the log (attacker-controlled bytes) can never become markup.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Joins safe fragments. */
export function join(parts: readonly SafeHtml[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map((p) => p.markup).join(separator));
}

// A browser without JavaScript, for the page tests: it reads a form out of the HTML (hidden and
// text inputs, the checked radio, the selected option), submits it as a browser would
// (application/x-www-form-urlencoded, UTF-8) and follows the 303 back.
import { unescapeHtml } from './helpers.js';

export interface Page {
  status: number;
  url: string;
  html: string;
}

export async function open(url: string): Promise<Page> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, url, html: await res.text() };
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? unescapeHtml(m[1]!) : undefined;
}

export interface Form {
  action: string;
  method: string;
  fields: [string, string][];
}

/** The form with this id, as a browser would submit it untouched. */
export function readForm(html: string, id: string): Form | undefined {
  const open = new RegExp(`<form\\b[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!open) return undefined;
  const rest = html.slice(open.index + open[0].length);
  const inner = rest.slice(0, rest.indexOf('</form>'));
  const fields: [string, string][] = [];
  for (const m of inner.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0];
    const name = attr(tag, 'name');
    if (name === undefined) continue;
    const type = attr(tag, 'type') ?? 'text';
    if ((type === 'radio' || type === 'checkbox') && !/\bchecked\b/.test(tag)) continue;
    fields.push([name, attr(tag, 'value') ?? '']);
  }
  for (const m of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(m[1]!, 'name');
    const options = [...m[2]!.matchAll(/<option\b([^>]*)>/g)].map((o) => o[1]!);
    const chosen = options.find((o) => /\bselected\b/.test(o)) ?? options[0];
    if (name !== undefined && chosen !== undefined) fields.push([name, attr(chosen, 'value') ?? '']);
  }
  return { action: attr(open[0], 'action') ?? '', method: (attr(open[0], 'method') ?? 'get').toLowerCase(), fields };
}

/**
 * Submits the form `id` found on `page` with some fields changed; answers the response to the
 * POST (not followed) and, for a 303, the page it leads to.
 */
export async function submit(
  page: Page,
  id: string,
  changes: Record<string, string> = {},
): Promise<{ response: Response; next?: Page }> {
  const form = readForm(page.html, id);
  if (!form) throw new Error(`no form #${id} on ${page.url}`);
  const fields = form.fields.filter(([name]) => !(name in changes));
  fields.push(...Object.entries(changes));
  const target = new URL(form.action, page.url).toString();
  const body = new URLSearchParams(fields).toString();
  const response = await fetch(target, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  if (response.status !== 303) return { response };
  return { response, next: await open(new URL(response.headers.get('location')!, target).toString()) };
}

/** The text of the element with this id (tags stripped, entities undone). */
export function textOf(html: string, id: string): string | undefined {
  const m = new RegExp(`<([a-z0-9]+)\\b[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? unescapeHtml(m[2]!.replace(/<[^>]*>/g, '')).trim() : undefined;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML attribute value or element content: `& < > " '`. The official demo
 * wrote values raw into `value='…'`, so an apostrophe cut the value short and `&amp;` in a value
 * reached the gateway as `&` — a signature mismatch (vector SU14).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

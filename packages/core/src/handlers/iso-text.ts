/**
 * `at.toISOString()`, made cheaply: the date-and-minute part (`2024-05-01T08:30:`) is kept from
 * the last call, so a time within the same minute only formats its seconds and milliseconds. The
 * text is exactly toISOString's (UTC, milliseconds, `Z`); an invalid date throws the same
 * RangeError. The notify path writes several times per message, all within a minute of each other.
 */
export function isoText(at: Date): string {
  const ms = at.getTime();
  const offset = ms - minuteStart;
  if (offset >= 0 && offset < 60_000) {
    const seconds = Math.floor(offset / 1000);
    const millis = offset - seconds * 1000;
    return `${prefix}${seconds < 10 ? '0' : ''}${seconds}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
  }
  const text = at.toISOString();
  // Only four-digit years have the fixed layout the prefix is cut from.
  if (text.length === 24) {
    minuteStart = ms - (((ms % 60_000) + 60_000) % 60_000);
    prefix = text.slice(0, 17);
  }
  return text;
}

let minuteStart = Number.NaN;
let prefix = '';

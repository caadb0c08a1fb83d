/**
 * `at.toISOString()`, made cheaply: the date-and-minute part (`2024-05-01T08:30:`) is kept from
 * the last call that formatted a new minute, so a time within that minute only formats its
 * seconds and milliseconds. The text is exactly toISOString's (UTC, milliseconds, `Z`); an
 * invalid date throws the same RangeError. The notify path writes several times per message, all
 * within a minute of each other.
 */
export function isoText(at: Date): string {
  const ms = at.getTime();
  const offset = ms - minuteStart;
  if (offset >= 0 && offset < 60_000) {
    const seconds = Math.floor(offset / 1000);
    const millis = offset - seconds * 1000;
    codes[17] = ZERO + Math.floor(seconds / 10);
    codes[18] = ZERO + (seconds % 10);
    codes[20] = ZERO + Math.floor(millis / 100);
    codes[21] = ZERO + (Math.floor(millis / 10) % 10);
    codes[22] = ZERO + (millis % 10);
    // One flat string from the codes (adding pieces up would leave a tree of them in every record).
    return String.fromCharCode.apply(null, codes as unknown as number[]);
  }
  const text = at.toISOString();
  // Only four-digit years have the fixed layout the prefix is cut from.
  if (text.length === 24) {
    minuteStart = ms - (((ms % 60_000) + 60_000) % 60_000);
    for (let i = 0; i < 24; i++) codes[i] = text.charCodeAt(i);
  }
  return text;
}

const ZERO = 0x30;
let minuteStart = Number.NaN;
/** The character codes of the last text made: its first 17 (`2024-05-01T08:30:`), `.` and `Z` are kept. */
const codes = new Uint16Array(24);

/**
 * Which bytes are GBK, without the tables: the two-byte sequence arithmetic that decoding, error
 * messages and the undecodable-bytes diagnosis share. The tables themselves (gbk-table.ts) are
 * loaded only with the GBK support (gbk-support.ts).
 */

/** Number of two-byte sequences: lead bytes 0x81–0xFE times 190 trail bytes. */
export const GBK_POINTERS = 126 * 190;

/**
 * Index of the two-byte sequence `lead trail` in the decode table, or -1 when it is not a GBK
 * sequence (lead outside 0x81–0xFE, trail outside 0x40–0x7E and 0x80–0xFE).
 */
export function gbkPointer(lead: number, trail: number): number {
  if (lead < 0x81 || lead > 0xfe || trail < 0x40 || trail === 0x7f || trail > 0xfe) return -1;
  return (lead - 0x81) * 190 + trail - (trail < 0x7f ? 0x40 : 0x41);
}

/** Offset of the byte where the first sequence that is not GBK starts, or -1. */
export function firstInvalidGbk(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b <= 0x80) continue;
    if (i + 1 >= bytes.length || gbkPointer(b, bytes[i + 1] as number) < 0) return i;
    i++;
  }
  return -1;
}

/**
 * How many bytes of a request's body (or query) the log keeps when the message was not proven
 * genuine (authenticity `none`): enough to see what it was, too little to fill a database. The
 * entry still records the full size and a SHA-256 of every byte.
 */
export const LOG_RAW_PREFIX_BYTES = 4096;

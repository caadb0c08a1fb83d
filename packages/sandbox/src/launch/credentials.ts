/**
 * The credentials a sandbox run hands the merchant: partner id, MD5 key, seller. Generated per
 * run unless given (or kept in the sandbox's SQLite file); never real Alipay credentials.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { DEFAULT_SELLER_EMAIL } from '../accounts.js';

/** Where a credential came from: the command line, the SQLite file of an earlier run, or this run. */
export type CredentialSource = 'given' | 'stored' | 'generated';

/** The credentials a merchant configures to talk to a launched sandbox (all MD5). */
export interface SandboxCredentials {
  /** The partner id: 2088 + 12 digits. */
  partner: string;
  /** The MD5 key (安全校验码). */
  key: string;
  /** The receiving account. */
  seller: SellerCredentials;
}

/** The seller a launched sandbox receives money as: both its id and its login. */
export interface SellerCredentials {
  /** `seller_id`: 2088 + 12 digits (the partner id unless given). */
  id: string;
  /** `seller_email`: the seller's login. */
  email: string;
}

/** Where each credential of a launch came from ({@link CredentialSource}). */
export interface CredentialSources {
  /** Where the partner id came from. */
  partner: CredentialSource;
  /** Where the MD5 key came from. */
  key: CredentialSource;
  /** Where the seller came from. */
  seller: CredentialSource;
}

const USER_ID = /^2088[0-9]{12}$/;
const KEY_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomBelow(n: number): number {
  // Rejection sampling keeps every symbol equally likely.
  const limit = 256 - (256 % n);
  for (;;) {
    const [b] = crypto.getRandomValues(new Uint8Array(1));
    if (b! < limit) return b! % n;
  }
}

/** `2088` + 12 random digits. */
export function generatePartner(): string {
  let id = '2088';
  while (id.length < 16) id += String(randomBelow(10));
  return id;
}

/** 32 random characters of [0-9a-z], the shape of an Alipay MD5 key. */
export function generateKey(): string {
  let key = '';
  while (key.length < 32) key += KEY_ALPHABET[randomBelow(KEY_ALPHABET.length)];
  return key;
}

/**
 * `--seller S`: a 2088… user id or a login (email). A user id gets the login
 * `seller@example.com`; a login gets the partner id as its user id. Throws CONFIG_INVALID for
 * digits that are not a user id, or an empty or spaced value.
 */
export function parseSeller(value: string, partner: string): SellerCredentials {
  const text = value.trim();
  if (USER_ID.test(text)) return { id: text, email: DEFAULT_SELLER_EMAIL };
  if (/^[0-9]+$/.test(text)) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `seller ${JSON.stringify(text)} looks like a user id but is not 2088 followed by 12 digits.`,
      {
        hint: 'Give the seller as a 2088… id or as a login such as seller@example.com.',
        field: 'seller',
      },
    );
  }
  if (text === '' || /\s/.test(text)) {
    throw new AlipayEscrowError('CONFIG_INVALID', 'seller is empty or contains whitespace.', {
      hint: 'Give the seller as a 2088… id or as a login such as seller@example.com.',
      field: 'seller',
    });
  }
  return { id: partner, email: text };
}

/** Reads credentials kept by an earlier run (JSON); undefined when absent or unreadable. */
export function readStoredCredentials(text: string | undefined): Partial<SandboxCredentials> | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<SandboxCredentials>;
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

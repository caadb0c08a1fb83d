// Diagnosis amplification: what a rejected body costs the verifier, the way handleNotify verifies
// it (default options). A 60 KiB body split into many parameters is compared with a 60 KiB body of
// one parameter; both carry a wrong sign. If every mismatch ran the signature diagnosis (one full
// hash per parameter left out, and more), the many-parameter body would cost several times the
// other one — a cheap way to saturate an event loop. Diagnosis now runs only on demand, and even
// then within a hashing budget of a small multiple of the body.
// Result: diagnosis_amplification = ops/s(one parameter) ÷ ops/s(many parameters), i.e. how many
// times more the many-parameter body costs (target ≤ 2.5).

import { verifyNotification } from '../../packages/core/dist/protocol/verify-message.js';

const keys = { signType: 'MD5', key: '760bdzec6y9goq7ctyx96ezkz78287de' };
const options = { keys, charset: 'utf-8', checkNotifyId: false };
const SIZE = 60 * 1024;
const BAD_SIGN = '0123456789abcdef0123456789abcdef';
const encoder = new TextEncoder();

/** `count` parameters of equal size, `notify_id` included, a wrong sign: about SIZE bytes in all. */
function body(count) {
  const each = Math.floor((SIZE - 100) / count) - 8;
  const parts = ['notify_id=70fec0c2730b27528665af4517c27b95'];
  for (let i = 1; i < count; i++) parts.push(`p${String(i).padStart(3, '0')}=${'a'.repeat(each)}`);
  if (count === 1) parts[0] = `notify_id=${'a'.repeat(SIZE - 100)}`;
  parts.push(`sign=${BAD_SIGN}`, 'sign_type=MD5');
  return encoder.encode(parts.join('&'));
}

export async function run(h) {
  const many = body(62);
  const one = body(1);
  for (const b of [many, one]) {
    const r = await verifyNotification(b, options);
    if (r.valid || r.code !== 'SIGN_MISMATCH')
      throw new Error(`expected SIGN_MISMATCH, got ${r.valid ? 'OK' : r.code}`);
  }
  const c = await h.compareAsync(
    {
      name: `reject a ${(one.length / 1024).toFixed(0)} KiB body of 1 parameter`,
      fn: () => verifyNotification(one, options),
    },
    {
      name: `reject a ${(many.length / 1024).toFixed(0)} KiB body of 62 parameters`,
      fn: () => verifyNotification(many, options),
    },
    { minMs: 2000, rounds: 7 },
  );
  return { rows: c.rows, results: { diagnosis_amplification: c.ratio } };
}

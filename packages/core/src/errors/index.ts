/**
 * `@alipay-escrow/core/errors`: the catalogue behind `AlipayEscrowError` — every code the library
 * and the gateway use (with their aliases), `explain` and its formatted text, and where the error
 * messages link to (`setErrorDocsBase` points them at your own docs).
 *
 * @module errors
 */
export {
  AlipayEscrowError,
  DOCS_BASE,
  bareErrorMessage,
  errorDocsAnchor,
  errorDocsBase,
  errorDocsUrl,
  errorExplainCommand,
  setErrorDocsBase,
  type AlipayEscrowErrorInit,
  type AlipayEscrowErrorJson,
} from './error.js';
export { ERROR_CODE_ALIASES } from './catalogue.js';
export {
  GATEWAY_ERROR_CODES,
  LIBRARY_ERROR_CODES,
  isErrorCode,
  type ErrorCode,
  type GatewayErrorCode,
  type LibraryErrorCode,
} from './codes.js';
export {
  explain,
  formatExplanation,
  listErrorCodes,
  type CatalogueEntry,
  type CatalogueService,
  type LocalizedList,
  type LocalizedText,
} from './explain.js';

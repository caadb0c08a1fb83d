const _imports_0 = "/lifecycle-trade.svg";
const _imports_1 = "/lifecycle-refund.svg";
export {
  _imports_0 as _,
  _imports_1 as a
};

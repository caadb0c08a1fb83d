/** A merchant whose site (and so whose requests and notifications) use GBK. */
import type { MerchantConfig } from '@alipay-escrow/core';

export interface AccountSettings {
  partner: string;
  key: string;
  sellerId: string;
}

// #region config
export function gbkMerchant(account: AccountSettings): MerchantConfig {
  return {
    partner: account.partner,
    keys: { signType: 'MD5', key: account.key },
    // `_input_charset` of every request; Alipay signs and sends the
    // trade's notifications in it too.
    charset: 'gbk',
    seller: { id: account.sellerId },
    notifyUrl: 'https://shop.example.com/alipay/notify',
    returnUrl: 'https://shop.example.com/alipay/return',
  };
}
// #endregion config

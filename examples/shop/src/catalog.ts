/** What the demo shop sells, and the shipping choices it offers (logistics types and who pays shipping). */
import type { LogisticsOption } from '@alipay-escrow/core/protocol';

export interface Product {
  id: string;
  name: string;
  /** Yuan, as a decimal string. */
  price: string;
  text: string;
}

export interface LogisticsChoice {
  id: string;
  label: string;
  option: LogisticsOption;
}

export const PRODUCTS: readonly Product[] = [
  {
    id: 'tea-cup',
    name: '手工青瓷茶杯（演示商品）',
    price: '0.01',
    text: '测试用商品，0.01 元，按《集成指南》§3.2 的做法完成一笔真实流程。',
  },
  { id: 'notebook', name: '宣纸线装笔记本', price: '12.50', text: '80 页，手工装订。' },
  { id: 'tea', name: '明前龙井 50 克', price: '88.00', text: '罐装，含运费险。' },
];

export const LOGISTICS_CHOICES: readonly [LogisticsChoice, ...LogisticsChoice[]] = [
  { id: 'express-free', label: '快递（卖家包邮）', option: { type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' } },
  { id: 'post-free', label: '平邮（卖家包邮）', option: { type: 'POST', fee: '0.00', payment: 'SELLER_PAY' } },
  { id: 'ems-buyer', label: 'EMS（买家付运费 10.00 元）', option: { type: 'EMS', fee: '10.00', payment: 'BUYER_PAY' } },
];

export const productById = (id: string): Product | undefined => PRODUCTS.find((p) => p.id === id);
export const logisticsById = (id: string): LogisticsChoice | undefined => LOGISTICS_CHOICES.find((c) => c.id === id);

export const TRANSPORT_TYPES = [
  { value: 'EXPRESS', label: '快递' },
  { value: 'POST', label: '平邮' },
  { value: 'EMS', label: 'EMS' },
] as const;

export const LOGISTICS_TYPE_LABELS: Readonly<Record<string, string>> = {
  EXPRESS: '快递',
  POST: '平邮',
  EMS: 'EMS',
  DIRECT: '无需物流',
};
export const LOGISTICS_PAYMENT_LABELS: Readonly<Record<string, string>> = {
  SELLER_PAY: '卖家承担运费',
  BUYER_PAY: '买家承担运费',
  BUYER_PAY_AFTER_RECEIVE: '买家收货后付运费',
};

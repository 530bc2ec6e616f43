// Amounts as decisions write them: 罚款人民币伍万贰仟元整（¥52,000.00）.
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];

function fourDigits(value: number): string {
  let text = '';
  let pendingZero = false;
  for (let position = 3; position >= 0; position -= 1) {
    const digit = Math.floor(value / 10 ** position) % 10;
    if (digit === 0) {
      pendingZero = text !== '';
      continue;
    }
    text += `${pendingZero ? '零' : ''}${DIGITS[digit]}${UNITS[position]}`;
    pendingZero = false;
  }
  return text;
}

/** Whole yuan below 100 million in capital numerals: 52000 → 伍万贰仟元整. */
export function capitalYuan(amount: number): string {
  const tenThousands = Math.floor(amount / 10_000);
  const rest = amount % 10_000;
  const high = tenThousands > 0 ? `${fourDigits(tenThousands)}万` : '';
  const low = rest > 0 ? `${high && rest < 1000 ? '零' : ''}${fourDigits(rest)}` : '';
  return `${high}${low || (high ? '' : '零')}元整`;
}

export function yuan(amount: number): string {
  return `人民币${capitalYuan(amount)}（¥${amount.toLocaleString('en-US')}.00）`;
}

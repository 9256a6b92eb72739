// Phone numbers reach us typed by guests ("06 12 34 56 78", "+33 6…", "0033…"); SMS providers
// want E.164. The `max` metadata is needed because only it knows a number's type, and we must
// refuse landlines before the provider does (a landline is valid but cannot receive an SMS).
import {
  parsePhoneNumberFromString,
  type CountryCode,
  type NumberType,
} from 'libphonenumber-js/max';

export type InvalidPhoneReason = 'invalid' | 'not-mobile';

/** The input is not a phone number that can receive an SMS. Never retried. */
export class InvalidPhoneNumberError extends Error {
  override name = 'InvalidPhoneNumberError';
  constructor(readonly reason: InvalidPhoneReason) {
    super(
      reason === 'invalid'
        ? 'Not a valid phone number'
        : 'Not a mobile phone number: it cannot receive an SMS',
    );
  }
}

// FIXED_LINE_OR_MOBILE: some plans (USA, Canada…) do not tell the two apart, so we must accept it.
const SMS_CAPABLE: ReadonlySet<NumberType> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** Returns the number in E.164 (`+33612345678`) or throws InvalidPhoneNumberError. */
export function normalisePhone(input: string, defaultCountry: CountryCode = 'FR'): string {
  // The "00" international prefix is only understood relative to a country that uses it, which
  // FR does; parsing with the default country handles "0033 6…" as well as "06…".
  const phone = parsePhoneNumberFromString(input, defaultCountry);
  if (!phone?.isValid()) throw new InvalidPhoneNumberError('invalid');
  const type = phone.getType();
  if (type === undefined || !SMS_CAPABLE.has(type)) throw new InvalidPhoneNumberError('not-mobile');
  return phone.number;
}

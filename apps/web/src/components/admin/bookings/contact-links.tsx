// The guest's contact on a booking: write, call, open their record. Each link is a whole row at
// least 44 px high (WCAG 2.5.8 asks 24): staff tap them on a phone or a tablet at the door, and the
// email and the number sat as 16 px lines one above the other.
import { Link } from 'react-router';
import { PersonIcon } from '../../shared/icons';
import { ChannelIcon, PhoneIcon } from '../ui/channel-icon';
import { useBookingsT } from './messages';

const row =
  'flex min-h-11 items-center gap-2 text-sm text-gold-bright underline-offset-4 [overflow-wrap:anywhere] hover:underline';
const icon = 'size-4 shrink-0 text-mist';

export function ContactLinks({
  email,
  phone,
  customerId,
}: {
  email: string | null;
  phone: string | null;
  customerId: string | null;
}) {
  const { at } = useBookingsT();
  if (!email && !phone && !customerId) return null;
  return (
    <ul className="mt-1">
      {email && (
        <li>
          <a href={`mailto:${email}`} className={row}>
            <ChannelIcon channel="email" className={icon} />
            <span className="min-w-0">{email}</span>
          </a>
        </li>
      )}
      {phone && (
        <li>
          <a href={`tel:${phone.replace(/[^+\d]/g, '')}`} className={row}>
            <PhoneIcon className={icon} />
            <span className="min-w-0">{phone}</span>
          </a>
        </li>
      )}
      {customerId && (
        <li>
          <Link to={`/admin/customers/${customerId}`} className={row}>
            <PersonIcon className={icon} />
            <span className="min-w-0">{at('detail.customer')}</span>
          </Link>
        </li>
      )}
    </ul>
  );
}

// The documents a confirmed guest takes away: the PDF ticket (pdf-lib, the QR code of the signed
// ticket token as a PNG) and the calendar event (ical-generator). Pure given their input: the
// routes and the confirmation email make them from the same BookingView.
import ical, { ICalAlarmType } from 'ical-generator';
import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib';
import QRCode from 'qrcode';
import type { BookingView } from '@ladiva/contract/booking';

export type Lang = 'fr' | 'en';

export interface VenueInfo {
  name: string;
  address: string | null;
  timezone: string;
}

/** The QR code of a ticket token, as the PNG embedded in the PDF. */
export function ticketQrPng(token: string): Promise<Buffer> {
  return QRCode.toBuffer(token, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
}

const WORDS = {
  fr: {
    ticket: 'Billet',
    date: 'Date',
    arrival: 'Arrivée',
    curtain: 'Lever de rideau',
    reminder: (title: string, at: string) => `${title} ce soir : arrivée à ${at}.`,
    party: 'Convives',
    zone: 'Placement',
    tables: 'Table(s)',
    reference: 'Référence',
    total: 'Total (à régler sur place)',
    guests: (n: number) => `${n} ${n > 1 ? 'personnes' : 'personne'}`,
    show: 'Présentez ce code à l’accueil.',
    terms: 'Conditions',
    changeUntil: (date: string, fee: string | null) =>
      fee
        ? `Modification et annulation en ligne jusqu’au ${date} (frais d’annulation : ${fee}, réglés sur place).`
        : `Modification et annulation en ligne sans frais jusqu’au ${date}.`,
  },
  en: {
    ticket: 'Ticket',
    date: 'Date',
    arrival: 'Arrival',
    curtain: 'Curtain',
    reminder: (title: string, at: string) => `${title} tonight: arrival at ${at}.`,
    party: 'Party',
    zone: 'Seating',
    tables: 'Table(s)',
    reference: 'Reference',
    total: 'Total (to pay at the venue)',
    guests: (n: number) => `${n} ${n > 1 ? 'guests' : 'guest'}`,
    show: 'Show this code at the door.',
    terms: 'Terms',
    changeUntil: (date: string, fee: string | null) =>
      fee
        ? `Change or cancel online until ${date} (cancellation fee: ${fee}, paid at the venue).`
        : `Change or cancel online free of charge until ${date}.`,
  },
} as const;

export const formatDateTime = (iso: string, lang: Lang, timeZone: string) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
const formatTime = (iso: string, lang: Lang, timeZone: string) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
const money = (cents: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);

/** The standard fonts speak WinAnsi: Intl's narrow spaces become spaces, the rest a '?'. */
function printable(font: PDFFont, text: string): string {
  return [...text.replace(/[\u202f\u2009\u00a0]/g, ' ')]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return '?';
      }
    })
    .join('');
}

/** The earliest arrival among the booking's formulas. */
const arrivalOf = (view: BookingView) =>
  view.lines.map((line) => line.arrivalTime).sort()[0] ?? view.performance.doorsAt;

/** The ticket's terms: until when the guest may change or cancel online, and at what fee. */
export function ticketTerms(view: BookingView, lang: Lang, timeZone: string): string {
  const { deadline, feeCents } = view.cancellationRules;
  return WORDS[lang].changeUntil(
    formatDateTime(deadline, lang, timeZone),
    feeCents > 0 ? money(feeCents, lang) : null,
  );
}

export async function renderTicketPdf(
  view: BookingView,
  venue: VenueInfo,
  lang: Lang,
  token: string,
): Promise<Uint8Array> {
  const w = WORDS[lang];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${venue.name} · ${view.reference}`);
  pdf.setCreator(venue.name);
  const page = pdf.addPage([595.28, 841.89]); // A4
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.12, 0.08, 0.1);
  let y = 780;
  const line = (text: string, font: PDFFont, size: number, gap = 8) => {
    page.drawText(printable(font, text), { x: 56, y, size, font, color: ink });
    y -= size + gap;
  };
  const title = lang === 'fr' ? view.performance.show.titleFr : view.performance.show.titleEn;
  line(`${venue.name} · ${w.ticket}`, regular, 12);
  line(title, bold, 24, 16);
  const zones = [...new Set(view.lines.map((l) => (lang === 'fr' ? l.zoneNameFr : l.zoneNameEn)))];
  const formulas = view.lines.map(
    (l) => `${lang === 'fr' ? l.formulaNameFr : l.formulaNameEn} × ${l.guests}`,
  );
  const rows: [string, string][] = [
    [w.date, formatDateTime(view.performance.startsAt, lang, venue.timezone)],
    [w.arrival, formatTime(arrivalOf(view), lang, venue.timezone)],
    [w.party, `${w.guests(view.partySize)} · ${formulas.join(', ')}`],
    [w.zone, zones.join(', ')],
    ...(view.tables.length > 0 ? [[w.tables, view.tables.join(', ')] as [string, string]] : []),
    [w.reference, view.reference],
    [w.total, money(view.totalCents, lang)],
    [w.terms, ticketTerms(view, lang, venue.timezone)],
  ];
  for (const [label, value] of rows) {
    line(label, bold, 10, 2);
    // The terms are a sentence: smaller, to stay within the page's width.
    line(value, regular, label === w.terms ? 9 : 13, 10);
  }
  const qr = await pdf.embedPng(await ticketQrPng(token));
  const size = 220;
  page.drawImage(qr, { x: 56, y: y - size, width: size, height: size });
  y -= size + 20;
  line(w.show, regular, 11);
  if (venue.address) line(`${venue.name} · ${venue.address}`, regular, 9);
  return pdf.save();
}

/** How long before the guests' arrival their calendar reminds them: time to get there. */
export const CALENDAR_REMINDER_MINUTES = 120;

/**
 * The evening as a calendar event: it starts when the guests are expected (their formula's
 * arrival, 19:00 for a dinner at a 21:00 show) and ends with the show (curtain + its duration);
 * the title and description give the curtain time; a reminder goes off two hours before arrival.
 */
export function renderTicketCalendar(view: BookingView, venue: VenueInfo, lang: Lang): string {
  const w = WORDS[lang];
  const title = lang === 'fr' ? view.performance.show.titleFr : view.performance.show.titleEn;
  const calendar = ical({ name: venue.name, prodId: { company: 'La Diva', product: 'booking' } });
  const curtain = new Date(view.performance.startsAt);
  const arrival = new Date(arrivalOf(view));
  const start = arrival < curtain ? arrival : curtain;
  const curtainAt = formatTime(view.performance.startsAt, lang, venue.timezone);
  const arrivalAt = formatTime(start.toISOString(), lang, venue.timezone);
  const event = calendar.createEvent({
    id: `${view.id}@ladiva`,
    start,
    end: new Date(curtain.getTime() + view.performance.show.durationMinutes * 60_000),
    summary: `${venue.name} · ${title} (${w.curtain} ${curtainAt})`,
    description: [
      `${w.arrival} : ${arrivalAt}`,
      `${w.curtain} : ${curtainAt}`,
      `${w.party} : ${w.guests(view.partySize)}`,
      `${w.reference} : ${view.reference}`,
      ...(view.tables.length > 0 ? [`${w.tables} : ${view.tables.join(', ')}`] : []),
    ].join('\n'),
    location: venue.address ? `${venue.name}, ${venue.address}` : venue.name,
  });
  event.createAlarm({
    type: ICalAlarmType.display,
    triggerBefore: CALENDAR_REMINDER_MINUTES * 60,
    description: w.reminder(title, arrivalAt),
  });
  return calendar.toString();
}

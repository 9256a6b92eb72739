// The e-ticket's QR code, drawn on the device from the signed ticket token (uqr, a few KB): the
// server sends the token only, so confirming and reading a booking cost no image, and a ticket
// kept offline draws the same code. One SVG path for the dark modules, crisp at any size.
import { encode } from 'uqr';

export function TicketQr({ token, label }: { token: string; label: string }) {
  // Four modules of quiet zone, as the QR standard asks: cameras find the code faster.
  const { data, size } = encode(token, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={256}
      height={256}
      shapeRendering="crispEdges"
      // A dense code (a signed token of ~420 characters): large enough for a door phone's camera.
      className="mx-auto mt-3 size-64 max-w-full bg-white"
    >
      <path d={path} fill="#000" />
    </svg>
  );
}

// The plain-text part, written from the same content as the HTML so it reads as a letter of its
// own (for text-only clients, screen readers, and spam filters that compare both parts).
import { oneLine } from './format.ts';
import type { Block, EmailContent, Formatter, VenueBranding } from './types.ts';

function blockLines(block: Block, f: Formatter): string[] {
  switch (block.type) {
    case 'paragraph':
      return [oneLine(block.text)];
    case 'details':
      return [
        ...(block.title ? [oneLine(block.title)] : []),
        ...block.rows.map((row) => `  ${f.labelled(oneLine(row.label), oneLine(row.value))}`),
      ];
    case 'changes':
      return block.rows.map(
        (row) =>
          `  ${f.labelled(oneLine(row.label), `${oneLine(row.before)} → ${oneLine(row.after)}`)}`,
      );
    case 'notice':
      return [
        block.title ? f.labelled(oneLine(block.title), oneLine(block.text)) : oneLine(block.text),
      ];
  }
}

const underline = (title: string) => '─'.repeat(Math.min([...title].length, 60));

export function renderEmailText(content: EmailContent, venue: VenueBranding, f: Formatter): string {
  const sections: string[][] = [
    [oneLine(venue.name).toUpperCase()],
    [oneLine(content.heading), underline(oneLine(content.heading))],
  ];
  if (content.greeting) sections.push([oneLine(content.greeting)]);
  for (const block of content.body) sections.push(blockLines(block, f));
  if (content.cta)
    sections.push([f.labelled(oneLine(content.cta.label), '').trimEnd(), content.cta.url]);
  for (const block of content.after ?? []) sections.push(blockLines(block, f));

  const footer = [
    '-- ',
    oneLine(venue.name),
    ...(venue.address ? [oneLine(venue.address)] : []),
    ...[venue.phone, venue.email].filter((item): item is string => Boolean(item)).map(oneLine),
    venue.publicUrl,
  ];
  sections.push(footer, [oneLine(content.reason)]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

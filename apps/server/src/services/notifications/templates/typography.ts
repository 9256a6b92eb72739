// French sets a no-break space before « : ; ! ? » and inside guillemets, so a colon never starts
// a line on a phone. The copy is written with plain spaces; this pass fixes them all at once.
import type { Block, EmailContent } from './types.ts';

export function frenchText(text: string): string {
  return text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

function block(value: Block): Block {
  switch (value.type) {
    case 'paragraph':
      return { ...value, text: frenchText(value.text) };
    case 'notice':
      return { ...value, text: frenchText(value.text) };
    default:
      return value;
  }
}

export function frenchSpacing(content: EmailContent): EmailContent {
  return {
    ...content,
    subject: frenchText(content.subject),
    preheader: frenchText(content.preheader),
    heading: frenchText(content.heading),
    body: content.body.map(block),
    ...(content.after ? { after: content.after.map(block) } : {}),
    reason: frenchText(content.reason),
  };
}

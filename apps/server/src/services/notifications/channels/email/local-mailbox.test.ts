import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../channel.ts';
import { LocalMailbox } from './local-mailbox.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function mailbox() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-mailbox-'));
  dirs.push(dir);
  return new LocalMailbox(path.join(dir, 'mailbox'));
}

const message: OutgoingMessage = {
  id: '3f1d2c4b-5a69-4788-9a0b-1c2d3e4f5a6b',
  channel: 'email',
  to: 'camille@example.com',
  locale: 'fr',
  subject: 'Votre billet',
  text: 'Bonsoir,\nvoici votre billet.',
  html: '<p>Bonsoir, voici votre <b>billet</b>.</p>',
  attachments: [
    {
      filename: 'billet-LD7K3Q9X.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.7 test'),
    },
    {
      filename: 'soiree.ics',
      contentType: 'text/calendar',
      content: Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
    },
  ],
};

describe('LocalMailbox', () => {
  it('keeps HTML, text and attachments as a standard .eml message', async () => {
    const box = await mailbox();
    const result = await box.deliver(message, 'La Diva <bonsoir@example.com>');
    expect(result.providerMessageId).toBe(`mailbox:${message.id}`);
    const stored = await box.get(message.id);
    expect(stored).toMatchObject({
      to: 'camille@example.com',
      subject: 'Votre billet',
      channel: 'email',
    });
    expect(stored?.html).toContain('<b>billet</b>');
    expect(stored?.text).toContain('voici votre billet');
    expect(stored?.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['billet-LD7K3Q9X.pdf', 'application/pdf'],
      ['soiree.ics', 'text/calendar'],
    ]);
  });

  it('delivers the same notification once, however often it is retried', async () => {
    const box = await mailbox();
    await box.deliver(message, 'x@example.com');
    await box.deliver({ ...message, subject: 'changed' }, 'x@example.com');
    expect(await readdir(box.dir)).toEqual([`${message.id}.eml`]);
    expect((await box.get(message.id))?.subject).toBe('Votre billet');
    expect((await box.list()).map((entry) => entry.id)).toEqual([message.id]);
  });

  it('refuses ids that are not notification ids (no path tricks)', async () => {
    const box = await mailbox();
    expect(await box.get('../../etc/passwd')).toBeUndefined();
  });
});

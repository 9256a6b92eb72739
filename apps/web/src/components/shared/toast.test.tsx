// The toast's promises: announced politely from a region that was already there, gone after a
// while unless pointed at or focused, closed by its button or Escape, the same words announced
// again when shown again.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOAST_MS, ToastProvider } from './toast';
import { useToast } from './toast-context';

function Saver() {
  const toast = useToast();
  return (
    <button type="button" onClick={() => toast('Export téléchargé : ventes.csv')}>
      Exporter
    </button>
  );
}

const region = () => document.querySelector<HTMLElement>('[data-toast]')!;

describe('the toast', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    render(
      <ToastProvider closeLabel="Fermer ce message">
        <Saver />
      </ToastProvider>,
    );
  });
  afterEach(() => vi.useRealTimers());

  it('speaks from a polite region that was there first, and leaves after a while', () => {
    expect(region().getAttribute('role')).toBe('status');
    expect(region().textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Exporter' }));
    expect(region().textContent).toBe('Export téléchargé : ventes.csv');
    act(() => vi.advanceTimersByTime(TOAST_MS - 1));
    expect(region().textContent).toBe('Export téléchargé : ventes.csv');
    act(() => vi.advanceTimersByTime(1));
    expect(region().textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Fermer ce message' })).toBeNull();
  });

  it('stays while focused, and closes with Escape', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Exporter' }));
    const close = screen.getByRole('button', { name: 'Fermer ce message' });
    fireEvent.focus(close);
    act(() => vi.advanceTimersByTime(TOAST_MS * 3));
    expect(region().textContent).toBe('Export téléchargé : ventes.csv');
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(region().textContent).toBe('');
  });

  it('puts the same words in a new node when shown again, so they are announced again', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Exporter' }));
    const first = region().firstElementChild;
    fireEvent.click(screen.getByRole('button', { name: 'Exporter' }));
    expect(region().textContent).toBe('Export téléchargé : ventes.csv');
    expect(region().firstElementChild).not.toBe(first);
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ScrollOnNavigate } from './scroll-on-navigate';

function Page({ title, to }: { title: string; to: string }) {
  const navigate = useNavigate();
  return (
    <main>
      <h1 tabIndex={-1}>{title}</h1>
      <Link to={to}>next</Link>
      <button type="button" onClick={() => void navigate(-1)}>
        back
      </button>
    </main>
  );
}

describe('a new page opens at its top', () => {
  it('scrolls up and focuses the heading after a link, and leaves Back to the browser', () => {
    render(
      <MemoryRouter initialEntries={['/one']}>
        <ScrollOnNavigate />
        <Routes>
          <Route path="/one" element={<Page title="One" to="/two" />} />
          <Route path="/two" element={<Page title="Two" to="/one" />} />
        </Routes>
      </MemoryRouter>,
    );
    // Arrival: the browser's own load.
    expect(window.scrollTo).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('link', { name: 'next' }));
    expect(window.scrollTo).toHaveBeenCalledWith(0, 0);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Two' }));
    vi.mocked(window.scrollTo).mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'back' }));
    screen.getByRole('heading', { name: 'One' });
    expect(window.scrollTo).not.toHaveBeenCalled();
  });
});

import type { MouseEvent } from 'react';

/** The skip link's action: focus <main> without changing the hash (the hash holds the route). */
export function focusMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

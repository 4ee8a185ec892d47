/** Adds an id to an element's `aria-describedby`, keeping the ids already there. */
export function addDescribedBy(element: Element, id: string): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((i) => i !== '');
  if (!ids.includes(id)) element.setAttribute('aria-describedby', [...ids, id].join(' '));
}

/** Removes an id from an element's `aria-describedby`, and the attribute once it names none. */
export function removeDescribedBy(element: Element, id: string): void {
  const ids = (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter((i) => i !== '' && i !== id);
  if (ids.length === 0) element.removeAttribute('aria-describedby');
  else element.setAttribute('aria-describedby', ids.join(' '));
}

/**
 * Marks, in "On this page", the section being read: the last heading that
 * has scrolled up to near the top of the window (`aria-current="true"`).
 */
export function trackSections(toc: HTMLElement): void {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  if (headings.some((h) => h === null)) return;
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  const update = () => {
    queued = false;
    const line = Math.min(innerHeight / 5, 100);
    let index = 0;
    headings.forEach((heading, i) => {
      if ((heading as HTMLElement).getBoundingClientRect().top <= line) index = i;
    });
    const next = links[index];
    if (next === current) return;
    current?.removeAttribute('aria-current');
    next?.setAttribute('aria-current', 'true');
    current = next;
  };
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
  update();
}

/**
 * Where the page says events go: `<meta name="kb-analytics" content="/api/events">`.
 * A missing tag, an empty value or `false`/`off` mean "send nothing".
 */
export function readEndpoint(): string | false {
  try {
    const content = document.querySelector('meta[name="kb-analytics"]')?.getAttribute('content')?.trim() ?? '';
    return content === '' || content === 'false' || content === 'off' ? false : content;
  } catch {
    return false;
  }
}

/** GitHub-style pagination: per_page (default 30, max 100), page, and a Link header. */

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

/** Cuts `items` to the requested page and builds the Link header Octokit's paginate follows. */
export function paginate<T>(items: readonly T[], requestUrl: URL): Page<T> {
  const perPage = Math.min(100, Math.max(1, Number(requestUrl.searchParams.get('per_page') ?? 30)));
  const page = Math.max(1, Number(requestUrl.searchParams.get('page') ?? 1));
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const url = new URL(requestUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}

/** Addresses of the Scripture pages, in one place. */

/** `/bible/WEB/John/3` */
export function chapterPath(translation: string, book: string, chapter: number): string {
  return `/bible/${encodeURIComponent(translation)}/${encodeURIComponent(book)}/${chapter}`;
}

/** `/bible/WEB/John/3#v16` */
export function versePath(translation: string, book: string, chapter: number, verse: number): string {
  return `${chapterPath(translation, book, chapter)}#v${verse}`;
}

/** `/topics/INTERCESSION` */
export function topicPath(name: string): string {
  return `/topics/${encodeURIComponent(name)}`;
}

/** How markup is turned into text. */
export interface RenderOptions {
  /**
   * Keep line breaks as '\n' in the text (dictionary entries, whose lines are their structure);
   * otherwise breaks are only recorded in `breaks` and the text is one line (verses).
   */
  readonly newlines?: boolean;
}

import type { StoryView } from '../story.presenter.js';
import { paragraphsOf } from '../story.presenter.js';

/** A story's text as paragraphs, in its own language (escaped by JSX like everything else). */
export function StoryText({ story, limit }: { story: Pick<StoryView, 'text' | 'language'>; limit?: number }) {
  const paragraphs = paragraphsOf(story.text);
  const shown = limit === undefined ? paragraphs : paragraphs.slice(0, limit);
  return (
    <div class="story-text" lang={story.language}>
      {shown.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

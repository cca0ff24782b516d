/** A star that marks a template or hashtag set as one of this person's favourites. */
import type { TabContext } from './shared';
import { keepComposerFocus } from './shared';

export function FavouriteButton({
  name,
  on,
  onToggle,
  t,
}: {
  name: string;
  on: boolean;
  onToggle: () => void;
  t: TabContext['t'];
}) {
  return (
    <button
      type="button"
      className={on ? 'sapa-star sapa-star-on' : 'sapa-star'}
      aria-label={t('search.favourite', { name })}
      aria-pressed={on}
      title={t(on ? 'search.favouriteOn' : 'search.favouriteOff')}
      onMouseDown={keepComposerFocus}
      onClick={onToggle}
    >
      <span aria-hidden="true">{on ? '★' : '☆'}</span>
    </button>
  );
}

import { type ReactNode, useId } from 'react';

/**
 * A section named by its heading, so assistive technology lists it as a region by that name.
 * `card` draws it as a card. `titleId` is for content that is named by the same heading.
 */
export function TitledSection(props: {
  title: ReactNode;
  card?: boolean;
  titleId?: string;
  children: ReactNode;
}) {
  const ownId = useId();
  const titleId = props.titleId ?? ownId;
  return (
    <section className={props.card ? 'sapa-card' : undefined} aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/**
 * A form named by its heading. The browser's own checks are off (`noValidate`): the form's save
 * checks the fields and says what is wrong in the UI language.
 */
export function TitledForm(props: {
  title: ReactNode;
  onSubmit: () => void | Promise<void>;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <form
      onSubmit={(e) => {
        // Saving happens here, in the page; the form is never sent anywhere.
        e.preventDefault();
        void props.onSubmit();
      }}
      aria-labelledby={titleId}
      noValidate
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </form>
  );
}

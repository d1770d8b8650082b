import type { ComponentChildren } from 'preact';

interface Props {
  /** The TabStatus, or 'error' when the background could not be reached. */
  readonly reason: string;
  readonly title: string;
  readonly body: string;
  readonly children?: ComponentChildren;
}

/** What a page shows when there is no report to show, and why. */
export function EmptyState({ reason, title, body, children }: Props) {
  return (
    <section
      class={`empty-state empty-${reason}`}
      data-testid="empty-state"
      data-reason={reason}
      aria-labelledby="empty-title"
    >
      <h2 id="empty-title">{title}</h2>
      <p>{body}</p>
      {children}
    </section>
  );
}

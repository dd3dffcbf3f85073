import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sharedWordShare, WordDiff, wordChanges } from '../../src/features/compare/word-diff';

describe('WordDiff', () => {
  it('diffs a sentence reworded in places word by word', () => {
    const { container } = render(
      <p>
        <WordDiff
          reference="Mayor Ana Ruiz opened the new harbour bridge on Monday."
          text="The mayor opened the harbour bridge on Tuesday, officials said."
        />
      </p>,
    );
    expect(container.querySelectorAll('ins').length).toBeGreaterThan(0);
    expect(screen.queryByText(/worded too differently/i)).not.toBeInTheDocument();
  });

  it('shows two sentences that only report the same fact as written, and says why', () => {
    const text =
      'Despite three meetings discussing nuclear weapons breaking down between the two world leaders.';
    const { container } = render(
      <p>
        <WordDiff reference="Trump held two summits with Kim, including one at the DMZ" text={text} />
      </p>,
    );
    expect(container.querySelectorAll('ins, del')).toHaveLength(0);
    expect(container).toHaveTextContent(text);
    expect(screen.getByText('Worded too differently to compare word by word.')).toBeInTheDocument();
  });

  it('measures the shared share on the shorter version', () => {
    expect(sharedWordShare(wordChanges('a b c d', 'a b c d'))).toBe(1);
    expect(sharedWordShare(wordChanges('a b', 'a b c d e f'))).toBe(1);
    expect(sharedWordShare(wordChanges('a b c d', 'w x y z'))).toBe(0);
  });
});

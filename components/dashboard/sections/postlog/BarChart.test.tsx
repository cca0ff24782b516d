import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';

describe('the report’s bar chart', () => {
  it('gives its drawing a width and height the browser accepts as SVG lengths', async () => {
    const { container } = render(
      <BarChart
        rows={[
          { label: 'X', value: 2 },
          { label: 'Facebook', value: 1 },
        ]}
      />,
    );
    // Chartist draws just after the first render.
    const svg = await waitFor(() => {
      const drawn = container.querySelector('svg');
      expect(drawn).not.toBeNull();
      return drawn!;
    });
    // "auto" as an attribute is an error in Chromium's console ("Expected length").
    const length = /^\d+(\.\d+)?(px|%)?$/;
    expect(svg.getAttribute('width')).toMatch(length);
    expect(svg.getAttribute('height')).toMatch(length);
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 48');
  });
});

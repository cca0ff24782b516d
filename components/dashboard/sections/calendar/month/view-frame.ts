import { createPlugin } from '@fullcalendar/core';
import { BaseComponent, ContentContainer, type ViewProps } from '@fullcalendar/core/internal';
import { createElement } from '@fullcalendar/core/preact';
import { createElement as reactElement } from 'react';
import { floatingParts } from '@/lib/calendar/view';
import { MONTH_VIEW } from './context';
import { MonthGrid } from './MonthGrid';

const drawMonth = (props: ViewProps) =>
  reactElement(MonthGrid, {
    month: floatingParts(props.dateProfile.currentRange.start).date.slice(0, 7),
  });

/**
 * FullCalendar's frame for the month grid: its toolbar, title and view buttons stay, and the
 * grid is drawn through the React connector like any custom content. A component class, not a
 * view's `content` option: FullCalendar builds a new component from `content` whenever any
 * option changes, which put a new grid (new elements, focus lost) in place on every month.
 */
class MonthViewFrame extends BaseComponent<ViewProps> {
  render() {
    return createElement(ContentContainer<ViewProps>, {
      elTag: 'div',
      elClasses: ['fc-view', `fc-${MONTH_VIEW}-view`],
      renderProps: this.props,
      generatorName: undefined,
      customGenerator: drawMonth,
      classNameGenerator: undefined,
      didMount: undefined,
      willUnmount: undefined,
    });
  }
}

/** The month view as a FullCalendar plugin: one month, drawn by MonthGrid. */
export const monthViewPlugin = createPlugin({
  name: 'sapa-month',
  views: { [MONTH_VIEW]: { component: MonthViewFrame, duration: { months: 1 } } },
});

//! A long list drawn a window at a time: the console's lines and the
//! timeline's lanes. Only the rows in view, and some on either side, are
//! elements; padding above and below stands for the rest, so the list
//! scrolls as if all were there, and drawing costs the same for a hundred
//! rows as for a hundred thousand.
//!
//! Rows have one fixed height (`row_px`, which the stylesheet must give
//! them too), so the row at any scroll position is a division away. What a
//! row shows is its owner's: this only decides which rows are elements.

use super::dom::clear;
use std::cell::Cell;
use web_sys::Element;

/// Rows drawn beyond the view on either side, so that scrolling a little
/// shows rows already there.
const SPARE: usize = 60;

pub struct Rows {
    /// The box that scrolls, and the list in it. The list's padding stands
    /// for the rows that are not elements; the box must not be the list,
    /// since a box with a fixed height and `box-sizing: border-box` cannot
    /// hold that padding and grows to show it all, drawing a page
    /// millions of pixels tall.
    view: Element,
    el: Element,
    row_px: f64,
    /// Rows in the list.
    count: Cell<usize>,
    /// The rows that are elements: `first..end`.
    first: Cell<usize>,
    end: Cell<usize>,
}

impl Rows {
    pub fn new(view: Element, el: Element, row_px: f64) -> Rows {
        Rows {
            view,
            el,
            row_px,
            count: Cell::new(0),
            first: Cell::new(0),
            end: Cell::new(0),
        }
    }

    /// The list.
    pub fn el(&self) -> &Element {
        &self.el
    }

    /// The box that scrolls.
    pub fn view(&self) -> &Element {
        &self.view
    }

    pub fn len(&self) -> usize {
        self.count.get()
    }

    pub fn clear(&self) {
        clear(&self.el);
        self.count.set(0);
        self.first.set(0);
        self.end.set(0);
        self.pad();
    }

    /// Whether the view shows the last row: a list that grows while it is
    /// watched there keeps showing its newest rows, as a terminal does.
    fn at_end(&self) -> bool {
        let view = &self.view;
        f64::from(view.scroll_top() + view.client_height()) + self.row_px
            >= f64::from(view.scroll_height())
    }

    /// The rows in view: `top..bottom`.
    fn in_view(&self) -> (usize, usize) {
        let top = (f64::from(self.view.scroll_top()) / self.row_px) as usize;
        let seen = (f64::from(self.view.client_height()) / self.row_px) as usize + 2;
        (top, top + seen)
    }

    /// The list now has `count` rows (more than before, or the same, after
    /// a scroll): makes elements of the rows in view, calling `draw(i)`
    /// to append row `i` to the list, and lets go of those out of it.
    /// `redraw` says every row may have changed, not only new ones.
    pub fn update(&self, count: usize, redraw: bool, draw: &mut dyn FnMut(usize) -> Element) {
        let follow = self.at_end();
        let (first, end) = (self.first.get(), self.end.get());
        let (top, bottom) = self.in_view();
        let (want_first, want_end) = if follow {
            let seen = bottom - top;
            (count.saturating_sub(seen + SPARE), count)
        } else {
            (top.saturating_sub(SPARE), (bottom + SPARE).min(count))
        };
        self.count.set(count);
        if !redraw && !follow && first <= top && bottom.min(count) <= end {
            // What is in view is drawn already; only the height changed.
        } else if !redraw && first <= want_first && want_first <= end {
            // The window slides forward: draw the new rows, drop the old.
            for i in end..want_end {
                self.number(draw(i), i, count);
            }
            for _ in first..want_first {
                if let Some(row) = self.el.first_element_child() {
                    row.remove();
                }
            }
            self.first.set(want_first);
            self.end.set(want_end.max(end));
        } else {
            clear(&self.el);
            for i in want_first..want_end {
                self.number(draw(i), i, count);
            }
            self.first.set(want_first);
            self.end.set(want_end);
        }
        self.pad();
        if follow {
            self.view.set_scroll_top(self.view.scroll_height());
        }
    }

    /// Tells a screen reader where in the whole list a drawn row stands.
    fn number(&self, row: Element, i: usize, count: usize) {
        row.set_attribute("aria-posinset", &(i + 1).to_string())
            .ok();
        row.set_attribute("aria-setsize", &count.to_string()).ok();
    }

    /// Padding in place of the rows that are not elements.
    fn pad(&self) {
        let above = self.first.get() as f64 * self.row_px;
        let below = self.count.get().saturating_sub(self.end.get()) as f64 * self.row_px;
        let style = format!("padding:{}px 0 {}px", above as u64, below as u64);
        self.el.set_attribute("style", &style).ok();
        self.el
            .set_attribute("data-rows", &self.count.get().to_string())
            .ok();
    }
}

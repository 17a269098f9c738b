// notice-fit.js — sizes each notice's type to fill its A4 sheet. board.css writes every type size of a
// notice as `calc(N pt * var(--fit, 1))`; this script finds, for each sheet, the largest --fit at which the
// notice still fits the printable area (186 × 273 mm portrait, 273 × 186 mm landscape) without anything
// wider than the sheet, between 1 (board.css's sizes, which NoticeSizeEstimate checks at build) and
// MAX_FIT. It measures the sheets in their print geometry (html.fit-measure switches the screen-only
// rules off), on load and again before printing, so Ctrl+P and `boardgen board --pdf` print the result.
// No dependencies, no network; without scripts the notices print at board.css's sizes.
(function () {
  'use strict';

  var MM = 96 / 25.4;
  var MAX_FIT = 2.4;
  var STEPS = 8;
  // A little room for rounding between the screen's layout and the printer's.
  var SLACK = 0.97;

  function fits(notice, height, width) {
    return notice.offsetHeight <= height && notice.scrollWidth <= Math.ceil(width) + 1;
  }

  function fitOne(notice) {
    var landscape = notice.classList.contains('landscape');
    var height = (landscape ? 186 : 273) * MM * SLACK;
    var width = notice.clientWidth;
    var low = 1, high = MAX_FIT;
    notice.style.setProperty('--fit', String(high));
    if (fits(notice, height, width)) return high;
    notice.style.setProperty('--fit', '1');
    // Side-by-side columns whose values cannot wrap (a phone number) may be too wide: one column then.
    if (notice.scrollWidth > Math.ceil(width) + 1) notice.classList.add('single-column');
    if (!fits(notice, height, width)) return 1;
    for (var i = 0; i < STEPS; i++) {
      var middle = (low + high) / 2;
      notice.style.setProperty('--fit', String(middle));
      if (fits(notice, height, width)) low = middle; else high = middle;
    }
    return low;
  }

  function fitAll() {
    var root = document.documentElement;
    var notices = document.querySelectorAll('.notice');
    if (!notices.length) return;
    // The version for the visually impaired restyles notices on screen: measure without it.
    var saved = root.getAttribute('class') || '';
    var lowVision = Array.prototype.filter.call(root.attributes, function (a) { return a.name.indexOf('data-lv-') === 0; })
      .map(function (a) { return [a.name, a.value]; });
    lowVision.forEach(function (a) { root.removeAttribute(a[0]); });
    root.classList.remove('lv-on');
    root.classList.add('fit-measure');
    Array.prototype.forEach.call(notices, function (notice) {
      var fit = fitOne(notice);
      notice.style.setProperty('--fit', fit.toFixed(3));
      notice.setAttribute('data-fit', fit.toFixed(3));
    });
    root.setAttribute('class', saved);
    lowVision.forEach(function (a) { root.setAttribute(a[0], a[1]); });
  }

  window.addEventListener('beforeprint', fitAll);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fitAll);
  else fitAll();
})();

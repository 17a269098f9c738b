// notice-fit.js — sizes each notice's type to fill its A4 sheet. board.css writes every type size of a
// notice as `max(FLOOR, calc(BASE * var(--fit)))`, and the key values (phones, e-mails, hours, rooms) also
// as at least var(--key-min). For each sheet this script finds the largest --fit between MIN_FIT and MAX_FIT
// at which the notice still fits the printable area (186 × 273 mm portrait, 273 × 186 mm landscape) with
// nothing wider than the sheet: first with the key values at KEY_PT or more, then, if they cannot be that
// large, without. The floors keep body text at 16 pt at any fit, so a smaller fit only shrinks headings.
// It measures the sheets in their print geometry (html.fit-measure switches the screen-only rules off), on
// load and again before printing, so Ctrl+P and `boardgen board --pdf` print the result. No dependencies, no
// network; without scripts the notices print at board.css's sizes (--fit 1).
(function () {
  'use strict';

  var MM = 96 / 25.4;
  var MIN_FIT = 0.6;
  var MAX_FIT = 2.1;
  var KEY_PT = '28pt';
  var STEPS = 9;
  // A little room for rounding between the screen's layout and the printer's.
  var SLACK = 0.97;
  var WIDTH_SPARE = 4;

  function fits(notice, height, width) {
    narrowWideValues(notice);
    return notice.offsetHeight <= height && notice.scrollWidth <= Math.ceil(width);
  }

  // A long unbreakable value (an e-mail address on its own line) must not stop the whole sheet from growing:
  // at a fit where it is wider than its line, that value alone gets smaller type, down to the 16 pt floor,
  // and below that it may wrap.
  function narrowWideValues(notice) {
    Array.prototype.forEach.call(notice.querySelectorAll('.channel-value'), function (value) {
      value.style.removeProperty('font-size');
      value.style.removeProperty('white-space');
      value.classList.remove('fit-wraps');
      if (value.scrollWidth <= value.clientWidth) return;
      var size = parseFloat(getComputedStyle(value).fontSize) * value.clientWidth / value.scrollWidth * 0.98;
      var floor = 16 * 96 / 72;
      value.style.fontSize = Math.max(size, floor) + 'px';
      if (size < floor) value.classList.add('fit-wraps');
    });
  }

  function setFit(notice, fit) { notice.style.setProperty('--fit', String(fit)); }

  // The largest fit in [MIN_FIT, MAX_FIT] at which the notice fits, or 0 when it does not fit even at MIN_FIT.
  function largestFit(notice, height, width) {
    setFit(notice, MAX_FIT);
    if (fits(notice, height, width)) return MAX_FIT;
    setFit(notice, MIN_FIT);
    if (!fits(notice, height, width)) return 0;
    var low = MIN_FIT, high = MAX_FIT;
    for (var i = 0; i < STEPS; i++) {
      var middle = (low + high) / 2;
      setFit(notice, middle);
      if (fits(notice, height, width)) low = middle; else high = middle;
    }
    return low;
  }

  // Tries the key values at KEY_PT, then without; with side-by-side columns and, where the notice has them,
  // in one column (values that cannot wrap, such as phone numbers, may be too wide side by side). Parts
  // marked .fit-optional (a generated worked example, also on the site) give way last. Returns the largest
  // fit, whether the key values kept KEY_PT, whether one column won and whether the optional parts went.
  function fitOne(notice) {
    var landscape = notice.classList.contains('landscape');
    var height = (landscape ? 186 : 273) * MM;
    // Measured a few pixels narrower than the sheet: print layout rounds a wide table a pixel or two wider
    // than the screen does, and anything wider than the sheet makes Chromium shrink the whole printout.
    notice.style.width = (notice.getBoundingClientRect().width - WIDTH_SPARE) + 'px';
    // With the rounding slack first; a notice that fits only without it still prints on one sheet.
    var result = fitWithin(notice, height * SLACK) || fitWithin(notice, height) || {
      fit: MIN_FIT, key: false, single: !!notice.querySelector('.channels, .tell-columns'),
      dropped: !!notice.querySelector('.fit-optional')
    };
    notice.style.removeProperty('width');
    return result;
  }

  function fitWithin(notice, height) {
    var width = notice.clientWidth;
    var layouts = notice.querySelector('.channels, .tell-columns') ? [false, true] : [false];
    var drops = notice.querySelector('.fit-optional') ? [false, true] : [false];
    var keys = [KEY_PT, '0pt'];
    for (var d = 0; d < drops.length; d++) {
      notice.classList.toggle('fit-dropped', drops[d]);
      for (var k = 0; k < keys.length; k++) {
        var best = null;
        notice.style.setProperty('--key-min', keys[k]);
        for (var l = 0; l < layouts.length; l++) {
          notice.classList.toggle('single-column', layouts[l]);
          var fit = largestFit(notice, height, width);
          if (fit > 0 && (!best || fit > best.fit)) {
            best = { fit: fit, key: keys[k] === KEY_PT, single: layouts[l], dropped: drops[d] };
          }
        }
        if (best) return best;
      }
    }
    // Too long for one sheet even at the floors: it prints at them over two sheets (BG501 says so at build).
    return null;
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
      var result = fitOne(notice);
      setFit(notice, result.fit.toFixed(3));
      notice.style.setProperty('--key-min', result.key ? KEY_PT : '0pt');
      notice.classList.toggle('single-column', result.single);
      notice.classList.toggle('fit-dropped', result.dropped);
      // The long values narrowed at the chosen fit (the search left them as its last probe had them).
      narrowWideValues(notice);
      notice.setAttribute('data-fit', result.fit.toFixed(3));
      notice.setAttribute('data-key-size', result.key ? KEY_PT : 'fit');
    });
    root.setAttribute('class', saved);
    lowVision.forEach(function (a) { root.setAttribute(a[0], a[1]); });
  }

  window.addEventListener('beforeprint', fitAll);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fitAll);
  else fitAll();
})();

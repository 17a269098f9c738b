// low-vision.js — the version for the visually impaired: text size, colours, spacing and images,
// remembered in localStorage and applied to <html> as data-lv-* attributes that low-vision.css reads.
// Loaded in <head> without defer, so the stored settings apply before the first paint; the controls
// (rendered hidden in the page, so they are in the page's language) are wired when the page is ready.
// No dependencies, no network. Without scripts, the switch's link opens #low-vision, and
// low-vision.css shows a large-type, high-contrast page for that target.
(function () {
  'use strict';

  var KEY = 'boardgen-low-vision';
  var STEPS = {
    size: ['100', '125', '150', '175', '200'],
    scheme: ['bw', 'wb', 'blue'],
    spacing: ['normal', 'wide'],
    images: ['on', 'off']
  };
  var DEFAULTS = { on: false, size: '150', scheme: 'bw', spacing: 'normal', images: 'on' };
  var root = document.documentElement;

  // The stored settings, each checked against its steps (a damaged entry falls back to the default).
  function read() {
    var stored = {};
    try { stored = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { stored = {}; }
    var state = { on: stored.on === true };
    Object.keys(STEPS).forEach(function (name) {
      var value = String(stored[name]);
      state[name] = STEPS[name].indexOf(value) >= 0 ? value : DEFAULTS[name];
    });
    return state;
  }

  function save(state) {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: this visit only */ }
  }

  function apply(state) {
    root.classList.toggle('lv-on', state.on);
    Object.keys(STEPS).forEach(function (name) {
      if (state.on) root.setAttribute('data-lv-' + name, state[name]);
      else root.removeAttribute('data-lv-' + name);
    });
  }

  var state = read();
  root.classList.add('lv-js');
  apply(state);

  function wire() {
    var toggle = document.querySelector('[data-lv-toggle]');
    var panel = document.getElementById('low-vision');
    if (!toggle || !panel) return;
    var controls = panel.querySelector('.lv-controls');
    if (controls) controls.hidden = false;
    var buttons = panel.querySelectorAll('button[data-lv]');
    toggle.setAttribute('role', 'button');
    toggle.setAttribute('aria-controls', 'low-vision');

    function refresh() {
      toggle.setAttribute('aria-pressed', String(state.on));
      panel.hidden = !state.on;
      Array.prototype.forEach.call(buttons, function (button) {
        var name = button.getAttribute('data-lv');
        if (name in STEPS) button.setAttribute('aria-pressed', String(state[name] === button.value));
      });
    }
    function change(update) {
      update();
      save(state);
      apply(state);
      refresh();
    }
    toggle.addEventListener('click', function (event) {
      event.preventDefault();
      change(function () { state.on = !state.on; });
    });
    toggle.addEventListener('keydown', function (event) {
      if (event.key === ' ') { event.preventDefault(); toggle.click(); }
    });
    panel.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('button[data-lv]') : null;
      if (!button) return;
      var name = button.getAttribute('data-lv');
      if (name === 'off') {
        change(function () { state.on = false; });
        toggle.focus();
      } else if (name in STEPS) {
        change(function () { state[name] = button.value; });
      }
    });
    refresh();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();

// next-session.js — fills each <output class="next" data-next-for="ID"> on the
// home page with that person's current or next consultation, read from the
// <script type="application/json" id="bg-schedule"> block the generator embeds.
// No dependencies, no network. If the data is missing, invalid or has no
// future session (site not rebuilt for months), outputs stay empty and the
// static weekly hours printed next to them remain the fallback.
(function () {
  'use strict';

  var TEXT = {
    ru: { now: 'сейчас идёт, до ', next: 'ближайшая: ', daySep: ', ' },
    en: { now: 'now, until ', next: 'next: ', daySep: ' ' }
  };

  // Parse the embedded schedule; return null instead of throwing.
  function readSchedule() {
    var node = document.getElementById('bg-schedule');
    if (!node) return null;
    try {
      var data = JSON.parse(node.textContent || '');
      return data && Array.isArray(data.sessions) ? data : null;
    } catch (e) {
      return null;
    }
  }

  // Build the formatters once; an unknown time zone or locale throws here.
  function makeFormat(data) {
    var lang = data.language === 'en' ? 'en' : 'ru';
    var locale = lang === 'en' ? 'en-GB' : 'ru'; // en-GB: "Thu 26 November"
    var zone = typeof data.timeZone === 'string' ? data.timeZone : undefined;
    var time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    var day = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'long' });
    var t = TEXT[lang];
    // "чт, 26 ноября" / "Thu 26 November": assembled from parts so that the
    // punctuation does not depend on the browser's locale data.
    function dayText(ms) {
      var p = {};
      day.formatToParts(ms).forEach(function (x) { p[x.type] = x.value; });
      return p.weekday + t.daySep + p.day + ' ' + p.month;
    }
    return function (s, now) {
      if (s.start <= now) return { state: 'now', text: t.now + time.format(s.end) };
      var text = t.next + dayText(s.start) + ', ' + time.format(s.start) + '–' + time.format(s.end);
      if (typeof s.room === 'string' && s.room) text += ', ' + s.room;
      return { state: 'next', text: text };
    };
  }

  function update() {
    var data = readSchedule();
    var outputs = document.querySelectorAll('output.next[data-next-for]');
    if (!data || !outputs.length) return false;
    var format;
    try { format = makeFormat(data); } catch (e) { return false; }
    var now = Date.now();
    Array.prototype.forEach.call(outputs, function (out) {
      var id = out.getAttribute('data-next-for');
      // Sessions are sorted by start: the first one still running or ahead wins.
      var s = data.sessions.find(function (x) {
        return x && x.person === id && Number.isFinite(x.start) && Number.isFinite(x.end) && x.end > now;
      });
      var r = null;
      try { r = s ? format(s, now) : null; } catch (e) { r = null; } // e.g. out-of-range date
      // A live region announces every write: touch it only when the text changes, so a page left
      // open does not repeat the same consultation every minute.
      var text = r ? r.text : '';
      if (out.textContent !== text) out.textContent = text;
      if (!r) out.removeAttribute('data-state');
      else if (out.getAttribute('data-state') !== r.state) out.setAttribute('data-state', r.state);
    });
    return true;
  }

  function start() {
    // Refresh every minute so a page left open does not go stale.
    if (update()) setInterval(update, 60 * 1000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

extension LiveAssets {
    /// The live script: listens to `/__boardgen/events`; reloads a stale page once the new build is
    /// in, restyles it when only stylesheets changed, and shows the build's diagnostics (and the
    /// check's findings, folded) over the last good page. The overlay lives in a shadow root so the
    /// site's styles do not reach it, and it is never printed. Text is set with textContent only.
    static let script = #"""
        (function () {
          "use strict";
          var me = document.currentScript;
          var generation = Number(me.dataset.generation);
          var dismissed = "";
          var host = document.createElement("boardgen-overlay");
          var root = host.attachShadow({ mode: "open" });
          var style = document.createElement("style");
          style.textContent = OVERLAY_CSS;
          root.appendChild(style);
          var box = document.createElement("div");
          root.appendChild(box);

          function el(tag, cls, text) {
            var node = document.createElement(tag);
            if (cls) node.className = cls;
            if (text !== undefined) node.textContent = text;
            return node;
          }
          function plural(n, one, few, many) {
            var t = n % 10, h = n % 100;
            if (t === 1 && h !== 11) return one;
            if (t >= 2 && t <= 4 && (h < 12 || h > 14)) return few;
            return many;
          }
          function list(lines) {
            var ul = el("ul", "lines");
            lines.forEach(function (line) {
              ul.appendChild(el("li", line.isError ? "error" : "warning", line.text));
            });
            return ul;
          }
          function restyle(to) {
            document.querySelectorAll('link[rel~="stylesheet"]').forEach(function (link) {
              var url = new URL(link.href, location.href);
              url.searchParams.set("boardgen", String(to));
              var fresh = link.cloneNode();
              fresh.href = url.href;
              fresh.onload = fresh.onerror = function () { link.remove(); };
              link.after(fresh);
            });
          }
          function render(s) {
            box.textContent = "";
            var key = JSON.stringify([s.diagnostics, s.findings, s.failed]);
            host.dataset.state = s.failed ? "failed" : (s.findings.length ? "findings" : "clean");
            if (!s.failed && !s.findings.length && !s.diagnostics.length) { host.remove(); return; }
            if (!host.isConnected) document.body.appendChild(host);
            if (!s.failed) {
              var count = s.findings.length + s.diagnostics.length;
              var details = el("details", "badge");
              details.appendChild(el("summary", "", "⚠ " + count + " " +
                plural(count, "замечание", "замечания", "замечаний") + " проверки"));
              if (s.diagnostics.length) details.appendChild(list(s.diagnostics));
              if (s.findings.length) details.appendChild(list(s.findings));
              box.appendChild(details);
              return;
            }
            if (dismissed === key) return;
            var errors = s.diagnostics.filter(function (line) { return line.isError; });
            var warnings = s.diagnostics.filter(function (line) { return !line.isError; });
            var panel = el("section", "panel");
            panel.setAttribute("role", "alert");
            var head = el("div", "head");
            head.appendChild(el("h2", "", s.folderProblem ? "Папка содержимого недоступна" : "Сборка не удалась: " +
              errors.length + " " + plural(errors.length, "ошибка", "ошибки", "ошибок")));
            var close = el("button", "close", "×");
            close.title = "Скрыть до следующего изменения";
            close.onclick = function () { dismissed = key; box.textContent = ""; };
            head.appendChild(close);
            panel.appendChild(head);
            panel.appendChild(el("p", "note", "Сборка в " + s.builtAt + ". " + (s.generation > 0
              ? "Показана последняя удачная версия сайта." : "Удачной сборки ещё не было.") +
              " Исправьте и сохраните файл — страница обновится сама."));
            panel.appendChild(list(errors));
            if (warnings.length) {
              var folded = el("details", "findings");
              folded.appendChild(el("summary", "", "Предупреждения сборки: " + warnings.length));
              folded.appendChild(list(warnings));
              panel.appendChild(folded);
            }
            if (s.findings.length) {
              var more = el("details", "findings");
              more.appendChild(el("summary", "", "Замечания проверки последней удачной версии: " + s.findings.length));
              more.appendChild(list(s.findings));
              panel.appendChild(more);
            }
            box.appendChild(panel);
          }
          var events = new EventSource("/__boardgen/events");
          events.addEventListener("state", function (message) {
            var s = JSON.parse(message.data);
            if (s.generation !== generation) {
              if (s.stylesOnly && s.previous === generation) {
                restyle(s.generation);
                generation = s.generation;
              } else {
                events.close();
                location.reload();
                return;
              }
            }
            render(s);
          });
          window.__boardgen = { get generation() { return generation; } };
          if (me.dataset.sheets) SHEETS();
        })();
        """#
        .replacingOccurrences(of: "OVERLAY_CSS", with: "\"" + overlayStyles + "\"")
        .replacingOccurrences(of: "SHEETS()", with: sheetScript)

    /// The overlay's styles (one line: they go into a JavaScript string).
    static let overlayStyles = [
        ":host{all:initial}",
        "@media print{:host{display:none!important}}",
        ".panel{position:fixed;z-index:2147483647;top:0;left:0;right:0;max-height:75vh;overflow:auto;",
        "background:#1e1e1e;color:#f3f3f3;font:14px/1.45 ui-monospace,'DejaVu Sans Mono',monospace;",
        "padding:12px 20px 16px;border-bottom:4px solid #e5484d;box-shadow:0 4px 16px rgba(0,0,0,.5)}",
        ".head{display:flex;justify-content:space-between;align-items:center}",
        "h2{font:bold 18px/1.3 system-ui,sans-serif;margin:0;color:#ff8a8a}",
        ".note{font:14px/1.4 system-ui,sans-serif;margin:6px 0 10px;color:#ddd}",
        ".close{font:24px/1 system-ui,sans-serif;background:none;border:0;color:#f3f3f3;cursor:pointer}",
        ".lines{list-style:none;margin:0;padding:0}",
        ".lines li{white-space:pre-wrap;word-break:break-word;padding:3px 0;border-top:1px solid #333}",
        ".error{color:#ffb4b4}.warning{color:#ffd27a}",
        ".findings summary,.badge summary{cursor:pointer;font:14px/1.4 system-ui,sans-serif;margin-top:8px}",
        ".badge{position:fixed;z-index:2147483647;right:12px;bottom:12px;max-width:min(90vw,900px);",
        "max-height:60vh;overflow:auto;background:#2b2410;color:#ffe7a8;padding:6px 12px;border-radius:6px;",
        "font:13px/1.45 ui-monospace,'DejaVu Sans Mono',monospace;box-shadow:0 2px 10px rgba(0,0,0,.4)}",
        ".badge summary{margin:0}",
    ].joined()
}

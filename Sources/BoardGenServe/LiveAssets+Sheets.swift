extension LiveAssets {
    /// The print preview on screen: each notice as the A4 sheet it prints on (12 mm margins, the
    /// board stylesheet's `@page`), on a grey desk. Print itself is unchanged (screen media only).
    static let sheetStyles = """
        @media screen {
          html { background: #5f6368; }
          body.board { background: #5f6368; margin: 0; padding: 0 0 16mm; }
          body.board .board-toolbar { background: #fff; margin-bottom: 12mm; }
          body.board .board-toolbar::after { content: " · Предпросмотр печати: каждое объявление — лист A4"; }
          body.board .notice { position: relative; box-sizing: content-box; width: 186mm; min-height: 273mm;
            padding: 12mm; margin: 0 auto 14mm; background: #fff; box-shadow: 0 2px 10px rgba(0,0,0,.55);
            break-after: auto; }
          body.board .notice.landscape { width: 273mm; min-height: 186mm; }
          .boardgen-sheet-label { position: absolute; left: 0; top: -7mm; color: #fff;
            font: 13px/1.2 system-ui, sans-serif; white-space: nowrap; }
          .boardgen-sheet-over { outline: 4px solid #e5484d; }
          .boardgen-sheet-over .boardgen-sheet-label { color: #ffd0d0; font-weight: bold; }
          .boardgen-sheet-break { position: absolute; left: 0; right: 0; height: 0;
            border-top: 3px dashed #e5484d; pointer-events: none; }
        }
        """

    /// Measures every notice against its sheet: a label above each ("Лист 3 из 7 · id"), and a red
    /// outline with the page breaks drawn where one would spill onto more sheets.
    static let sheetScript = #"""
        (function () {
          var mm = 96 / 25.4;
          var notices = document.querySelectorAll(".notice");
          notices.forEach(function (notice, index) {
            var landscape = notice.classList.contains("landscape");
            var page = (landscape ? 186 : 273) * mm;
            var padding = 12 * mm;
            var height = notice.getBoundingClientRect().height - 2 * padding;
            var sheets = Math.max(1, Math.ceil((height - 1) / page));
            var label = document.createElement("div");
            label.className = "boardgen-sheet-label";
            label.textContent = "Лист " + (index + 1) + " из " + notices.length + " · " +
              notice.id.replace(/^notice-/, "") +
              (landscape ? " · альбомный" : "") +
              (sheets > 1 ? " · не помещается на один лист: займёт " + sheets : "");
            notice.appendChild(label);
            if (sheets > 1) {
              notice.classList.add("boardgen-sheet-over");
              for (var i = 1; i < sheets; i++) {
                var line = document.createElement("div");
                line.className = "boardgen-sheet-break";
                line.style.top = (padding + i * page) + "px";
                notice.appendChild(line);
              }
            }
          });
        })();
        """#
}

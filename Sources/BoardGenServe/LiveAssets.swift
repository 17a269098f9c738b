import BoardGenSupport
import Foundation

/// What the server adds to the pages it serves, and only there (`boardgen build` never writes
/// any of it): the live script, the print preview's sheet styles and the server's own pages.
enum LiveAssets {
    /// The script tag added before `</body>`: the page's generation tells the script whether it is stale.
    static func scriptTag(generation: Int, sheets: Bool = false) -> String {
        "<script src=\"/\(PreviewRoute.prefix)live.js\" data-generation=\"\(generation)\""
            + (sheets ? " data-sheets=\"1\"" : "") + " defer></script>"
    }

    /// A page of the site with the live script added.
    static func inject(into page: Data, generation: Int) -> Data {
        insert(scriptTag(generation: generation), before: "</body>", in: page, orAppend: true)
    }

    /// The board's print page as A4 sheets: its links resolved from the board folder, the sheet
    /// styles after the site's own, and the live script that also measures each sheet.
    static func injectSheets(into page: Data, generation: Int) -> Data {
        var page = insert(
            "<base href=\"/\(PreviewRoute.printPage)\">", after: "<head>", in: page)
        page = insert(
            "<link rel=\"stylesheet\" href=\"/\(PreviewRoute.prefix)sheets.css\">", before: "</head>", in: page,
            orAppend: false)
        return insert(scriptTag(generation: generation, sheets: true), before: "</body>", in: page, orAppend: true)
    }

    /// A small page of the server's own (not found, not built yet) that still shows the overlay.
    static func page(title: String, text: String, generation: Int) -> Data {
        Data(
            """
            <!DOCTYPE html>
            <html lang="ru">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title.htmlEscaped) — boardgen serve</title>
            <style>body{font:18px/1.5 system-ui,sans-serif;max-width:40em;margin:0 auto;
            padding:calc(min(75vh,24em) + 1em) 1em 2em}</style>
            </head>
            <body><h1>\(title.htmlEscaped)</h1><p>\(text)</p>\(scriptTag(generation: generation))</body>
            </html>

            """.utf8)
    }

    static let notFoundText =
        "Такой страницы на сайте нет. <a href=\"/\">На главную</a> · "
        + "<a href=\"/\(PreviewRoute.prefix)print\">Предпросмотр печати стенда</a>"
    static let notBuiltText =
        "Сборка ещё не удалась ни разу: ошибки перечислены поверх этой страницы. "
        + "Исправьте файл и сохраните его — страница обновится сама."
}

private extension LiveAssets {
    static func insert(_ text: String, before marker: String, in page: Data, orAppend: Bool) -> Data {
        guard let found = lastIndex(of: Array(marker.utf8), in: page) else {
            return orAppend ? page + Data(text.utf8) : page
        }
        return page.prefix(found) + Data(text.utf8) + page.dropFirst(found)
    }

    static func insert(_ text: String, after marker: String, in page: Data) -> Data {
        let needle = Array(marker.utf8)
        let found = page.withUnsafeBytes { raw in ByteSearch.find(needle, in: raw.bindMemory(to: UInt8.self)) }
        guard let found else { return page }
        let end = found + needle.count
        return page.prefix(end) + Data(text.utf8) + page.dropFirst(end)
    }

    /// The offset of the last occurrence (memchr and memcmp over the page's bytes: a page is
    /// answered on every request, and a generic scan cost milliseconds per page).
    static func lastIndex(of needle: [UInt8], in page: Data) -> Int? {
        page.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var from = 0
            var last: Int?
            while let found = ByteSearch.find(needle, in: bytes, from: from) {
                last = found
                from = found + needle.count
            }
            return last
        }
    }
}

import BoardGenSupport
import CQRencode

/// The only file that talks to libqrencode: encodes text as a QR symbol and draws it as inline SVG.
/// No C pointer leaves this file.
enum QRCode {
    /// The modules of a symbol: `modules[y][x]` is true for a dark module.
    struct Matrix: Sendable, Equatable {
        var modules: [[Bool]]
        var size: Int { modules.count }
    }

    /// Encodes text (a URL) in 8-bit mode with medium error correction.
    static func encode(_ text: String) -> Matrix? {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        let modules = (0..<width).map { y in
            (0..<width).map { x in data[y * width + x] & 1 == 1 }
        }
        return Matrix(modules: modules)
    }

    /// An SVG drawing of the symbol with a 4-module quiet zone, black on white, one path.
    static func svg(for text: String, title: String) -> String? {
        guard let matrix = symbol(for: text) else { return nil }
        let border = 4
        let size = matrix.size + 2 * border
        var path = ""
        for (y, row) in matrix.modules.enumerated() {
            var x = 0
            while x < row.count {
                guard row[x] else { x += 1; continue }
                let start = x
                while x < row.count && row[x] { x += 1 }
                path += "M\(start + border) \(y + border)h\(x - start)v1h-\(x - start)z"
            }
        }
        return """
            <svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(size) \(size)" role="img" aria-label="\(title.htmlEscaped)" shape-rendering="crispEdges">\
            <rect width="\(size)" height="\(size)" fill="#fff"/><path d="\(path)" fill="#000"/></svg>
            """
    }

    /// The symbols encoded so far, by text: a board encodes the same few addresses on every build
    /// (`serve` rebuilds after each edit), and the encoding is the same each time.
    private static let symbols = BoundedMemo<String, Matrix>(limit: 4096)

    /// `encode(text)`, once per text in the process.
    static func symbol(for text: String) -> Matrix? {
        symbols.value(for: text, make: encode)
    }
}

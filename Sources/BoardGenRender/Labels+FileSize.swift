import BoardGenModel

extension Labels {
    /// A file's size as a file manager shows it, in binary units: "512 Б", "240 КБ", "1,2 МБ"
    /// ("240 KB", "1.2 MB" in English). Kilobytes are whole; megabytes have one decimal below 10.
    package func fileSize(_ bytes: Int) -> String {
        let (byte, kilo, mega, separator) = sizeUnits
        guard bytes >= 1024 else { return "\(bytes) \(byte)" }
        let kilobytes = (bytes + 512) / 1024
        guard kilobytes >= 1024 else { return "\(kilobytes) \(kilo)" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        guard tenths < 100 else { return "\((tenths + 5) / 10) \(mega)" }
        return "\(tenths / 10)\(separator)\(tenths % 10) \(mega)"
    }

    /// The units of a byte, a kilobyte and a megabyte, and the decimal separator.
    private var sizeUnits: (String, String, String, String) {
        switch language {
        case .ru: ("Б", "КБ", "МБ", ",")
        case .en: ("B", "KB", "MB", ".")
        }
    }
}

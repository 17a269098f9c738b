import BoardGenDiagnostics
import BoardGenKit
import Foundation

/// What identifies this boardgen build for `check --cache`: a fingerprint of the running
/// executable, so that any rebuild (new templates, new rules) invalidates cached results.
enum ToolIdentity {
    static var current: String {
        let path =
            FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? "/proc/self/exe" : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        guard let data = FileManager.default.contents(atPath: path) else {
            // Unknown build: a value that never matches, so nothing cached is trusted.
            return "unknown-\(UUID().uuidString)"
        }
        var fingerprint = Fingerprint()
        data.withUnsafeBytes { fingerprint.add($0) }
        return fingerprint.hex
    }

    /// A cheaper identity for the build cache, which runs on every rebuild: the executable's real
    /// path, size, inode and modification time (reading a 60 MB release binary took a third of a
    /// 50-page rebuild). Building or installing boardgen writes a new file, so it changes this too;
    /// and the cache checks every file it reuses, so a stale identity could only keep pages that a
    /// new boardgen renders differently, which a new file rules out.
    static var quick: String {
        let path =
            FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? "/proc/self/exe" : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: real),
            let size = attributes[.size] as? NSNumber, let inode = attributes[.systemFileNumber] as? NSNumber,
            let modified = attributes[.modificationDate] as? Date
        else { return "unknown-\(UUID().uuidString)" }
        return "\(real) \(size) \(inode) \(modified.timeIntervalSince1970)"
    }
}

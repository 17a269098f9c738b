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
}

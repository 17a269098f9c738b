/// A shared collector that loaders report into while they walk a file.
final class DiagnosticSink {
    private(set) var bag = DiagnosticBag()

    func error(_ code: String, _ message: String, at location: SourceLocation) {
        bag.error(code, message, at: location)
    }

    func warning(_ code: String, _ message: String, at location: SourceLocation) {
        bag.warning(code, message, at: location)
    }

    func report(_ diagnostic: Diagnostic) {
        bag.report(diagnostic)
    }

    func report(_ diagnostics: [Diagnostic]) {
        bag.append(contentsOf: diagnostics)
    }
}

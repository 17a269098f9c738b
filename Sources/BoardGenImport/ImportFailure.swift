import BoardGenDiagnostics

/// Why a document cannot be imported at all: one diagnostic that says what to do instead.
package struct ImportFailure: Error, Sendable {
    /// The diagnostic to print.
    package var diagnostic: Diagnostic

    /// Makes a failure with a registered import code, pointing at the document.
    package init(_ code: DiagnosticCode, _ message: String, path: String) {
        diagnostic = Diagnostic(code, message, at: SourceLocation(file: path))
    }
}
